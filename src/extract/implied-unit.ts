import type { CompiledRules } from '../rules/compile.js';
import { isHan } from '../text/chars.js';
import type { Layout } from '../text/layout.js';
import { cleanSegment } from './indicator.js';
import { patternFor, type Quantity } from './scan.js';

/**
 * 常住人口达到1200万, 接待游客4600万: reports leave out the unit when the noun before the number says
 * what is counted. A number with a scale word, followed by no word of its own, takes the unit of such a
 * noun (rules: quantity/implied-unit). Anything else without a unit stays a bare number, no record.
 */
export function implyUnit(q: Quantity, layout: Layout, rules: CompiledRules): void {
  if (q.unit !== null || !q.hasScale || !rules.impliedUnits) return;
  const t = layout.text;
  // 1200万元 would have been read with its unit; 1200万辆次 or 1200万千 is a unit we do not know.
  if (isHan(t[q.end]) && !rules.comparatorAfter.matchAt(t, q.end) && !'、和及与或至到'.includes(t[q.end]!)) return;
  const before = cleanSegment(t.slice(layout.clauseStart(q.start), q.start), rules);
  const noun = rules.impliedUnits.matchEnd(before);
  if (!noun) return;
  q.unit = noun.value.unit;
  q.unitRule = noun.value;
  q.pattern = 'quantity/implied-unit';
}

/**
 * 发电量12.6亿度: 度 is a degree, but after words of electricity it counts kilowatt-hours. A unit read from
 * an alias that another unit claims in its domain (units.json contextAliases) becomes that unit.
 */
export function readUnitInContext(q: Quantity, layout: Layout, rules: CompiledRules): void {
  if (!q.unitRule || rules.contextUnits.length === 0) return;
  const t = layout.text;
  for (const c of rules.contextUnits) {
    if (q.unitRule === c.rule || !t.startsWith(c.alias, q.end - c.alias.length)) continue;
    const clause = t.slice(layout.clauseStart(q.start), q.start);
    if (!c.words.some((w) => clause.includes(w))) continue;
    q.unit = c.rule.unit;
    q.unitRule = c.rule;
    q.pattern = patternFor(c.rule);
    return;
  }
}
