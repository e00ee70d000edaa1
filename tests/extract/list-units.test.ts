import { describe, expect, it } from 'vitest';
import { records } from '../helpers.js';

/** Numbers of a list that take the scale and unit written once after the last: each quote is its own number. */
describe('numbers of a list sharing one unit', () => {
  it.each([
    ['粮食、油料产量分别为52、3.1万吨', '52', 520000, '吨'],
    ['粮食、油料和蔬菜产量分别为52、3.1和86万吨', '3.1', 31000, '吨'],
    ['三次产业分别增长3.5、6.2和5.8%', '6.2', 6.2, '%'],
    ['分别高于全国、全省1.2、0.8个百分点', '1.2', 1.2, '百分点'],
    ['城乡居民人均可支配收入分别达到42810、19530元', '42810', 42810, '元'],
  ])('%s: %s', (sentence, quote, value, unit) => {
    const r = records(sentence).find((x) => x.quote === quote);
    expect(r && [r.value, r.unit]).toEqual([value, unit]);
  });

  it('shares no unit across a list of years or line numbers', () => {
    expect(records('2024、2025年全县召开会议，地铁1、2号线开通').map((r) => r.quote)).toEqual([]);
  });

  it('shares no unit across a list written in Chinese numerals (一、二、三)', () => {
    expect(records('一、二、三是全县的重点，新建学校3所').map((r) => r.quote)).toEqual(['3所']);
  });
});
