import { describe, expect, it } from 'vitest';
import { only, records } from '../helpers.js';

describe('a unit implied by the noun before the number', () => {
  it.each([
    ['全省常住人口达到4800万', '4800万', 48000000, '人', '常住人口'],
    ['全年接待游客1.36亿，旅游收入1200亿元', '1.36亿', 136000000, '人次', '接待游客'],
    ['年末全市总户数突破150万', '150万', 1500000, '户', '总户数'],
    ['全年新增就业12万以上', '12万', 120000, '人', '新增就业'],
    ['訪港旅客人次達4,600萬，較上年增加12%', '4,600萬', 46000000, '人次', '訪港旅客人次'],
    ['全县常住人口52.3万，比上年减少0.6万', '0.6万', -6000, '人', '常住人口'],
  ])('%s', (sentence, quote, value, unit, indicator) => {
    const r = only(sentence, quote);
    expect([r.value, r.unit, r.rule]).toEqual([value, unit, 'quantity/implied-unit']);
    expect(r.indicator).toBe(indicator);
  });

  it('keeps the comparator after the number', () => {
    expect(only('全年新增就业12万以上', '12万').comparator).toBe('>=');
  });

  it('gives a change after the figure its subject back', () => {
    expect(only('全年接待游客4600万，增长12%', '12%').indicator).toBe('接待游客');
  });
});

describe('a unit implied by the noun right after the number', () => {
  it.each([
    ['现行标准下32.6万农村贫困人口全部脱贫', '32.6万', 326000, '人', '农村贫困人口全部脱贫'],
    ['带动5万群众受益', '5万', 50000, '人', '带动群众受益'],
    ['惠及12万农户', '12万', 120000, '户', '惠及农户'],
  ])('%s', (sentence, quote, value, unit, indicator) => {
    const r = only(sentence, quote);
    expect([r.value, r.unit, r.rule, r.indicator]).toEqual([value, unit, 'quantity/implied-unit', indicator]);
  });

  it.each([
    ['农村贫困人口减少1000万以上', '1000万', '农村贫困人口'],
  ])('keeps the noun before when a bound follows: %s', (sentence, quote, indicator) => {
    expect(only(sentence, quote).indicator).toBe(indicator);
  });

  it.each(['打造1000万吨级基地', '建设100万平方米厂房', '投资3000万建设'])('reads no people in %s', (sentence) => {
    expect(records(sentence).filter((r) => r.unit === '人' || r.unit === '户')).toEqual([]);
  });
});

describe('a ratio to one written as its first term alone', () => {
  it.each([
    ['城乡居民收入比缩小至2.04', '2.04', 2.04, '城乡居民收入比'],
    ['城乡居民收入倍差缩小到1.85', '1.85', 1.85, '城乡居民收入倍差'],
    ['城乡居民收入比由2.41缩小到2.27', '2.41', 2.41, '城乡居民收入比'],
    ['城乡居民收入比由2.41缩小到2.27', '2.27', 2.27, '城乡居民收入比'],
    ['城乡居民人均收入比值为2.05', '2.05', 2.05, '城乡居民人均收入比值'],
  ])('%s: %s', (sentence, quote, value, indicator) => {
    const r = only(sentence, quote);
    expect([r.value, r.unit, r.rule, r.indicator]).toEqual([value, ':1', 'quantity/ratio-to-one', indicator]);
  });
});

describe('a figure whose base is written before the number', () => {
  it.each([
    ['全县人口密度为每平方公里186人', '186人', '人/平方公里', '人口密度'],
    ['公路网密度达到每百平方公里126公里', '126公里', '公里/百平方公里', '公路网密度'],
    ['全县土地面积2386平方公里', '2386平方公里', '平方公里', '土地面积'],
    ['生猪出栏均价每公斤14.6元', '14.6元', '元/公斤', '生猪出栏均价'],
    ['商品住宅均价每平方米8650元', '8650元', '元/平方米', '商品住宅均价'],
    ['城市低保标准为每人每月820元', '820元', '元', '城市低保标准'],
  ])('%s: %s', (sentence, quote, unit, indicator) => {
    const r = only(sentence, quote);
    expect([r.unit, r.indicator]).toEqual([unit, indicator]);
  });
});

describe('a level reached written without the unit of the level it came from', () => {
  it.each([
    ['贫困发生率由23.5%降至0', '0', 0, '%'],
    ['贫困发生率由23.5%下降到0.5以下', '0.5', 0.5, '%'],
    ['脱贫人口人均纯收入由2860元增加到1.1万', '1.1万', 11000, '元'],
  ])('%s', (sentence, quote, value, unit) => {
    const r = only(sentence, quote);
    expect([r.value, r.unit, r.indicator]).toEqual([value, unit, sentence.slice(0, sentence.indexOf('由'))]);
  });

  it.each([
    ['a year reached from a year', '由1998年到2025年'],
    ['a bare number after a level that came from nothing', '达到23.5%，排名第3'],
  ])('takes no unit for %s', (_what, sentence) => {
    expect(records(sentence).map((r) => r.unit)).not.toContain(null);
    expect(records(sentence).filter((r) => r.quote === '3' || r.quote === '2025')).toEqual([]);
  });
});
