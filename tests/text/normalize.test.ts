import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/text/normalize.js';
import { records } from '../helpers.js';

describe('width folding', () => {
  it.each([
    ['full-width digits, point and percent', '增长５．２％', '增长5.2%'],
    ['a full-width comma grouping thousands', '１２，３４５．６亿元', '12,345.6亿元'],
    ['several groups', '达到1，234，567元', '达到1,234,567元'],
    ['groups after a scale word (Taiwan)', '２兆８，８１８億元', '2兆8,818億元'],
    ['a line ended by a lone carriage return', '一、回顾\r全县新增就业1200人', '一、回顾\n全县新增就业1200人'],
    ['the carriage return of a Windows line end (CR LF), a space at the end of its line', '一、回顾\r\n全县新增就业1200人', '一、回顾 \n全县新增就业1200人'],
    ['lines ended by the Unicode line and paragraph separators', '一、回顾\u2028新增就业1200人\u2029', '一、回顾\n新增就业1200人\n'],
    ['a zero-width space grouping thousands', '新增就业3\u200b200人', '新增就业3,200人'],
    ['zero-width spaces and a byte-order mark inside the text', '地区生产总值\u200b128.6亿元\ufeff增长\u200d6.2%', '地区生产总值 128.6亿元 增长 6.2%'],
  ])('folds %s', (_what, text, folded) => {
    expect(foldWidth(text)).toBe(folded);
  });

  it.each([
    ['a clause break after a year', '2025，123家企业完成改造'],
    ['a clause break after a decimal', '增长12.5，345家企业受益'],
    ['a clause break before a number of four digits', '新增12，1234人参保'],
    ['a clause break between words', '全年增长，其中一季度'],
  ])('keeps %s', (_what, text) => {
    expect(foldWidth(text)).toBe(text);
  });

  it('reads the sections of a text whose lines end in a lone carriage return', () => {
    const text = '临江市2025年政府工作报告\r一、2024年工作回顾\r全市地区生产总值增长5.5%。\r二、2025年主要目标\r地区生产总值增长6%左右。\r';
    expect(records(text).map((r) => [r.quote, r.kind])).toEqual([['5.5%', 'actual'], ['6%', 'target']]);
  });

  it('reads a text with Windows line ends as the same text with Unix ones, at the source offsets', () => {
    const unix = '临江县2025年国民经济和社会发展统计公报\n\n全县地区生产总值128.6亿元，比上年增长6.2%。\n一般公共预算收入7.86亿元，增长5.3%。\n';
    const windows = unix.replace(/\n/g, '\r\n');
    const read = (text: string) => records(text).map((r) => [r.quote, r.indicator, r.period, r.region]);
    expect(read(windows)).toEqual(read(unix));
    expect(read(windows).every(([, , period]) => period === '2025')).toBe(true);
    for (const r of records(windows)) expect(windows.slice(r.start, r.end)).toBe(r.quote);
  });

  it('keeps every character at its offset', () => {
    const text = '全年地区生产总值１２，３４５．６亿元，增长５．２％。';
    expect(foldWidth(text).length).toBe(text.length);
    const r = records(text).find((x) => x.unit === '元');
    expect([r?.quote, r?.value]).toEqual(['１２，３４５．６亿元', 1234560000000]);
  });
});
