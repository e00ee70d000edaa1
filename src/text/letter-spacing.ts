import { isHan } from './chars.js';
import type { Rewritten } from './rewritten.js';

/**
 * Text from some PDFs sets every character apart by a space (全 县 地 区 生 产 总 值 达 到 1 2 8 . 6 亿 元):
 * read as it stands, its numbers fall apart into digits (6 亿元 of 128.6亿元). Such lines are read closed up,
 * the spaces moved to the end of their line, so that every line keeps its length and place.
 */

/** Four Han characters each set apart by one space: the cheap test that a text may hold such lines. */
const MAY_BE_SPACED = /[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]/;
/** A line is letter-spaced when most of its Han characters stand one space from the character after them. */
const SPACED_SHARE = 0.6;
/** Fewer Han characters than this say nothing of how a line is set. */
const MIN_HAN = 4;

function isSpace(c: string | undefined): boolean {
  return c === ' ';
}

/** The offsets of the single spaces between two characters on a letter-spaced line, or none. */
function letterSpaces(text: string, start: number, end: number): number[] {
  let han = 0;
  let spacedHan = 0;
  const spaces: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (isHan(c)) {
      han++;
      if (isSpace(text[i + 1]) && i + 2 < end && !isSpace(text[i + 2])) spacedHan++;
    }
    if (isSpace(c) && i > start && i + 1 < end && !isSpace(text[i - 1]) && !isSpace(text[i + 1])) spaces.push(i);
  }
  return han >= MIN_HAN && spacedHan >= han * SPACED_SHARE ? spaces : [];
}

/** The text with its letter-spaced lines closed up, or undefined when it has none (the common case). */
export function closeLetterSpacing(source: string): Rewritten | undefined {
  if (!MAY_BE_SPACED.test(source)) return undefined;
  let out = '';
  let toSource: Int32Array | undefined;
  let changed = false;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const spaces = letterSpaces(source, lineStart, lineEnd);
    if (spaces.length > 0) {
      toSource ??= identity(source.length);
      changed = true;
      const dropped = new Set(spaces);
      let k = out.length;
      for (let i = lineStart; i < lineEnd; i++) {
        if (dropped.has(i)) continue;
        out += source[i];
        toSource[k++] = i;
      }
      // The spaces go to the end of the line, so the line keeps its length and the next its start.
      for (const i of spaces) {
        out += ' ';
        toSource[k++] = i;
      }
    } else {
      out += source.slice(lineStart, lineEnd);
    }
    if (lineEnd < source.length) out += '\n';
    lineStart = lineEnd + 1;
  }
  return changed && toSource ? { text: out, toSource } : undefined;
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}
