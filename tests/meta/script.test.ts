import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { extractDocument } from '../../src/extract/extract.js';
import { toSimplified } from '../../src/text/script.js';
import { rules } from '../helpers.js';

const DIR = join(__dirname, '..', 'fixtures', 'scripts');
const toCn = OpenCC.Converter({ from: 't', to: 'cn' });

describe('Traditional Chinese', () => {
  const simplified = readFileSync(join(DIR, 'simplified.txt'), 'utf8');
  const traditional = readFileSync(join(DIR, 'traditional.txt'), 'utf8');
  const s = extract(simplified, { rules, doc: 'twin' });
  const t = extract(traditional, { rules, doc: 'twin' });

  it('yields the same records as its Simplified twin', () => {
    expect(s.length).toBeGreaterThan(15);
    const shape = (r: (typeof s)[number]) => ({ start: r.start, end: r.end, value: r.value, unit: r.unit, measure: r.measure, kind: r.kind, comparator: r.comparator, period: r.period, baseline: r.baseline, region: r.region, indicator_id: r.indicator_id, indicator: toCn(r.indicator), quote: toCn(r.quote) });
    expect(t.map(shape)).toEqual(s.map(shape));
  });

  it('keeps the document title in the source script, unless the user gave one', () => {
    const text = '臺中市114年度施政成果報告\n本市失業率3.6%。';
    expect(extractDocument(text, 'tw', rules).meta).toMatchObject({ title: '臺中市114年度施政成果報告', region: '台中市' });
    expect(extractDocument(text, 'tw', rules, undefined, { meta: { title: '台中市施政成果' } }).meta.title).toBe('台中市施政成果');
  });

  it('keeps quotes, indicators and sentences in the source script, units and regions in Simplified', () => {
    const gdp = t.find((r) => r.quote === '2683.5億元')!;
    expect(gdp).toMatchObject({ value: 268350000000, unit: '元', indicator: '地區生產總值', region: '临江市', period: '2023' });
    expect(gdp.sentence).toContain('全年全市地區生產總值');
    for (const r of t) expect(traditional.slice(r.start, r.end)).toBe(r.quote);
    expect(t.find((r) => r.quote === '0.92個百分點')).toMatchObject({ unit: '百分点', measure: 'change' });
  });

  it.each([
    ['a character written elsewhere in the text', '城鄉居民人均可支配收入分別達到4.12萬元和1.86萬元。新建農村公路186公里。'],
    ['a character the text never writes', '城鄉居民人均可支配收入分別達到4.12萬元和1.86萬元。'],
  ])('writes the words a rule adds to an indicator in the source script: %s', (_what, text) => {
    const found = extract(text, { rules, tagger: false });
    expect(found.slice(0, 2).map((r) => r.indicator)).toEqual(['城鎮居民人均可支配收入', '農村居民人均可支配收入']);
  });

  it.each([
    ['訪港旅客達4600萬人次', '4600萬人次', '訪港旅客'],
    ['全縣新增就業3000人', '3000人', '新增就業'],
    ['本地生產總值實質增長2.5%', '2.5%', '本地生產總值'],
  ])('reads a single Traditional sentence, with only a few Traditional-only characters: %s', (sentence, quote, indicator) => {
    const found = extract(sentence, { rules, tagger: false });
    expect(found.map((r) => [r.quote, r.indicator])).toEqual([[quote, indicator]]);
  });

  it('leaves Simplified text with a stray Traditional character alone', () => {
    const text = `${simplified}\n注：“億元”即亿元。`;
    expect(toSimplified(text).converted).toBe(false);
  });

  it('leaves Simplified text alone', () => {
    expect(toSimplified(simplified)).toEqual({ text: simplified, converted: false });
    expect(toSimplified(traditional).text.length).toBe(traditional.length);
  });
});
