import { describe, expect, it } from 'vitest';
import { partitionValid } from '../../src/records/validate.js';
import { csvHeader, csvRows, orderedRecord, serializeRecord } from '../../src/records/write.js';
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
    expect(csvHeader().trim()).toBe('doc,start,end,quote,value,value_max,unit,measure,indicator,indicator_id,kind,comparator,period,baseline,region,flags,sentence,rule');
    expect(csvHeader(true).charCodeAt(0)).toBe(0xfeff);
    const csv = csvRows([orderedRecord({ ...good, sentence: '甲,乙"丙"\n丁' })]);
    expect(csv).toContain('"甲,乙""丙""\n丁"');
  });

  it('neutralises cells a spreadsheet would run as formulas, but keeps negative numbers numeric', () => {
    const hostile = orderedRecord({ ...good, indicator: '=HYPERLINK("http://x")', quote: '-3.1%', value: -3.1, sentence: '@SUM(A1)' });
    const row = csvRows([hostile]);
    expect(row).toContain(`'=HYPERLINK`);
    expect(row).toContain(`'@SUM(A1)`);
    expect(row).toContain(`,'-3.1%,`);
    expect(row).toContain(',-3.1,');
    expect(row).toContain(',level,');
    expect(csvRows([orderedRecord(good)])).toContain(',actual,=,');
    expect(csvRows([hostile], false)).toContain('"=HYPERLINK(""http://x"")"');
  });

  it('serializes a record to the same JSON and CSV as the general writers', () => {
    const full: IndicatorRecord = { ...good, value_max: 540, indicator_id: 'transport/railway-length', period: '2023', region: '临江市', flags: ['unit-dimension'], sentence: '甲,"乙"' };
    // Consecutive records sharing a sentence, a sentence that a spreadsheet would run, either escaping.
    const formula: IndicatorRecord = { ...good, sentence: '=1+2,"引号"', indicator: '+号开头', value: -2.5 };
    const cases = [good, full, { ...full, start: 9 }, formula, { ...formula, quote: '-2.5%' }, good];
    for (const escape of [true, false]) {
      for (const r of cases) {
        const { json, csv } = serializeRecord(r, escape);
        expect(json).toBe(JSON.stringify(orderedRecord(r)));
        expect(csv + '\n').toBe(csvRows([orderedRecord(r)], escape));
      }
    }
  });

  it('writes one JSON object per record in column order', () => {
    expect(Object.keys(orderedRecord(good))).toEqual(['doc', 'start', 'end', 'quote', 'value', 'unit', 'measure', 'indicator', 'kind', 'comparator', 'sentence', 'rule']);
  });
});
