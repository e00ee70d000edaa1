import { isHan } from '../text/chars.js';
import type { Layout } from '../text/layout.js';
import type { Quantity } from './scan.js';

/** Bounds after a threshold's unit: 10亿元以上项目, 2000万元及以上的企业. */
const BOUND_AFTER = /^(?:及以上|以上|及以下|以下)(?:的)?/;
/** Bounds before a threshold written without one after it: 产值超10亿元企业, 营收过亿元的企业. */
const BOUND_BEFORE = /(?:超过|超|过|逾|达)$/;
const code = (chars: string) => [...chars].map((c) => c.charCodeAt(0));
/** The first characters of the bounds after, and the last of those before: a number test before any slice. */
const BOUND_AFTER_OPENERS = code('及以');
const BOUND_BEFORE_ENDS = code('过超逾达');
/** Characters after a threshold that open no noun: a clause goes on with a verb or a function word. */
const NOT_NOUN_OPENERS = new Set([...'的和及与或、等为是在到至达了将并且但而以用按对向从由比较占增减提降下上翻同环']);

/**
 * 其中10亿元以上项目6个, 年营业收入2000万元以上的服务业企业达到86家: a figure that only bounds the kind
 * of thing counted by the next figure of its clause. RECORDS.md calls such counts doubtful; they stay
 * records, but the figure after them is named with them (10亿元以上项目), so the threshold is no boundary.
 */
export function boundsNextThing(q: Quantity, next: Quantity | undefined, layout: Layout): boolean {
  if (!next) return false;
  const t = layout.text;
  // Most figures have no bound beside them: the character tests come before any slice or clause scan.
  const bound = BOUND_AFTER_OPENERS.includes(t.charCodeAt(q.end)) ? BOUND_AFTER.exec(t.slice(q.end, q.end + 4)) : null;
  // A range (5亿元至10亿元项目) bounds as well as 以上 does.
  if (!bound && q.valueMax === undefined && !(BOUND_BEFORE_ENDS.includes(t.charCodeAt(q.start - 1)) && BOUND_BEFORE.test(t.slice(Math.max(0, q.start - 2), q.start)))) return false;
  const c = t[q.end + (bound?.[0].length ?? 0)];
  // 超过10亿元，增长… or 达10亿元以上增长: a clause that goes on with a verb or a change, not a thing.
  return isHan(c) && !NOT_NOUN_OPENERS.has(c!) && next.start < layout.clauseEnd(q.end);
}
