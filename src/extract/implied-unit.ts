import type { CompiledRules } from '../rules/compile.js';
import type { UnitRule } from '../rules/types.js';
import { toNumber } from '../numbers/decimal.js';
import { isHan } from '../text/chars.js';
import type { Layout } from '../text/layout.js';
import { cleanSegment } from './indicator.js';
import { findMeasure } from './measure.js';
import { patternFor, type Quantity } from './scan.js';

/** The words of a figure's clause before it, without the ones no noun is (全县, 达到): where a noun naming its unit stands. */
function wordsBefore(q: Quantity, layout: Layout, rules: CompiledRules): string {
  return cleanSegment(layout.text.slice(layout.clauseStart(q.start), q.start), rules);
}

/** The words before a level a change led to (延长至, 缩小到) without that change: where the noun stands. */
function withoutChangeTo(before: string, reachedBy: RegExp, rules: CompiledRules): string {
  const reached = reachedBy.test(before) ? rules.changeVerbs.matchEnd(before, before.length - 1) : undefined;
  return reached ? before.slice(0, before.length - 1 - reached.word.length) : before;
}
const REACHED_YEARS = /[至到]$/;
const REACHED_RATIO = /[至到为]$/;

/**
 * 常住人口达到1200万, 接待游客4600万: reports leave out the unit when the noun before the number says
 * what is counted. A number with a scale word, followed by no word of its own, takes the unit of such a
 * noun (rules: quantity/implied-unit). Anything else without a unit stays a bare number, no record.
 */
export function implyUnit(q: Quantity, layout: Layout, rules: CompiledRules, previous?: Quantity): void {
  if (q.unit !== null || !q.hasScale || !rules.impliedUnits) return;
  const t = layout.text;
  // 常住人口52.3万，比上年减少0.6万: a change right after a figure whose unit was implied is in that unit.
  if (previous?.pattern === 'quantity/implied-unit' && previous.unitRule && !isHan(t[q.end]) && layout.sentence(previous.start).start === layout.sentence(q.start).start) {
    const clause = layout.text.slice(Math.max(previous.end, layout.clauseStart(q.start)), q.start);
    if (findMeasure(clause, rules).measure === 'change') {
      q.unit = previous.unitRule.unit;
      q.unitRule = previous.unitRule;
      q.pattern = 'quantity/implied-unit';
      return;
    }
  }
  // 1200万元 would have been read with its unit; 1200万辆次 or 1200万千 is a unit we do not know; but
  // 32.6万农村贫困人口 counts the people the noun after it names.
  if (isHan(t[q.end]) && !rules.comparatorAfter.matchAt(t, q.end) && !'、和及与或至到'.includes(t[q.end]!)) {
    const counted = unitNamedAfter(t, q.end, rules);
    if (!counted) return;
    q.unit = counted.unit;
    q.unitRule = counted;
    q.pattern = 'quantity/implied-unit';
    q.namedAfter = true;
    return;
  }
  const noun = rules.impliedUnits.matchEnd(wordsBefore(q, layout, rules));
  if (!noun) return;
  q.unit = noun.value.unit;
  q.unitRule = noun.value;
  q.pattern = 'quantity/implied-unit';
}

/** How far after a number the noun naming what it counts may end (农村贫困人口, 建档立卡贫困群众). */
const COUNTED_NOUN_REACH = 8;
/** What may follow such a noun where it ends: a predicate (全部脱贫, 受益, 已实现) or punctuation. */
const AFTER_COUNTED_NOUN = new Set([...'全都均已实得脱参享受被获在从的，,。；;、）)']);

