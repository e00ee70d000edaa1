import { negate } from '../numbers/decimal.js';
import type { CompiledRules } from '../rules/compile.js';
import { patternFor, quantityOf, scaleAndUnitOf, type Quantity } from './scan.js';

/** What joins the numbers of a list that shares one unit: 3.5、6.2和5.8%. */
const LIST_JOINER = /^\s*[、和及与]\s*$/;

/**
 * 分别增长3.5、6.2和5.8%, 分别为52、3.1万吨: numbers in a list take the scale and unit written once after
 * the last of them; read alone they are bare numbers, which are no figures. Read from the end, so each
 * bare number takes what the one after it has by then. Rewrites `quantities` in place.
 */
export function shareListUnits(t: string, quantities: Quantity[], rules: CompiledRules): void {
  // The words the number after took, while a list is being read backwards.
  let carried: string | undefined;
  for (let k = quantities.length - 2; k >= 0; k--) {
    const q = quantities[k]!;
    const next = quantities[k + 1]!;
    const known = carried;
    carried = undefined;
    if (q.unit !== null || next.unit === null || q.chineseOnly || !LIST_JOINER.test(t.slice(q.end, next.start))) continue;
    const tail = known ?? scaleAndUnitOf(t, next, rules);
    if (tail === undefined) continue;
    const text = t.slice(q.start, q.end);
    const shared = quantityOf(text + tail, rules);
    if (!shared || shared.unit !== next.unit || shared.end !== text.length + tail.length) continue;
    quantities[k] = { ...shared, start: q.start, end: q.end, value: text.startsWith('-') ? negate(shared.value) : shared.value, pattern: next.pattern === 'quantity/range' ? patternFor(shared.unitRule) : next.pattern };
    carried = tail;
  }
}
