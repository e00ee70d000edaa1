import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { rules } from '../helpers.js';

/** Characters every rule reacts to: digits, numerals, scale words, units, cues and punctuation. */
const ALPHABET = [...'0123456789０１２.,，。、；：%％-—~至到零〇一二两三四五六七八九十百千万亿多余点分之成倍个家户人元吨亩米公里平方以上内下左右约近超过突破增长下降提高到“”（）()《》第年月日页 \n\f&#;<>/nbspr'];

const hostile = fc.array(fc.constantFrom(...ALPHABET), { minLength: 0, maxLength: 3000 }).map((cs) => cs.join(''));

describe('hostile input', () => {
  it('extracts any string of rule characters quickly, with quotes equal to their spans', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const started = performance.now();
        const records = extract(text, { rules, tagger: false });
        const ms = performance.now() - started;
        expect(ms).toBeLessThan(1000);
        const chars = [...text];
        for (const r of records) expect(chars.slice(r.start, r.end).join('')).toBe(r.quote);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps quotes equal to their spans in text with markup and letter-spacing mixed in', () => {
    const pieces = ['&nbsp;', '<br>', '<br/>', '</p>', '<p class="x">', '&#37;', '&#x3000;', '&amp;', ' ', '全县', '产值', '增长', '1', '2.5', '6', '%', '亿元', '万吨', '，', '。', '\n', '全 县 产 值 1 2 亿 元'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        const chars = [...text];
        for (const r of extract(text, { rules, tagger: false })) expect(chars.slice(r.start, r.end).join('')).toBe(r.quote);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['runs of digits', '9'.repeat(200000)],
    ['runs of Chinese numerals', '一二三四五六七八九十百千万亿'.repeat(20000)],
    ['runs of scale words after a digit', '1' + '万亿'.repeat(100000) + '元'],
    ['alternating ranges', '1-2-3-4-5-'.repeat(30000) + '%'],
    ['nested brackets', '（'.repeat(50000) + '增长5%' + '）'.repeat(50000)],
    ['quotes everywhere', '“增长5%'.repeat(30000)],
    ['a million characters on one line', '全县新建农村公路120公里，新增市场主体2000户，'.repeat(40000)],
    ['a long line of lists of years before 分别', '2023年和2024年财政收入分别为8亿元和9亿元，'.repeat(20000)],
    ['a long line of yearly averages after levels with their years', '由2016年的98亿元增加到2021年的156亿元，年均增长7.8%，'.repeat(20000)],
    ['a long paragraph of sentences after a year', '2025年产值8亿元。全年增长5%，'.repeat(40000)],
    ['a long letter-spaced line', '全 县 新 建 公 路 1 2 0 公 里 ， '.repeat(40000)],
    ['a long line of markup between figures', '<p>全县新建农村公路&nbsp;120公里<br/>增长5&#37;</p>'.repeat(30000)],
    ['a long letter-spaced line with markup in it', '全 县 新 建 公 路 &nbsp; 1 2 0 公 里 <br> '.repeat(30000)],
    ['unclosed tags and entities', '<p 全县&nbsp 新建<'.repeat(60000)],
    ['page numbers, each beside the same running head', Array.from({ length: 100000 }, (_, i) => `- ${i % 999} -\n青石县人民政府公报`).join('\n')],
    ['bare numbers counting pages a page apart', Array.from({ length: 4000 }, (_, i) => `${'全县新建农村公路120公里，'.repeat(30)}\n${(i % 9999) + 1}`).join('\n')],
  ])('finishes on %s in linear time', (_name, text) => {
    const started = performance.now();
    extract(text, { rules, tagger: false });
    expect(performance.now() - started).toBeLessThan(15000);
  });
});
