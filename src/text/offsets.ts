/**
 * Records give offsets in characters (code points), as Python, pandas and most readers count them;
 * JavaScript strings count UTF-16 units. Text without astral characters needs no mapping.
 */
export function codePointOffsets(text: string): ((unitOffset: number) => number) | undefined {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return undefined;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (isHighSurrogate(c) && next >= 0xdc00 && next <= 0xdfff) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (u) => map[u]!;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Characters (code points) in a text, counted as codePointOffsets counts them. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const next = text.charCodeAt(i + 1);
    if (isHighSurrogate(text.charCodeAt(i)) && next >= 0xdc00 && next <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

/** A cut point in `text`, moved one unit on when it would split a surrogate pair. */
export function keepPairWhole(text: string, cut: number): number {
  return isHighSurrogate(text.charCodeAt(cut - 1)) ? cut + 1 : cut;
}
