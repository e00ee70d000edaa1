import { describe, expect, it } from 'vitest';
import { isAsciiFullStop } from '../../src/text/chars.js';
import { records } from '../helpers.js';

describe('ASCII full stop', () => {
  it.each([
    ['增长5.4%.分产业看', [false, true]],
    ['营业收入561.3亿元.规上工业', [false, true]],
    ['各项贷款余额986.5亿元.', [false, true]],
    ['全年粮食总产量创历史新高. 全年', [true]],
    ['同比增长5.4%', [false]],
    ['PM2.5浓度', [false]],
    ['网址www.gov.cn', [false, false]],
    ['1. 新建学校', [false]],
  ])('%s: which dots end a sentence', (text, expected) => {
    const dots = [...text].flatMap((ch, i) => (ch === '.' ? [isAsciiFullStop(text, i)] : []));
    expect(dots).toEqual(expected);
  });

  it('ends sentences in prose typed with ASCII punctuation', () => {
    const got = records('前三季度,全区地区生产总值412.36亿元,同比增长5.4%.分产业看,第一产业增加值18.21亿元,增长3.2%.规上工业企业实现营业收入561.3亿元.').map((r) => [r.quote, r.indicator]);
    expect(got).toEqual([
      ['412.36亿元', '地区生产总值'],
      ['5.4%', '地区生产总值'],
      ['18.21亿元', '第一产业增加值'],
      ['3.2%', '第一产业增加值'],
      ['561.3亿元', '规上工业企业营业收入'],
    ]);
  });
});
