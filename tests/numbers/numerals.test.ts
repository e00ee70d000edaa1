import { describe, expect, it } from 'vitest';
import { decimalFromString, toNumber } from '../../src/numbers/decimal.js';
import { arabicToken, digitToken, evaluate, type NumeralToken } from '../../src/numbers/numerals.js';

const CN: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MUL: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8, 兆: 12 };

function tokens(text: string): NumeralToken[] {
  const out: NumeralToken[] = [];
  for (const part of text.match(/\d+(?:\.\d+)?|./g) ?? []) {
    if (/\d/.test(part)) out.push(arabicToken(part));
    else if (CN[part] !== undefined) out.push(digitToken(CN[part]!));
    else out.push({ kind: 'mul', exp: MUL[part]! });
  }
  return out;
}

describe('evaluate numeral tokens', () => {
  it.each([
    ['一千二百', 1200],
    // A zero written before a scale word is zero; only a scale word with no number before it counts one.
    ['0万', 0],
    ['0亿', 0],
    ['零万', 0],
    ['0兆', 0],
    ['万', 10000],
    ['亿', 100000000],
    ['两万', 20000],
    ['三十五', 35],
    ['十五', 15],
    ['十', 10],
    ['一百零五', 105],
    ['三万二千', 32000],
    ['两万五', 25000],
    ['三百五', 350],
    ['一亿三千万', 130000000],
    ['二〇二三', 2023],
    ['1.46万', 14600],
    ['3.5亿', 350000000],
    ['2.4万亿', 2.4e12],
    ['16.4亿', 1640000000],
    ['1万6千', 16000],
    ['1亿3千万', 130000000],
    ['3万亿', 3e12],
    ['九百亿', 9e10],
    ['16.83亿', 1683000000],
    ['4兆2160亿', 4.216e12],
    ['1兆', 1e12],
    ['2兆3000万', 2000030000000],
  ])('%s = %d', (text, value) => {
    expect(toNumber(evaluate(tokens(text)))).toBe(value);
  });

  it('keeps decimals exact when a scale folds in', () => {
    const d = decimalFromString('0.1');
    expect(toNumber({ int: d.int, exp: d.exp + 8 })).toBe(10000000);
    expect(toNumber(evaluate(tokens('131.86万')))).toBe(1318600);
  });
});
