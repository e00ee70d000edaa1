import type { CompiledRules } from '../rules/compile.js';
import type { Tagger } from '../text/segment.js';

/** What the indicator finder needs to know about one quantity and its clause. */
export interface IndicatorContext {
  text: string;
  clauseStart: number;
  clauseEnd: number;
  /** Where the quantity's own words begin (before a comparator such as 超过). */
  cueStart: number;
  /** End of the quantity and any comparator after it (以上, 左右). */
  after: number;
  /** End of the nearest earlier quantity in the same clause, or -1. */
  previousEnd: number;
  /** Indicator of the nearest earlier record in the same sentence. */
  previousIndicator: string | undefined;
  /** The quantity is a change, so a leading decrease verb (降低, 减轻) is already in its sign. */
  isChange: boolean;
}

const LIST_BREAK = '、';
const NOUN_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'vn', 'an', 'ng', 'j', 'l', 'i']);

function stripLeading(s: string, rules: CompiledRules): string {
  for (let guard = 0; guard < 12 && s.length > 0; guard++) {
    const before = s;
    s = s.replace(/^[\s、，,：:“”"（）()·…—-]+/, '');
    const time = rules.timeAtStart.exec(s);
    if (time && time[0].length > 0) s = s.slice(time[0].length);
    const region = rules.regionWords.matchAt(s, 0);
    if (region) s = s.slice(region.word.length);
    const drop = rules.dropLeading.matchAt(s, 0);
    if (drop) s = s.slice(drop.word.length);
    if (s === before) break;
  }
  return s;
}

function stripTrailing(s: string, rules: CompiledRules): string {
  for (let guard = 0; guard < 12 && s.length > 0; guard++) {
    const before = s;
    s = s.replace(/[\s、，,：:“"（(·…—-]+$/, '');
    const drop = rules.dropTrailing.matchEnd(s);
    if (drop) s = s.slice(0, s.length - drop.word.length);
    const inc = rules.increase.matchEnd(s) ?? rules.decrease.matchEnd(s);
    if (inc && inc.word.length > 1) s = s.slice(0, s.length - inc.word.length);
    const adv = rules.measureAdverbs.matchEnd(s);
    if (adv) s = s.slice(0, s.length - adv.word.length);
    if (s === before) break;
  }
  return s;
}

/** 具有…的企业 -> 企业: the head after the last 的, with the clause's leading verb kept (引进…的企业 -> 引进企业). */
function headAfterDe(s: string, rules: CompiledRules): string {
  const de = s.lastIndexOf('的');
  if (de < 0) return s;
  const head = s.slice(de + 1);
  if (head.length === 0) return s;
  const verb = rules.objectVerbIndex.matchAt(s, 0);
  return verb && verb.word.length <= de ? verb.word + head : head;
}

function cleanSegment(seg: string, rules: CompiledRules): string {
  let s = stripLeading(seg, rules);
  s = stripTrailing(s, rules);
  return stripLeading(s, rules);
}

/** The thing counted after the number: 建成16座农村生活垃圾中转站 -> 农村生活垃圾中转站. */
function nounAfter(ctx: IndicatorContext, rules: CompiledRules): string {
  const { text, after, clauseEnd } = ctx;
  let end = clauseEnd;
  // Stop before a list item that holds another figure (直飞21个城市、通达134个城市).
  for (let i = after; i < clauseEnd; i++) {
    if (text[i] === LIST_BREAK && /[0-9一二三四五六七八九十两]/.test(text.slice(i + 1, Math.min(clauseEnd, i + 12)))) {
      end = i;
      break;
    }
  }
  let s = text.slice(after, end);
  // Skip further figures glued on (1000户4200人脱贫 -> 脱贫).
  s = s.replace(/^[0-9.,万亿千百十多余]*[个户人家名套座项亩元]*/, '');
  s = s.replace(/^(的|等|左右|以上|以内|以下|多|余)+/, '');
  s = headAfterDe(s, rules);
  s = s.replace(/^(全省|全市|全县|全国|全区)/, '');
  return stripTrailing(s, rules);
}

function endsWithVerb(s: string, rules: CompiledRules, tagger: Tagger | undefined): boolean {
  if (rules.indicatorSuffixes.matchEnd(s)) return false;
  if (rules.objectVerbEnd.matchEnd(s)) return true;
  if (!tagger) return false;
  const tags = tagger.tag(s);
  const last = tags[tags.length - 1];
  return last !== undefined && last.tag === 'v' && !NOUN_TAGS.has(last.tag);
}

function stripLeadingDecrease(s: string, rules: CompiledRules): string {
  const verb = rules.decreaseWithObject.matchAt(s, 0);
  return verb && verb.word.length < s.length ? s.slice(verb.word.length) : s;
}

export function findIndicator(ctx: IndicatorContext, rules: CompiledRules, tagger?: Tagger): string {
  const { text, clauseStart, cueStart, previousEnd } = ctx;
  const segStart = previousEnd >= clauseStart ? previousEnd : clauseStart;
  let raw = text.slice(segStart, cueStart);
  let seg = raw.includes('的') ? headAfterDe(raw, rules) : raw;
  if (seg.includes(LIST_BREAK)) {
    const parts = seg.split(LIST_BREAK);
    const last = parts[parts.length - 1]!;
    if (cleanSegment(last, rules).length > 0) seg = last;
  }
  seg = cleanSegment(seg, rules);
  if (ctx.isChange) seg = stripLeadingDecrease(seg, rules);

  if (seg.length === 0 || rules.objectVerbs.has(seg)) {
    const noun = nounAfter(ctx, rules);
    if (noun.length > 0) return seg + noun;
    if (seg.length > 0) return seg;
    if (ctx.previousIndicator) return ctx.previousIndicator;
    raw = cleanSegment(text.slice(clauseStart, cueStart).replace(/[0-9.,%万亿千百多余]+[^\s，。；、]?/g, ''), rules);
    return raw;
  }
  if (endsWithVerb(seg, rules, tagger)) {
    const noun = nounAfter(ctx, rules);
    if (noun.length > 0) return seg + noun;
  }
  return seg;
}
