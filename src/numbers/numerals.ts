import { add, decimalFromString, fromInt, isZero, shift, type Decimal, ZERO } from './decimal.js';

/** A numeral is read as a list of numbers and multipliers: 1万6千 -> [1, 万, 6, 千]. */
export type NumeralToken = { kind: 'num'; value: Decimal; digits: number } | { kind: 'mul'; exp: number };

/**
 * Value of a token list, the way Chinese numerals compose: 十/百/千 multiply the number before them
 * inside a group, 万 closes a group of up to four digits, 亿 closes everything before it.
 * So 三万二千 = 32000, 1亿3千万 = 130000000, 3万亿 = 3e12, 十五 = 15, 两万五 = 25000; 兆 (1e12) above 亿
 * closes a part of its own (4兆2160亿 = 4.216e12).
 */
export function evaluate(tokens: readonly NumeralToken[]): Decimal {
  // Most figures are one plain number (538, 1.27): nothing to compose.
  if (tokens.length === 1 && tokens[0]!.kind === 'num') return tokens[0]!.value;
  let above: Decimal = ZERO; // closed by a multiplier above 亿 (兆): later ones (4兆2160亿) do not multiply it
  let total: Decimal = ZERO; // closed by 亿
  let section: Decimal = ZERO; // closed by 万
  let small: Decimal = ZERO; // 十百千 groups
  let current: Decimal | null = null;
  let lastExp = 0;
  let sectionOpen = false;
  for (const t of tokens) {
    if (t.kind === 'num') {
      // Consecutive single digits (二〇二三) read as a digit string.
      current = current !== null && t.digits === 1 ? add(shift(current, 1), t.value) : t.value;
      continue;
    }
    if (t.exp < 4) {
      small = add(small, shift(current ?? fromInt(1), t.exp));
      current = null;
      lastExp = t.exp;
    } else if (t.exp < 8) {
      let group = add(small, current ?? ZERO);
      if (isZero(group) && current === null && !sectionOpen) group = fromInt(1);
      section = shift(add(section, group), t.exp);
      sectionOpen = true;
      small = ZERO;
      current = null;
      lastExp = t.exp;
    } else if (t.exp > 8) {
      let group = add(add(add(total, section), small), current ?? ZERO);
      if (isZero(group) && current === null && isZero(above)) group = fromInt(1);
      above = add(above, shift(group, t.exp));
      total = ZERO;
      section = ZERO;
      small = ZERO;
      current = null;
      sectionOpen = false;
      lastExp = t.exp;
    } else {
      let group = add(add(section, small), current ?? ZERO);
      if (isZero(group) && current === null && isZero(total)) group = fromInt(1);
      total = shift(add(total, group), t.exp);
      section = ZERO;
      small = ZERO;
      current = null;
      sectionOpen = false;
      lastExp = t.exp;
    }
  }
  // 两万五 and 三百五: a trailing bare digit counts in the unit below the last multiplier.
  if (current !== null && lastExp > 0 && tokens.length >= 2) {
    const last = tokens[tokens.length - 1]!;
    const prev = tokens[tokens.length - 2]!;
    if (last.kind === 'num' && last.digits === 1 && prev.kind === 'mul' && prev.exp === lastExp && !hasZeroBefore(tokens)) {
      current = shift(current, lastExp - 1);
    }
  }
  return add(add(add(add(above, total), section), small), current ?? ZERO);
}

function hasZeroBefore(tokens: readonly NumeralToken[]): boolean {
  const t = tokens[tokens.length - 3];
  return t !== undefined && t.kind === 'num' && isZero(t.value);
}

function onlyDigitsAndPoint(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return true;
}

export function arabicToken(text: string): NumeralToken {
  // Thousands are grouped by commas (11,616) or, in some texts, spaces (1 234.5); soft line breaks may cut a number.
  const clean = onlyDigitsAndPoint(text) ? text : text.replace(/[^\d.]/g, '');
  const dot = clean.indexOf('.');
  return { kind: 'num', value: decimalFromString(clean), digits: dot < 0 ? clean.length : dot };
}

export function digitToken(d: number): NumeralToken {
  return { kind: 'num', value: fromInt(d), digits: 1 };
}

export function fractionDigits(digits: number[]): Decimal {
  return digits.length === 0 ? ZERO : { int: BigInt(digits.join('')), exp: -digits.length };
}