/** 32.6万农村贫困人口, 5万群众受益: the unit a noun right after a number implies, when one ends a word there. */
function unitNamedAfter(t: string, end: number, rules: CompiledRules): UnitRule | undefined {
  const nouns = rules.impliedUnitsAfter;
  if (!nouns) return undefined;
  for (let k = end + 2; k <= end + COUNTED_NOUN_REACH && isHan(t[k - 1]); k++) {
    const noun = nouns.matchEnd(t, k);
    if (noun && (k >= t.length || AFTER_COUNTED_NOUN.has(t[k]!))) return noun.value;
  }
  return undefined;
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

/** 年 opening one of these words after a number is no unit: 2年内, 3年来, 5年间 are spans of a plan or review. */
const YEAR_WORD = /^年(?:度|底|末|初|内|来|间|前|后|以来|期间|中)/;
const FROM_YEARS_AT_END = /(?:由|从)[0-9]{1,3}(?:\.[0-9]+)?年$/;
/** The most years a length of time in a report runs to: a larger number before 年 is a year. */
const MAX_YEARS = 200;

/**
 * 平均受教育年限达到10.8年, 建设周期为2年: a number of years after a noun naming a length of time is a
 * figure (quantity/duration-years); after any other word a number before 年 stays a year or a span.
 */
export function readYears(q: Quantity, layout: Layout, rules: CompiledRules): void {
  if (q.unit !== null || q.hasScale || !rules.durationNouns) return;
  const t = layout.text;
  if (t[q.end] !== '年' || YEAR_WORD.test(t.slice(q.end, q.end + 4)) || Math.abs(toNumber(q.value)) > MAX_YEARS) return;
  // 贷款期限延长至5年: the level a length was changed to.
  let before = withoutChangeTo(wordsBefore(q, layout, rules), REACHED_YEARS, rules);
  // 年限由8.96年提高至9.85年: the length it rose from stands between the noun and the level reached.
  before = before.replace(FROM_YEARS_AT_END, '');
  const noun = rules.durationNouns.matchEnd(before);
  if (!noun) return;
  q.end += 1;
  q.unit = noun.value.unit;
  q.unitRule = noun.value;
  q.pattern = 'quantity/duration-years';
}

const RATIO_FROM_AT_END = /(?:由|从)(?:[0-9]+(?:\.[0-9]+)?(?:[:：∶]1)?)?$/;
/** The largest first term of a ratio to one that a report gives alone (城乡居民收入比 runs from 1 to about 4). */
const MAX_RATIO_TERM = 10;

/**
 * 城乡居民收入比缩小至1.98: a ratio to one written as its first term alone, after a noun naming such a
 * ratio (quantity/ratio-to-one), is that ratio; a bare number after any other word stays no record.
 */
export function readRatioToOne(q: Quantity, layout: Layout, rules: CompiledRules): void {
  if (q.unit !== null || q.hasScale || !rules.ratioNouns) return;
  const v = toNumber(q.value);
  if (v < 1 || v > MAX_RATIO_TERM) return;
  // 缩小至1.98: the level the ratio was brought to.
  let before = withoutChangeTo(wordsBefore(q, layout, rules), REACHED_RATIO, rules);
  // 由2.35缩小到2.18: the ratio it fell from stands between the noun and the ratio reached, or ends it.
  before = before.replace(RATIO_FROM_AT_END, '');
  const noun = rules.ratioNouns.matchEnd(before);
  if (!noun) return;
  q.unit = noun.value.unit;
  q.unitRule = noun.value;
  q.pattern = 'quantity/ratio-to-one';
}

/** 由23.5%降至: from a level (由/从 and the figure), a change word, then 至/到/为 reaching the next level. */
const FROM_BEFORE = /(?:由|从)\s*$/;
const REACHED_AFTER_FROM = /^[\u4e00-\u9fff]{0,4}?[至到为]\s*$/;

/**
 * 贫困发生率由23.5%降至0, 由2860元增加到1.1万: a level reached right after the level it came from, written
 * without a unit, is in that level's unit (quantity of the figure before).
 */
export function readReachedFromUnit(q: Quantity, from: Quantity | undefined, layout: Layout, rules: CompiledRules): void {
  if (q.unit !== null || !from || from.unit === null || from.end > q.start) return;
  const t = layout.text;
  if (isHan(t[q.end]) && !rules.comparatorAfter.matchAt(t, q.end)) return;
  if (!REACHED_AFTER_FROM.test(t.slice(from.end, q.start)) || !FROM_BEFORE.test(t.slice(Math.max(0, from.start - 4), from.start))) return;
  q.unit = from.unit;
  q.unitRule = from.unitRule;
  q.pattern = from.pattern;
}

/**
 * What a figure is per, written before the number: 每平方公里312人, 每百平方公里118公里, 每公斤14.6元,
 * 每平方米8650元. Not 每月 or 每年: a time is no base of a unit here.
 */
const BASE_BEFORE = /每([百千万]?)(平方公里|平方千米|平方米|公顷|亩|公斤|千克|斤|吨|立方米|千瓦时|户|人)$/;
const BASE_REACH = 8;
/** The last characters of those bases, to skip the pattern before most numbers. */
const BASE_ENDS = new Set([...'里米顷亩斤克吨时户人']);
/** Bases written otherwise than as their canonical unit. */
const BASE_CANONICAL: Readonly<Record<string, string>> = { 平方千米: '平方公里', 千克: '公斤' };

/**
 * 人口密度为每平方公里312人, 生猪出栏均价每公斤14.6元: a figure per something written before the number
 * has that base in its unit (人/平方公里, 元/公斤), as 部/百人 written after the number does.
 */
export function readBaseBefore(q: Quantity, layout: Layout): void {
  if (q.unit === null || q.unit.includes('/') || q.unit === '%') return;
  const t = layout.text;
  if (!BASE_ENDS.has(t[q.start - 1] ?? '')) return;
  const base = BASE_BEFORE.exec(t.slice(Math.max(0, q.start - BASE_REACH), q.start));
  if (!base) return;
  const per = BASE_CANONICAL[base[2]!] ?? base[2]!;
  if (per !== q.unit) q.unit = `${q.unit}/${base[1]}${per}`;
}
