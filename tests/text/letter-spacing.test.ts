import { describe, expect, it } from 'vitest';
import { closeLetterSpacing } from '../../src/text/letter-spacing.js';
import { records } from '../helpers.js';

/** A line set as some PDFs give it: a space after every character. */
function spaced(line: string): string {
  return [...line].join(' ');
}

describe('letter-spaced lines', () => {
  it.each([
    ['a line of prose', '全县地区生产总值达到128.6亿元，增长6.2%。'],
    ['a line with a count and a share', '城镇新增就业3200人，城镇调查失业率控制在5.5%以内。'],
    ['a line with a Chinese numeral', '全年新建农村公路一百二十公里，惠及群众两万余人。'],
  ])('reads %s as the same line closed up, with quotes as written', (_what, line) => {
    const plain = records(line).map((r) => [r.value, r.unit, r.measure, r.indicator, r.comparator]);
    expect(plain.length).toBeGreaterThan(0);
    const text = spaced(line);
    const got = records(text);
    expect(got.map((r) => [r.value, r.unit, r.measure, r.indicator, r.comparator])).toEqual(plain);
    for (const r of got) expect(text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('closes up only the letter-spaced lines of a text, keeping every line at its place and length', () => {
    const text = ['临江县2025年政府工作报告', spaced('全县地区生产总值达到128.6亿元。'), '城镇新增就业3200人。'].join('\n');
    const closed = closeLetterSpacing(text)!;
    expect(closed.text.length).toBe(text.length);
    expect(closed.text.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(closed.text.split('\n')[1]!.trimEnd()).toBe('全县地区生产总值达到128.6亿元。');
    expect(closed.text.split('\n')[2]).toBe('城镇新增就业3200人。');
    expect([...closed.toSource].sort((a, b) => a - b)).toEqual([...Array(text.length).keys()]);
  });

  it.each([
    ['a text without such lines', '全县地区生产总值达到128.6亿元，增长6.2%。'],
    ['words set apart by spaces, in English', 'GDP grew by 6.2 percent in 2025 to 128.6 billion yuan'],
    ['numbers set apart in a table row', '地区生产总值 312.4 5.8 6 7 8'],
    ['a few spaced characters in a line of prose', '本报告所称“两 个 确 保”指的是确保就业和确保收入，全县新增就业3200人。'],
  ])('leaves %s as it is', (_what, text) => {
    expect(closeLetterSpacing(text)).toBeUndefined();
  });
});
