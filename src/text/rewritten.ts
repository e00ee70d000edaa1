/**
 * A text read otherwise than it stands in its source (letter-spaced lines closed up, markup left in a
 * plain-text file decoded): extraction runs on `text`, and the maps take each offset back to the
 * source, where quotes are cut as written.
 */
export interface Rewritten {
  text: string;
  /** For each offset of `text`, the offset in the source where the same character, or what it was read from, starts. */
  toSource: Int32Array;
  /** For each offset of `text`, where what it was read from ends in the source (&#37; for %), when that is not the next offset. */
  toSourceEnd?: Int32Array;
}

/** Where in the source the character at `i` of a rewritten text starts. */
export function sourceStart(r: Rewritten, i: number): number {
  return r.toSource[i]!;
}

/** Where in the source what the character at `i` of a rewritten text was read from ends. */
export function sourceEnd(r: Rewritten, i: number): number {
  return r.toSourceEnd ? r.toSourceEnd[i]! : r.toSource[i]! + 1;
}

/** `outer` rewrote the text `inner` made of the source: one pair of maps from `outer`'s offsets to the source's. */
export function composeRewrites(inner: Rewritten | undefined, outer: Rewritten | undefined): Rewritten | undefined {
  if (!inner) return outer;
  if (!outer) return inner;
  const n = outer.toSource.length;
  const toSource = new Int32Array(n);
  const toSourceEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    toSource[i] = sourceStart(inner, sourceStart(outer, i));
    toSourceEnd[i] = sourceEnd(inner, sourceEnd(outer, i) - 1);
  }
  return { text: outer.text, toSource, toSourceEnd };
}
