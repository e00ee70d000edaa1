import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/text/normalize.js';
import { records } from '../helpers.js';

describe('width folding', () => {
  it.each([
    ['full-width digits, point and percent', '增长５．２％', '增长5.2%'],
    ['a full-width comma grouping thousands', '１２，３４５．６亿元', '12,345.6亿元'],
    ['several groups', '达到1，234，567元', '达到1,234,567元'],
    ['groups after a scale word (Taiwan)', '２兆８，８１８億元', '2兆8,818億元'],
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

  it('keeps every character at its offset', () => {
    const text = '全年地区生产总值１２，３４５．６亿元，增长５．２％。';
    expect(foldWidth(text).length).toBe(text.length);
    const r = records(text).find((x) => x.unit === '元');
    expect([r?.quote, r?.value]).toEqual(['１２，３４５．６亿元', 1234560000000]);
  });
});
