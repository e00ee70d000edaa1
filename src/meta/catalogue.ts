import type { CompiledRules } from '../rules/compile.js';
import type { CatalogueEntry } from '../rules/types.js';

/** Dimensions a change may have whatever the indicator measures: growth rates and points. */
const CHANGE_DIMENSIONS = new Set(['ratio', 'points', 'multiple']);
/** Words a report puts before an indicator's name without changing what it measures. */
const QUALIFIERS = /^(?:全市|全县|全省|全区|全州|全国|全社会|全年|全部|实现|完成|累计|新增|年末|年底|当年|其中|共|总|本地|地方|全口径)+/;

/** How many last characters index the aliases for completeHead: every head it completes has two. */
const ENDING = 2;

export interface CatalogueMatch {
  entry: CatalogueEntry;
  /** The unit's dimension contradicts what the catalogue expects of this indicator. */
  dimensionMismatch: boolean;
}

/**
 * Canonical indicators: an indicator matches the catalogue name it equals or ends with, the longest
 * first, when what stands before that name is no more than a short qualifier (全县, 新增, 城镇 …).
 */
export class Catalogue {
  private readonly byAlias = new Map<string, CatalogueEntry>();
  private readonly unitDimension = new Map<string, string>();

  /** Aliases by their last characters, for completeHead. */
  private readonly byEnding = new Map<string, string[]>();

  constructor(rules: CompiledRules) {
    for (const entry of rules.files.indicators.indicators) for (const alias of entry.aliases) if (!this.byAlias.has(alias)) this.byAlias.set(alias, entry);
    for (const alias of this.byAlias.keys()) {
      const key = alias.slice(-ENDING);
      (this.byEnding.get(key) ?? this.byEnding.set(key, []).get(key)!).push(alias);
    }
    for (const u of rules.files.units.units) if (!this.unitDimension.has(u.unit)) this.unitDimension.set(u.unit, u.dimension);
  }

  /** The longest alias the indicator equals or ends with, after at most four qualifying characters. */
  find(indicator: string): CatalogueEntry | undefined {
    const exact = this.byAlias.get(indicator);
    if (exact) return exact;
    const name = indicator.replace(QUALIFIERS, '');
    for (let k = 0; k <= 4 && name.length - k >= 3; k++) {
      const entry = this.byAlias.get(name.slice(k));
      if (entry) return entry;
    }
    return undefined;
  }

  /**
   * 粮食播种面积稳定在86.2万亩，总产量达到36.8万吨: a bare head (总产量) after a figure whose indicator opens
   * with a subject of two or more characters (粮食…) is the catalogue name joining them (粮食总产量), if one
   * does; the longest subject wins.
   */
  completeHead(head: string, previous: string): string | undefined {
    const ending = this.byEnding.get(head.slice(-ENDING));
    if (!ending) return undefined;
    const subject = previous.replace(QUALIFIERS, '');
    let best: string | undefined;
    for (const alias of ending) {
      if (alias.length - head.length < 2 || !alias.endsWith(head)) continue;
      if (subject.startsWith(alias.slice(0, alias.length - head.length)) && (!best || alias.length > best.length)) best = alias;
    }
    return best;
  }

  dimensionOf(unit: string): string | undefined {
    return this.unitDimension.get(unit) ?? this.unitDimension.get(unit.split('/')[0] ?? '');
  }

  match(indicator: string, unit: string, measure: 'level' | 'change'): CatalogueMatch | undefined {
    const entry = this.find(indicator);
    if (!entry) return undefined;
    const dimension = this.dimensionOf(unit);
    const allowed = dimension === undefined || entry.dimensions.includes(dimension) || (measure === 'change' && CHANGE_DIMENSIONS.has(dimension));
    return { entry, dimensionMismatch: !allowed };
  }
}
