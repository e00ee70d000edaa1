import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankPageDebris } from '../../src/text/page-debris.js';

/** The lines of `text` left after blanking, blank ones dropped. */
function keptLines(text: string): string[] {
  return blankPageDebris(text).text.split('\n').filter((l) => l.trim() !== '');
}

describe('page furniture', () => {
  it.each([
    ['a number between dashes', '- 3 -'],
    ['a number between em dashes', '— 12 —'],
    ['a number between full-width hyphens folded to ASCII', '-7-'],
    ['第N页', '第 4 页'],
    ['第N页 共M页', '第4页 共20页'],
    ['共M页 第N页', '共20页，第4页'],
    ['an English page line', 'Page 4 of 20'],
    ['a page number after a form feed', '\f— 5 —'],
  ])('blanks %s', (_what, furniture) => {
    const text = `全县地区生产总值完成158.3亿元，\n${furniture}\n增长5.8%。\n`;
    expect(keptLines(text)).toEqual(['全县地区生产总值完成158.3亿元，', '增长5.8%。']);
  });

  it.each([
    ['a bare number, as a table copied one cell per line has', '地区生产总值\n158.3\n增长\n5.8\n'],
    ['a dash line under a title', '2025年政府工作报告\n——2025年1月8日在县第十八届人民代表大会第四次会议上\n'],
    ['a page word inside prose', '网站共有页面3200个，第一页浏览量最高。\n'],
    ['a range written with a dash', '全年气温\n-3 - 38\n摄氏度\n'],
  ])('leaves %s', (_what, text) => {
    const blanked = blankPageDebris(text);
    expect(blanked.text).toBe(text);
    expect(blanked.gaps).toEqual([]);
  });

  it('blanks bare page numbers that count pages in order, a page apart', () => {
    const page = '全县地区生产总值完成158.3亿元，增长5.8%；一般公共预算收入完成12.6亿元，增长4.1%。'.repeat(8);
    const text = [page, '', '2', '', page, '', '3', '', page, '', '4', '', page].join('\n');
    expect(keptLines(text)).toEqual([page, page, page, page]);
  });

  it('blanks a bare page number beside a form feed, as pdftotext writes page breaks', () => {
    const text = '全县地区生产总值完成158.3亿元，\n\n7\n\f增长5.8%。\n';
    expect(keptLines(text)).toEqual(['全县地区生产总值完成158.3亿元，', '增长5.8%。']);
  });

  it.each([
    ['a table copied one cell per line, its rows numbered', '序号\n指标\n数值\n1\n地区生产总值\n158.3\n2\n粮食产量\n21.4\n3\n新增就业\n3200\n4\n森林覆盖率\n63.5\n'],
    ['two bare numbers in order only', '全县地区生产总值完成158.3亿元。'.repeat(20) + '\n2\n' + '全年新增就业3200人。'.repeat(30) + '\n3\n' + '粮食产量21.4万吨。'],
  ])('keeps the bare numbers of %s', (_what, text) => {
    expect(blankPageDebris(text).text).toBe(text);
  });

  it('blanks a running head printed beside the page number on every page, not its first use as a title', () => {
    const text = [
      '青石县人民政府公报',
      '全县粮食总产量达到21.4万吨，',
      '— 2 —',
      '青石县人民政府公报',
      '增长1.5%。',
      '— 3 —',
      '青石县人民政府公报',
      '生猪出栏18.6万头。',
    ].join('\n');
    expect(keptLines(text)).toEqual(['青石县人民政府公报', '全县粮食总产量达到21.4万吨，', '增长1.5%。', '生猪出栏18.6万头。']);
  });

  it('keeps a short line that stands between two page numbers: beside both, it is still one line', () => {
    const text = '全县粮食总产量达到21.4万吨，\n- 2 -\n增长1.5%，生猪出栏18.6万头，\n- 3 -\n增长2.1%。\n';
    expect(keptLines(text)).toEqual(['全县粮食总产量达到21.4万吨，', '增长1.5%，生猪出栏18.6万头，', '增长2.1%。']);
  });

  it('keeps a line beside one page number only: a running head repeats', () => {
    const text = '全年新增城镇就业3200人。\n- 2 -\n二、2025年工作安排\n今年新增城镇就业3000人以上。\n';
    expect(keptLines(text)).toContain('二、2025年工作安排');
  });

  it('keeps every other character at its offset and marks each gap from the line break before it', () => {
    const text = '全县地区生产总值完成\r\n\r\n  - 2 -  \r\n\f\r\n158.3亿元。\n';
    const { text: blanked, gaps } = blankPageDebris(text);
    expect(blanked.length).toBe(text.length);
    const start = text.indexOf('\n');
    const end = text.indexOf('158');
    expect(gaps).toEqual([{ start, end }]);
    expect(blanked.slice(start, end)).toBe('\n'.repeat(end - start));
    expect(blanked.slice(0, start) + blanked.slice(end)).toBe(text.slice(0, start) + text.slice(end));
  });

  it('finishes on a text that opens with a blank line before its first page number', () => {
    const text = '\n\f\n第2页 共9页\n增长1.5%。\n';
    expect(keptLines(text)).toEqual(['增长1.5%。']);
  });

  it('changes only the characters of its gaps, each to a line break, on any text', () => {
    const line = fc.constantFrom('- 3 -', '第2页 共9页', '7', '青石县人民政府公报', '全县粮食总产量达到21.4万吨，', '增长1.5%。', '', '\f', '  ');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const { text: blanked, gaps } = blankPageDebris(text);
        expect(blanked.length).toBe(text.length);
        const inGap = new Uint8Array(text.length);
        for (const g of gaps) for (let i = g.start; i < g.end; i++) inGap[i] = 1;
        for (let i = 0; i < text.length; i++) expect(blanked[i]).toBe(inGap[i] ? '\n' : text[i]);
      }),
      { numRuns: 300 },
    );
  });
});
