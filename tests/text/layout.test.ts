import { describe, expect, it } from 'vitest';
import { Layout, softWraps } from '../../src/text/layout.js';
import { records } from '../helpers.js';

/** A paragraph laid out at a page width in half-width columns, the way text taken from a PDF comes. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of paragraph) {
    const w = ch.charCodeAt(0) < 0x1100 ? 1 : 2;
    if (used + w > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  return [...lines, line].join('\n');
}

const PARAGRAPH =
  '过去一年，全县地区生产总值完成158.3亿元，增长5.8%；一般公共预算收入完成12.6亿元，增长4.1%。城镇居民人均可支配收入达到3.9万元，农村居民人均可支配收入达到1.6万元，分别增长6.2%和8.1%。全年新建农村公路215公里，新增城镇就业3200人，城镇调查失业率控制在5.5%以内。';

/** Figures written in words, long enough that a wrap falls inside some of them at most widths. */
const WORDS =
  '一年来，全县累计培训农村劳动力三千五百八十人次，新建改建村级综合服务中心二十六个，发放各类补助资金一千二百五十万元，全年粮食总产量达到二十一点四五万吨，各项工作取得了明显成效。';

describe('soft wraps', () => {
  it('finds the breaks of prose wrapped at a page width', () => {
    const text = wrap(PARAGRAPH, 60);
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
    expect([...softWraps(text)].sort((a, b) => a - b)).toEqual(breaks.filter((i) => !'。；'.includes(text[i - 1]!)));
  });

  it.each([
    ['paragraphs that end their lines', '一、过去一年工作回顾\n全县地区生产总值完成158.3亿元，增长5.8%。\n一般公共预算收入完成12.6亿元，增长4.1%。\n城镇居民人均可支配收入达到3.9万元。\n'],
    ['a list of items', '主要目标任务\n1.全县新建农村公路120公里左右的目标任务\n2.全县新增城镇就业3200人以上的目标任务\n3.全县新增市场主体2000户以上的目标任务\n4.全县新建幼儿园5所以上的目标任务\n'],
    ['a table laid out with spaces', '地区生产总值    亿元    1234.5    5.6\n一般公共预算收入    亿元    98.6    6.2\n粮食产量    万吨    21.4    -1.5\n城镇居民人均可支配收入    元    42810    4.5\n'],
    ['lines of many widths', '全县新建农村公路120公里，新增市场主体2000户\n城镇居民人均可支配收入达到三万九千元，增长百分之六点二\n新建幼儿园5所\n全年接待游客1.2亿人次，实现旅游总收入1350亿元，分别增长15.3%和18.7%\n'],
  ])('finds none in %s', (_what, text) => {
    expect(softWraps(text).size).toBe(0);
  });

  it('lets a sentence and its clauses run across a wrap, and keeps the lines', () => {
    const text = wrap(PARAGRAPH, 60);
    const layout = new Layout(text);
    expect(layout.lines.length).toBe(text.split('\n').length);
    const at = text.indexOf('8.1%');
    expect(text.slice(layout.sentence(at).start, layout.sentence(at).end)).toContain('城镇居民人均可支配收入');
  });

  it.each([40, 41, 42, 43, 44, 45, 46, 47])('reads numbers in words across a wrap at %i columns', (width) => {
    const whole = records(WORDS).map((r) => [r.value, r.unit, r.indicator]);
    expect(whole.length).toBe(4);
    const text = wrap(WORDS, width);
    const wrapped = records(text);
    expect(wrapped.map((r) => [r.value, r.unit, r.indicator])).toEqual(whole);
    for (const r of wrapped) expect(text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('reads numbers that a line break cuts, in lines of any width', () => {
    const text = '全县地区生产总值完成\n286.4亿元，增长6.2%；规模以上工业增加值增长8.\n5%；一般公共预算收入完成15.3\n亿元，增长4.6%。城镇新增就业1.\n2万人，农村居民人均可支配收入达到21,\n360元。';
    const got = records(text).map((r) => [r.value, r.unit, r.indicator]);
    expect(got).toEqual([
      [28640000000, '元', '地区生产总值'],
      [6.2, '%', '地区生产总值'],
      [8.5, '%', '规模以上工业增加值'],
      [1530000000, '元', '一般公共预算收入'],
      [4.6, '%', '一般公共预算收入'],
      [12000, '人', '城镇新增就业'],
      [21360, '元', '农村居民人均可支配收入'],
    ]);
    for (const r of records(text)) expect(text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('joins no number across the lines of a table copied a cell per line', () => {
    const text = '指标\n单位\n2025年\n增长%\n地区生产总值\n亿元\n312.4\n5.8\n常住人口\n万人\n52.3\n0.4\n';
    expect([...softWraps(text)]).toEqual([]);
  });

  it('reads a number with thousands separators that a wrap cuts after a comma', () => {
    const paragraph = '全年全县农村居民人均可支配收入达到21,360元，增长7.2%；城镇居民人均可支配收入达到43,650元，增长5.1%；全体居民人均消费支出达到18,920元，增长6.0%。';
    const whole = records(paragraph).map((r) => [r.value, r.unit, r.measure, r.indicator]);
    // The widths at which a line ends right after a separator's comma.
    const cut = [30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50].filter((w) => /\d,\n\d/.test(wrap(paragraph, w)));
    expect(cut.length).toBeGreaterThan(0);
    for (const width of cut) {
      const text = wrap(paragraph, width);
      const wrapped = records(text);
      expect(wrapped.map((r) => [r.value, r.unit, r.measure, r.indicator])).toEqual(whole);
      for (const r of wrapped) expect(text.slice(r.start, r.end)).toBe(r.quote);
    }
  });

  it.each([60, 61, 62, 63, 70])('reads the same figures from the paragraph wrapped at %i columns', (width) => {
    const whole = records(PARAGRAPH).map((r) => [r.value, r.unit, r.measure, r.indicator]);
    const text = wrap(PARAGRAPH, width);
    const wrapped = records(text);
    expect(wrapped.map((r) => [r.value, r.unit, r.measure, r.indicator])).toEqual(whole);
    for (const r of wrapped) expect(text.slice(r.start, r.end)).toBe(r.quote);
  });
});

/** Wrapped lines set on pages of `perPage` lines, with the furniture a PDF prints between pages. */
function paginate(text: string, perPage: number, furniture: (page: number) => string[]): string {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if ((i + 1) % perPage === 0 && i + 1 < lines.length) out.push(...furniture(2 + Math.floor(i / perPage)));
  });
  return out.join('\n');
}

describe('soft wraps across page furniture', () => {
  const whole = records(PARAGRAPH).map((r) => [r.value, r.unit, r.measure, r.indicator, r.comparator]);

  it.each<[string, (page: number) => string[]]>([
    ['a page number between dashes', (n) => [`- ${n} -`]],
    ['a page number with blank lines around it', (n) => ['', `— ${n} —`, '']],
    ['第N页 共M页', (n) => [`第 ${n} 页 共 9 页`]],
    ['a page number and a running head', (n) => [`- ${n} -`, '青石县人民政府公报']],
  ])('reads the same figures with %s between pages', (_what, furniture) => {
    for (const [width, perPage] of [[60, 1], [61, 2], [70, 1]] as const) {
      const text = paginate(wrap(PARAGRAPH, width), perPage, furniture);
      const paged = records(text);
      expect(paged.map((r) => [r.value, r.unit, r.measure, r.indicator, r.comparator])).toEqual(whole);
      for (const r of paged) expect(text.slice(r.start, r.end)).toBe(r.quote);
    }
  });

  it("gives each record its sentence on one line, without the wraps or the page's furniture", () => {
    const whole = records(PARAGRAPH).map((r) => r.sentence);
    const text = paginate(wrap(PARAGRAPH, 61), 2, (n) => [`- ${n} -`, '青石县人民政府公报']);
    expect(records(text).map((r) => r.sentence)).toEqual(whole);
  });

  it('ends a paragraph that ends with its page', () => {
    const text = paginate(wrap(PARAGRAPH, 60) + '\n一、2025年工作安排\n今年新增城镇就业3000人以上。', 4, (n) => [`- ${n} -`]);
    const layout = new Layout(text);
    const at = text.indexOf('5.5%');
    expect(text.slice(layout.sentence(at).start, layout.sentence(at).end)).not.toContain('工作安排');
  });
});

/** The paragraph wrapped at each width from 40 to 100 columns whose wrap falls at `cut` (a break before it). */
function wrapsCutting(paragraph: string, cut: string): string[] {
  const texts: string[] = [];
  for (let width = 40; width <= 100; width++) {
    const text = wrap(paragraph, width);
    if (text.includes(cut)) texts.push(text);
  }
  return texts;
}

describe('where a wrapped line goes on', () => {
  const TARGETS =
    '今年全县地区生产总值增长6%左右，一般公共预算收入增长5%，新增城镇就业3200人以上，城镇调查失业率控制在5.5%左右，新开工产业项目45个、总投资5000万元以上，新建改扩建中小学和幼儿园18所，新增学位1.2万个，改造城镇老旧小区26个，惠及居民2300户。';

  it.each([
    ['a decimal opening the next line', PARAGRAPH, '增长\n4.1%', '4.1%', '一般公共预算收入'],
    ['a scale word opening the next line', TARGETS, '5000\n万元', '5000\n万元', '新开工产业项目总投资'],
  ])('reads %s', (_what, paragraph, cut, quote, indicator) => {
    const texts = wrapsCutting(paragraph, cut);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(records(text).find((r) => r.quote === quote)?.indicator).toBe(indicator);
  });

  it('reads an indented first line as the start of its paragraph', () => {
    const text = wrap('    ' + PARAGRAPH, 60);
    expect(softWraps(text).has(text.indexOf('\n'))).toBe(true);
  });

  it.each([
    ['以\n上', '5000万元', '>='],
    ['控制\n在', '5.5%', '≈'],
    ['左\n右', '5.5%', '≈'],
    ['左\n右', '6%', '≈'],
  ])('reads a comparator cut by a wrap (%s)', (cut, quote, comparator) => {
    const texts = wrapsCutting(TARGETS, cut);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(records(text).find((r) => r.quote.replace('\n', '') === quote)?.comparator).toBe(comparator);
  });
});

describe('a wrapped paragraph read as the paragraph', () => {
  const REVIEW = '2023年，全县地区生产总值完成158.3亿元，增长5.8%；一般公共预算收入完成12.6亿元，增长4.1%。城镇居民人均可支配收入达到3.9万元，农村居民人均可支配收入达到1.6万元，分别增长6.2%和8.1%。全年新建农村公路215公里，新增城镇就业3200人，城镇调查失业率控制在5.5%以内。';
  const fields = (text: string) => records(text).map((r) => [r.value, r.unit, r.indicator, r.kind, r.period, r.measure]);

  it.each([40, 45, 50, 55, 60, 65, 70])('gives the opening year and the review style to every line of it at %i columns', (width) => {
    const title = '青石县2025年政府工作报告\n';
    expect(fields(title + wrap(REVIEW, width))).toEqual(fields(title + REVIEW));
  });

  it('treats a line that ends a sentence at the full width as wrapped, unless the next line is indented', () => {
    // Enough lines for the wrap to be seen (three stopping mid-sentence at one width).
    const texts = [...wrapsCutting(REVIEW, '；\n'), ...wrapsCutting(REVIEW, '。\n')].filter((t) => t.split('\n').length >= 5);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const at = text.search(/[；。]\n/) + 1;
      expect(softWraps(text).has(at)).toBe(true);
      const indented = text.slice(0, at + 1) + '  ' + text.slice(at + 1);
      expect(softWraps(indented).has(at)).toBe(false);
    }
  });
});

describe('a report whose paragraphs lost their breaks', () => {
  const review = '一、2024年工作回顾全年地区生产总值完成215.6亿元，增长5.8%。规模以上工业增加值增长7.2%；社会消费品零售总额86.3亿元，增长6.1%。新建农村公路126公里，改造老旧小区42个，新增城镇就业5200人。';
  const plan = '二、2025年主要目标地区生产总值增长6%左右，城镇新增就业5000人以上，城镇调查失业率控制在5.5%以内。';
  const filler = '我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，扎实推进高质量发展，经济社会发展取得新成效。'.repeat(6);
  const text = `青川县人民政府工作报告${filler}${review}${plan}`;

  it('starts a line at each numbered heading that opens a sentence inside a long line', () => {
    const starts = new Layout(text).lines.map((l) => text.slice(l.start, l.start + 2));
    expect(starts).toEqual(['青川', '一、', '二、']);
  });

  it('keeps a long paragraph whole in a text of paragraphs: 二、 there is a list item', () => {
    const paragraph = `主要做了三件事。一、抓项目，新建学校3所。二、抓民生，新增就业5200人。${filler}`;
    const whole = `一、2024年工作回顾\n${paragraph}\n${filler}\n${filler}`;
    expect(new Layout(whole).lines.length).toBe(4);
  });

  it('keeps a short line whole, whatever headings stand in it', () => {
    const short = '一、工作回顾。二、主要目标。';
    expect(new Layout(short).lines).toEqual([{ start: 0, end: short.length }]);
  });

  it('reads the review as results of its year and the plan as targets of the next', () => {
    const got = Object.fromEntries(records(text).map((r) => [r.quote, `${r.kind} ${r.period}`]));
    expect(got['215.6亿元']).toBe('actual 2024');
    expect(got['5200人']).toBe('actual 2024');
    expect(got['6%']).toBe('target 2025');
    expect(got['5.5%']).toBe('target 2025');
  });
});
