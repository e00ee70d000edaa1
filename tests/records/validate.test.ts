import { describe, expect, it } from 'vitest';
import { partitionValid } from '../../src/records/validate.js';
import { toCsv, toJsonl, sortRecords } from '../../src/records/write.js';
import type { IndicatorRecord } from '../../src/records/types.js';

const source = '全市铁路运营里程达538公里。';
const good: IndicatorRecord = {
  doc: 'a.txt', start: 9, end: 14, quote: '538公里', value: 538, unit: '公里', measure: 'level',
  indicator: '铁路运营里程', kind: 'actual', comparator: '=', sentence: source, rule: 'quantity/number-unit',
};

describe('record schema', () => {
  it('accepts a valid record', () => {
    const { valid, rejects } = partitionValid([good], source);
    expect(rejects).toEqual([]);
    expect(valid).toHaveLength(1);
  });

  it.each([
    ['a wrong kind', { kind: 'plan' }, '/kind'],
    ['a missing indicator', { indicator: undefined }, 'indicator'],
    ['an unknown comparator', { comparator: '~' }, '/comparator'],
    ['an end before the start', { end: 3 }, '/end'],
    ['a quote that is not the source span', { quote: '538米' }, '/quote'],
    ['an unknown field', { extra: 1 }, 'additional'],
    ['a value_max below the value', { value_max: 100 }, '/value_max'],
  ])('rejects %s with its reason', (_what, change, reason) => {
    const broken = { ...good, ...change } as Record<string, unknown>;
    if ('indicator' in change && change.indicator === undefined) delete broken.indicator;
    const { valid, rejects } = partitionValid([broken], source);
    expect(valid).toEqual([]);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]!.reason).toContain(reason);
  });
});

describe('writers', () => {
  it('writes CSV with a fixed header, quoting commas, quotes and newlines', () => {
    const tricky = { ...good, sentence: '甲,乙"丙"\n丁' };
    const csv = toCsv([tricky]);
    expect(csv.split('\n')[0]).toBe('doc,start,end,quote,value,value_max,unit,measure,indicator,kind,comparator,period,baseline,region,sentence,rule');
    expect(csv).toContain('"甲,乙""丙""\n丁"');
    expect(toCsv([good], { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('sorts by doc then start and writes one JSON object per line in column order', () => {
    const later = { ...good, start: 20, end: 25 };
    const other = { ...good, doc: '0.txt' };
    const sorted = sortRecords([later, good, other]);
    expect(sorted.map((r) => [r.doc, r.start])).toEqual([['0.txt', 9], ['a.txt', 9], ['a.txt', 20]]);
    const line = toJsonl([good]).trim();
    expect(Object.keys(JSON.parse(line))).toEqual(['doc', 'start', 'end', 'quote', 'value', 'unit', 'measure', 'indicator', 'kind', 'comparator', 'sentence', 'rule']);
  });
});
