import { describe, expect, it } from 'vitest';
import { readMarkup } from '../../src/text/markup.js';
import { sourceEnd, sourceStart } from '../../src/text/rewritten.js';
import { records } from '../helpers.js';

describe('markup left in a plain-text file', () => {
  it.each([
    ['an entity between a number and its unit', '一般公共预算收入7.86&nbsp;亿元', '一般公共预算收入7.86 亿元'],
    ['entities for marks and numbers', '&lt;注&gt;增长5&#37;，&ldquo;十五五&rdquo;&#x3000;期间', '<注>增长5%，“十五五”\u3000期间'],
    ['line-breaking tags as line ends, other tags as nothing', '<p>全县地区生产总值<b>128.6</b>亿元。<br/>粮食产量21.6万吨</p>', '\n全县地区生产总值128.6亿元。\n粮食产量21.6万吨\n'],
    ['the cells of a row apart', '<tr><td>粮食产量</td><td>21.6</td></tr>', '\n 粮食产量 21.6\n'],
    ['an unknown entity as written', '研发投入&foo;增长8%', undefined],
    ['comparisons that are no tags', '细颗粒物浓度<35微克/立方米，增速>5%', undefined],
  ])('reads %s', (_what, source, text) => {
    expect(readMarkup(source)?.text).toBe(text);
  });

  it('maps every character back to where it, or the markup it was read from, stands in the source', () => {
    const source = '增长5&#37;，收入7.86&nbsp;亿元';
    const r = readMarkup(source)!;
    const at = r.text.indexOf('%');
    expect(source.slice(sourceStart(r, at), sourceEnd(r, at))).toBe('&#37;');
    const seven = r.text.indexOf('7');
    expect(source.slice(sourceStart(r, seven), sourceEnd(r, seven))).toBe('7');
  });

  it('gives the records of scraped text its figures, with quotes cut from the source as written', () => {
    const source = '临江县2025年统计公报\n全县地区生产总值&nbsp;128.6亿元，比上年增长6.2%。<br>一般公共预算收入7.86&nbsp;亿元，增长5&#37;。<br/>城镇新增就业&nbsp;&nbsp;3,200人。';
    const got = records(source);
    expect(got.map((r) => [r.quote, r.indicator, r.value])).toEqual([
      ['128.6亿元', '地区生产总值', 12860000000],
      ['6.2%', '地区生产总值', 6.2],
      ['7.86&nbsp;亿元', '一般公共预算收入', 786000000],
      ['5&#37;', '一般公共预算收入', 5],
      ['3,200人', '城镇新增就业', 3200],
    ]);
    for (const r of got) expect(source.slice(r.start, r.end)).toBe(r.quote);
  });
});
