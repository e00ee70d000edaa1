import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/batch/html.js';

describe('HTML to text', () => {
  it('keeps the article and drops scripts, styles and navigation', () => {
    const html = `<!doctype html><html><head><title>报告</title><style>p{color:red}</style><script>var x = "增长99%";</script></head>
      <body><div class="nav">首页 | 新闻 | 12345热线</div><nav>导航 100个</nav>
      <div class="article"><h1>临江市2023年统计公报</h1><p>全市地区生产总值1862.4亿元，增长5.6%。</p>
      <p>粮食总产量85.6&nbsp;万吨&#xFF0C;比上年增长2.3&#37;。</p></div>
      <div class="footer">版权所有 &copy; 2024</div></body></html>`;
    const text = htmlToText(html);
    expect(text).toContain('临江市2023年统计公报\n全市地区生产总值1862.4亿元，增长5.6%。');
    expect(text).toContain('粮食总产量85.6\u00a0万吨，比上年增长2.3%。');
    expect(text).not.toMatch(/99%|color|导航|12345|版权/);
  });

  it("puts the page's title, which often names its site, on the first line", () => {
    const html = '<html><head><title>2025年全县统计公报_青石县人民政府</title></head><body><h1>2025年全县统计公报</h1><p>全县新建农村公路120公里。</p></body></html>';
    expect(htmlToText(html).split('\n').slice(0, 2)).toEqual(['2025年全县统计公报_青石县人民政府', '2025年全县统计公报']);
  });

  it('keeps the cells of a table row on one line, tab-separated', () => {
    const html = '<table><tr><th>指标</th><th>单位</th><th>数值</th></tr><tr><td>地区生产总值</td><td>亿元</td><td>1862.4</td></tr></table>';
    expect(htmlToText(html).trim().split('\n')).toEqual(['指标\t单位\t数值', '地区生产总值\t亿元\t1862.4']);
  });

  it('survives deeply nested markup without recursion', () => {
    const depth = 20000;
    const html = '<div>'.repeat(depth) + '完成投资3.5亿元' + '</div>'.repeat(depth);
    expect(htmlToText(html).trim()).toBe('完成投资3.5亿元');
  });

  it('copes with unclosed and broken tags', () => {
    expect(htmlToText('<p>新建学校3所<p>新增学位4800个<br>完成<b>改造</i>').split('\n').filter(Boolean)).toEqual(['新建学校3所', '新增学位4800个', '完成改造']);
  });
});
