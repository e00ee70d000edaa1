import { CharSet } from '../text/chars.js';
import { unwrapLines } from '../text/layout.js';
import type { CompiledRules } from '../rules/compile.js';

export interface MeasureResult {
  measure: 'level' | 'change';
  /** -1 when a decrease verb makes the change negative. */
  sign: 1 | -1;
}

const LEVEL: MeasureResult = { measure: 'level', sign: 1 };
/** Arrows that infographics and summaries set before a change, with its sign (not ▲, a bullet as often). */
const ARROWS: ReadonlyMap<string, 1 | -1> = new Map([['↑', 1], ['⬆', 1], ['↓', -1], ['⬇', -1]]);
/** A gap to the same measure at an earlier time: 比去年(预算)高, 较上年末低, 比2020年快. */
const GAP_OVER_TIME = /(?:比|较)(?:上年|去年|上一年|年初|上年末|去年末|上年同期|去年同期|(?:19|20)\d\d\s*年(?:末|底|同期)?)(?:预算|计划)?(?:的)?(?:水平)?(高出|高|低|快|慢|多|少)了?$/;
const LOWER_GAPS = new Set(['低', '慢', '少']);
/** The last characters of such a gap's word (高出 ends in 出). */
const GAP_ENDS = new Set([...'出高低快慢多少']);
/** 新增, 净增, 倍增, 起降: a single-character verb inside such a word reports a count, not a change. */
const NOT_CHANGE_BEFORE = new CharSet(['新', '净', '倍', '激', '递', '猛', '骤', '突', '剧', '陡', '起']);

/**
 * Level or change, from the words between the clause start and the number.
 * 增长15.5% is a change; 提高到58.5% reaches a level; 增速达8% is a rate that is itself the indicator;
 * 降低利息负担1.2万亿元 is a decrease whose object stands between verb and number.
 */
export function findMeasure(pre: string, rules: CompiledRules): MeasureResult {
  let s = unwrapLines(pre).replace(/[\s]+$/, '');
  // 同比+8.5%, 按年-3.2%: a comparison right before the figure says it is a change, its sign written in it.
  if (rules.comparedAdverbs.matchEnd(s)) return { measure: 'change', sign: 1 };
  // 128.6亿元 ↑6.2%, ↓3.1%: an arrow before the figure is a rise or a fall.
  const arrow = ARROWS.get(s[s.length - 1] ?? '');
  if (arrow !== undefined) return { measure: 'change', sign: arrow };
  for (let guard = 0; guard < 6; guard++) {
    const adv = rules.measureAdverbs.matchEnd(s);
    if (!adv) break;
    s = s.slice(0, s.length - adv.word.length);
  }
  if (/[到至为]$/.test(s)) return LEVEL;
  // 赤字率…比去年预算高0.2个百分点: a gap to the same measure a year before is its change; a gap to
  // another place (比全省高) stays a level.
  const gap = GAP_ENDS.has(s[s.length - 1] === '了' ? s[s.length - 2]! : s[s.length - 1]!) ? GAP_OVER_TIME.exec(s) : null;
  if (gap) return { measure: 'change', sign: LOWER_GAPS.has(gap[1]!) ? -1 : 1 };
  if (rules.levelContext(pre)) return LEVEL;
  if (rules.rateNouns.matchEnd(s)) return LEVEL;
  const hit = rules.changeVerbs.matchEnd(s);
  if (hit) {
    const before = s[s.length - hit.word.length - 1];
    if (hit.word.length === 1 && before !== undefined && NOT_CHANGE_BEFORE.has(before)) return LEVEL;
    // 改造提升3.2万亩, 建设提升: after a verb of building the change verb only joins it, a count of work done.
    if (rules.objectVerbEnd.matchEnd(s.slice(0, s.length - hit.word.length))) return LEVEL;
    return { measure: 'change', sign: hit.value };
  }
  // 降低利息负担 / 减轻市场主体负担: verb, then its object, then the amount.
  const segStart = Math.max(s.lastIndexOf('、'), s.lastIndexOf('和')) + 1;
  const seg = s.slice(segStart).replace(/^(共|累计|合计|总计|全年|同时|并|已|进一步)+/, '');
  const verb = rules.decreaseWithObject.matchAt(seg, 0);
  if (verb && seg.length - verb.word.length <= 12 && !/[到至为]/.test(seg.slice(verb.word.length))) return { measure: 'change', sign: -1 };
  return LEVEL;
}
