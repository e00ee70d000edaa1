import type { CompiledRules } from '../rules/compile.js';
import type { Comparator } from '../rules/types.js';
import { NO_SOFT_BREAKS } from '../text/layout.js';
import { bareScaleAt, type Quantity } from './scan.js';

/**
 * A character before a bare scale word that bounds it (上千户: a thousand or more; 过万人: past ten thousand),
 * unless the character before it makes a word of it: a verb of climbing (跃上千亿元台阶 is the level
 * reached) or of passing through (通过, 经过, 度过).
 */
const SCALE_BOUNDS: Readonly<Record<string, { comparator: Comparator; notAfter: ReadonlySet<string> }>> = {
  上: { comparator: '>=', notAfter: new Set(['跃', '迈', '登', '跨', '站', '攀', '冲', '踏', '走', '赶']) },
  过: { comparator: '>', notAfter: new Set(['通', '经', '不', '度', '越', '跨', '穿', '走', '错', '渡', '闯', '超']) },
};

export interface ComparatorResult {
  comparator: Comparator;
  /** Where the 'before' cue starts, so the indicator can stop there. */
  cueStart: number;
}

const SKIP_AFTER = new Set([' ', '\u00a0']);
/** A unit's alternative in brackets after it: 头（只）, 人（次）. */
const UNIT_NOTE = /^[（(][\u4e00-\u9fff]{1,2}[）)]/;
/** Words that may stand between a before-cue and the number: 超过了, 控制在, 约为, 约有, 至少保持在. */
const BRIDGES = ['了', '达', '为', '在', '到', '有', '保持', '稳定', '维持'];

/** How far a cue word and its bridge reach from the number, for reading them across a soft wrap. */
const CUE_REACH = 8;

/** The text from `from` to `to` without its soft line breaks, with each character's position in `text`. */
function withoutSoftBreaks(text: string, from: number, to: number, soft: ReadonlySet<number>): { joined: string; at: number[] } {
  let joined = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    if (soft.has(i)) continue;
    joined += text[i]!;
    at.push(i);
  }
  return { joined, at };
}

function hasSoftBreak(from: number, to: number, soft: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (soft.has(i)) return true;
  return false;
}

/** `soft`: the text's soft line breaks (Layout.softBreaks); a cue cut by a wrap (以\n上, 控制\n在) is read whole. */
export function findComparator(q: Quantity, text: string, rules: CompiledRules, soft: ReadonlySet<number> = NO_SOFT_BREAKS): ComparatorResult {
  if (soft.size > 0) {
    const from = Math.max(0, q.start - CUE_REACH);
    const to = Math.min(text.length, q.end + CUE_REACH);
    if (hasSoftBreak(from, q.start, soft) || hasSoftBreak(q.end, to, soft)) {
      const behind = withoutSoftBreaks(text, from, q.start, soft);
      const start = behind.joined.length;
      const local = behind.joined + text.slice(q.start, q.end) + withoutSoftBreaks(text, q.end, to, soft).joined;
      const found = findComparatorIn({ ...q, start, end: start + q.end - q.start }, local, rules);
      return { comparator: found.comparator, cueStart: found.cueStart >= start ? q.start : behind.at[found.cueStart]! };
    }
  }
  return findComparatorIn(q, text, rules);
}

function findComparatorIn(q: Quantity, text: string, rules: CompiledRules): ComparatorResult {
  let after = q.end;
  while (SKIP_AFTER.has(text[after] ?? '')) after++;
  // 120万头（只）以上: a unit's alternative in brackets stands between the unit and its bound.
  if (text[after] === '（' || text[after] === '(') after += UNIT_NOTE.exec(text.slice(after, after + 5))?.[0].length ?? 0;
  const found = rules.comparatorAfter.matchAt(text, after);
  const a = found && (!found.value.units || (q.unit !== null && found.value.units.has(q.unit))) ? found : undefined;
  const b = beforeCue(q.start, text, rules) ?? approxShare(q.start, text);
  if (a) return { comparator: a.value.comparator, cueStart: b?.start ?? q.start };
  if (b) return { comparator: b.comparator, cueStart: b.start };
  // 上千户, 过万人: elsewhere 上 and 过 are no cue.
  const bound = SCALE_BOUNDS[text[q.start - 1] ?? ''];
  if (bound && bareScaleAt(text, q.start) && !bound.notAfter.has(text[q.start - 2] ?? '')) return { comparator: bound.comparator, cueStart: q.start - 1 };
  return { comparator: q.approx ? '>' : '=', cueStart: q.start };
}

/** 约占全市的30%: 约 bounds the share, with what it is a share of between them. */
const APPROX_SHARE = /约占[^，,。；;、]{0,16}$/;
const SHARE_REACH = 20;
const [YUE, ZHAN] = [...'约占'].map((c) => c.charCodeAt(0));

function approxShare(start: number, text: string): { comparator: Comparator; start: number } | undefined {
  // Most figures have no 占 in reach: a character scan before any slice.
  let near = false;
  for (let i = Math.max(1, start - SHARE_REACH); i < start && !near; i++) near = text.charCodeAt(i) === ZHAN && text.charCodeAt(i - 1) === YUE;
  const m = near ? APPROX_SHARE.exec(text.slice(Math.max(0, start - SHARE_REACH), start)) : null;
  // The cue starts at the number: the words between name the whole of the share, not the figure.
  return m ? { comparator: '≈', start } : undefined;
}

function beforeCue(start: number, text: string, rules: CompiledRules): { comparator: Comparator; start: number } | undefined {
  let end = start;
  while (end > 0 && SKIP_AFTER.has(text[end - 1]!)) end--;
  for (let bridged = 0; bridged < 3; bridged++) {
    const hit = rules.comparatorBefore.matchEnd(text, end);
    if (hit) return { comparator: hit.value.comparator, start: end - hit.word.length };
    const bridge = BRIDGES.find((w) => text.startsWith(w, end - w.length));
    if (!bridge) break;
    end -= bridge.length;
  }
  return undefined;
}
