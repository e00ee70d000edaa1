import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/meta/catalogue.js';
import { only, rules } from '../helpers.js';

const entries = rules.files.indicators.indicators;
const dimensions = new Set(rules.files.units.units.map((u) => u.dimension));

describe('indicator catalogue', () => {
  it('has at least 150 indicators with unique ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('lets no alias be claimed by two ids', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const a of e.aliases) {
        if (owner.has(a) && owner.get(a) !== e.id) clashes.push(`${a}: ${owner.get(a)} and ${e.id}`);
        owner.set(a, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('expects only dimensions that some unit has', () => {
    const unknown = entries.flatMap((e) => e.dimensions.filter((d) => !dimensions.has(d)).map((d) => `${e.id}: ${d}`));
    expect(unknown).toEqual([]);
  });

  const catalogue = new Catalogue(rules);
  it.each([
    ['地区生产总值', 'economy/gdp'],
    ['全县地区生产总值', 'economy/gdp'],
    ['国内生产总值', 'economy/gdp'],
    ['城镇居民人均可支配收入', 'income/urban-per-capita-disposable'],
    ['全社会研发投入', 'technology/rd-expenditure'],
    ['新建5G基站', 'digital/5g-base-stations'],
    ['规模以上工业企业实现利润总额', 'economy/industrial-profit'],
    ['城镇调查失业率', 'employment/surveyed-unemployment'],
  ])('matches %s to %s', (indicator, id) => {
    expect(catalogue.find(indicator)?.id).toBe(id);
  });

  it.each([['夏粮产量'], ['占世界经济比重'], ['高新技术产业增加值占规模以上工业增加值比重'], ['第一产业增加值占比']])('leaves %s unmatched', (indicator) => {
    expect(catalogue.find(indicator)).toBeUndefined();
  });

  it('flags a unit whose dimension contradicts the catalogue', () => {
    expect(only('全县地区生产总值达到120公里', '120公里')).toMatchObject({ indicator_id: 'economy/gdp', flags: ['unit-dimension'] });
    expect(only('全县地区生产总值达到120亿元', '120亿元').flags).toBeUndefined();
    expect(only('全县地区生产总值增长6%', '6%').flags).toBeUndefined();
  });
});
