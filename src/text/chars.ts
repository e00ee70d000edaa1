/** Character classes used across the extractors. Plain code-unit tests: no regex on the hot path. */

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

export function isCnDigit(ch: string | undefined): boolean {
  return ch !== undefined && CN_DIGITS[ch] !== undefined;
}

/** A small count written in digits or in Chinese up to ninety-nine (3, 八, 十, 十二, 二十, 三十五); 0 for none. */
export function smallCount(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  const ten = written.indexOf('十');
  if (ten < 0) return written.length === 1 ? (CN_DIGITS[written] ?? 0) : 0;
  const tens = ten === 0 ? 1 : (CN_DIGITS[written[0]!] ?? 0);
  return tens * 10 + (ten === written.length - 1 ? 0 : (CN_DIGITS[written[ten + 1]!] ?? 0));
}

/**
 * A set of BMP characters tested by code unit: one table load, where a Set of strings hashes a
 * freshly made one-character string for every CJK character it is asked about.
 */
export class CharSet implements Iterable<string> {
  private readonly table = new Uint8Array(65536);
  private readonly chars: string[];

  constructor(chars: Iterable<string>) {
    this.chars = [...new Set(chars)];
    for (const ch of this.chars) {
      if (ch.length !== 1) throw new Error(`CharSet holds single BMP characters, not ${JSON.stringify(ch)}`);
      this.table[ch.charCodeAt(0)] = 1;
    }
  }

  has(ch: string | undefined): boolean {
    return ch !== undefined && ch.length === 1 && this.table[ch.charCodeAt(0)] === 1;
  }

  hasCode(code: number): boolean {
    return this.table[code] === 1;
  }

  /** Whether the code unit at `i` of `text` is in the set (false past either end). */
  at(text: string, i: number): boolean {
    return i >= 0 && i < text.length && this.table[text.charCodeAt(i)] === 1;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.chars[Symbol.iterator]();
  }
}

/** Clause delimiters: where an indicator's text can not reach across. */
/** Characters an ASCII full stop may follow in Chinese prose typed with ASCII punctuation: 增长5.4%.分产业看 */
const BEFORE_ASCII_STOP = new CharSet(['%', '％', '）', ')', '”', '’', '」', '』', '》']);

/**
 * An ASCII '.' that ends a sentence rather than a decimal (5.4), an abbreviation (PM2.5) or an address
 * (gov.cn): it follows a Chinese character or a closing mark and is followed by Chinese, space or nothing.
 */
export function isAsciiFullStop(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46) return false;
  const before = text[i - 1];
  if (!(isHan(before) || BEFORE_ASCII_STOP.has(before))) return false;
  const after = text[i + 1];
  return after === undefined || isHan(after) || after === ' ' || after === '\n' || after === '\r' || after === '\t' || after === '“' || after === '\u3000';
}

/** 的 as a code unit: what follows a figure before the thing it describes (52亿元的…项目, 3%左右的目标). */
export const DE = '的'.charCodeAt(0);

export const CLAUSE_DELIMITERS = new CharSet(['，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '\n', '\r', '【', '】', '|', '\t', '…']);
export const SENTENCE_DELIMITERS = new CharSet(['。', '！', '？', '!', '?', '\n', '；', ';']);
