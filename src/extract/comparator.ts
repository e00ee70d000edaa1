import type { CompiledRules } from '../rules/compile.js';
import type { Comparator } from '../rules/types.js';
import { bareScaleAt, type Quantity } from './scan.js';

/** Verbs that end in 上 (跃上, 迈上, 登上, 跨上, 站上, 攀上, 冲上). */
const CLIMB_BEFORE_SHANG = new Set(['跃', '迈', '登', '跨', '站', '攀', '冲', '踏', '走', '赶']);

export interface ComparatorResult {
  comparator: Comparator;
  /** Where the 'before' cue starts, so the indicator can stop there. */
  cueStart: number;
}

const SKIP_AFTER = new Set([' ', '\u00a0']);
/** Words that may stand between a before-cue and the number: 超过了, 控制在, 约为. */
const BRIDGES = ['了', '达', '为', '在', '到'];

export function findComparator(q: Quantity, text: string, rules: CompiledRules): ComparatorResult {
  let after = q.end;
  while (SKIP_AFTER.has(text[after] ?? '')) after++;
  const a = rules.comparatorAfter.matchAt(text, after);
  const b = beforeCue(q.start, text, rules);
  if (a) return { comparator: a.value.comparator, cueStart: b?.start ?? q.start };
  if (b) return { comparator: b.comparator, cueStart: b.start };
  // 上千户, 上万人: 上 before a bare scale word means 'a thousand or more'; elsewhere it is no cue.
  // But 跃上千亿元台阶: after a verb of climbing, 上 is that verb's and the figure is the level reached.
  if (text[q.start - 1] === '上' && bareScaleAt(text, q.start) && !CLIMB_BEFORE_SHANG.has(text[q.start - 2] ?? '')) return { comparator: '>=', cueStart: q.start - 1 };
  return { comparator: q.approx ? '>' : '=', cueStart: q.start };
}

function beforeCue(start: number, text: string, rules: CompiledRules): { comparator: Comparator; start: number } | undefined {
  let end = start;
  while (end > 0 && SKIP_AFTER.has(text[end - 1]!)) end--;
  for (let bridged = 0; bridged < 2; bridged++) {
    const hit = rules.comparatorBefore.matchEnd(text, end);
    if (hit) return { comparator: hit.value.comparator, start: end - hit.word.length };
    const bridge = BRIDGES.find((w) => text.startsWith(w, end - w.length));
    if (!bridge) break;
    end -= bridge.length;
  }
  return undefined;
}
