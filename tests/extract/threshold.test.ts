import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../src/extract/scan.js';
import { boundsNextThing } from '../../src/extract/threshold.js';
import { Layout } from '../../src/text/layout.js';
import { rules } from '../helpers.js';

/** Whether the figure quoted bounds the kind of thing the next figure of its clause counts. */
function bounds(text: string, quote: string): boolean {
  const layout = new Layout(text);
  const qs = scanQuantities(text, rules);
  const i = qs.findIndex((q) => text.slice(q.start, q.end) === quote);
  expect(i).toBeGreaterThanOrEqual(0);
  return boundsNextThing(qs[i]!, qs[i + 1], layout);
}

describe('a threshold that names the thing counted after it', () => {
  it.each([
    ['其中10亿元以上项目6个', '10亿元'],
    ['新签约5000万元以上项目26个', '5000万元'],
    ['年营业收入2000万元以上的服务业企业达到86家', '2000万元'],
    ['培育产值超10亿元企业8家', '10亿元'],
    ['其中5亿元至10亿元项目12个', '5亿元至10亿元'],
    ['全县30户以上自然村寨通硬化路率达100%', '30户'],
  ])('%s: %s bounds', (text, quote) => {
    expect(bounds(text, quote)).toBe(true);
  });

  it.each([
    ['a level with a bound, then a change in its own clause', '实现营业收入2000万元以上，增长8%', '2000万元'],
    ['an amount spent on what is then counted', '投资10亿元建设产业园1个', '10亿元'],
    ['a bound followed by a change word', '完成投资10亿元以上增长12%', '10亿元'],
    ['the last figure of its clause', '新签约5000万元以上项目', '5000万元'],
    ['a plain level before a list', '新增就业1.2万人、返乡创业800人', '1.2万人'],
  ])('%s does not bound: %s', (_what, text, quote) => {
    expect(bounds(text, quote)).toBe(false);
  });
});
