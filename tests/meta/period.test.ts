import { describe, expect, it } from 'vitest';
import { arabicYears, rocYears } from '../../src/meta/period.js';
import { detectMeta } from '../../src/meta/document.js';
import { records, rules } from '../helpers.js';

function periods(text: string): Record<string, string | undefined> {
  return Object.fromEntries(records(text).map((r) => [r.quote, r.period]));
}

describe('period', () => {
  it.each([
    ['a year named in the sentence', '2022年，全市新建农村公路120公里。', { '120公里': '2022' }],
    ['a target year', '到2025年，森林覆盖率达到65%。', { '65%': '2025' }],
    ['a range of years', '2021—2023年累计完成投资300亿元。', { '300亿元': '2021-2023' }],
    ['the years ahead of a report, from the year it plans', '2026年政府工作报告\n今后五年，全县新建学校30所。未来三年，新增就业3万人。五年来，全县新建学校28所。', { '30所': '2026-2030', '3万人': '2026-2028', '28所': '2021-2025' }],
    ['a policy address (施政报告), which plans the year of its title', '2025年施政報告\n過去一年，本地生產總值實質增長2.5%。本年度經常開支為5,820億元。', { '2.5%': '2024', '5,820億元': '2025' }],
    ['a news item that dates nothing of its own: a later sentence goes on in the year an earlier one named', '新华社北京1月17日电 国家统计局17日发布数据，2025年我国国内生产总值1350840亿元。全年全国居民人均可支配收入43377元。', { '1350840亿元': '2025', '43377元': '2025' }],
    ['…, and in the paragraphs after it', '新华社北京3月12日电 记者获悉，2024年全国新开工改造城镇老旧小区5.4万个。\n分地区看，东部地区改造2.1万个，中部地区1.8万个。', { '5.4万个': '2024', '2.1万个': '2024', '1.8万个': '2024' }],
    ['…, but not past a section\'s heading, from a year a target is set for, or into a sentence with a year of its own', '全县巩固脱贫成果工作情况\n一、基本情况\n2019年底全县贫困人口全部脱贫，68个贫困村全部出列。\n二、主要成效\n全县共识别监测对象1426户。力争到2030年新建学校20所。\n工业用地亩均税收达到25.6万元。', { '68个': '2019', '1426户': undefined, '20所': '2030', '25.6万元': undefined }],
    ['…, but not a level grown from or a yearly average after it', '地区生产总值由2016年的98.6亿元增加到2021年的156.3亿元；一般公共预算收入由6.2亿元增加到9.7亿元，年均增长9.4%。', { '98.6亿元': '2016', '156.3亿元': '2021', '6.2亿元': undefined, '9.7亿元': '2021', '9.4%': undefined }],
    ['the end of a plan', '到“十五五”末，全市地区生产总值突破5000亿元。“十五五”期间，累计完成投资1万亿元。', { '5000亿元': '2030', '1万亿元': '2026-2030' }],
    ['the first years of a plan', '“十二五”前两年，全县地区生产总值年均增长13.5%。', { '13.5%': '2011-2012' }],
    ['the first years of a plan, after 时期', '“十四五”时期头三年，累计完成投资1200亿元。', { '1200亿元': '2021-2023' }],
    ['a line label carried into the list under it', '2017年：计划新建安置点3个:\n东坪：安置房596套；\n西坪：安置房1382套。\n2018年：计划搬迁1495户。', { '3个': '2017', '596套': '2017', '1382套': '2017', '1495户': '2018' }],
    ['a year opening the paragraph', '刚刚过去的2017年，各项目标全面完成。国内生产总值增长6.9%。', { '6.9%': '2017' }],
    ['上年 and 本年 in a bulletin, counted from the year it reports, not the year it came out', '临江县2025年国民经济和社会发展统计公报\n发布时间：2026-03-10\n上年全县财政收入8.6亿元。本年全县财政收入9.1亿元。', { '8.6亿元': '2024', '9.1亿元': '2025' }],
    ['money carried over from the year before (上年结转), which is the reported year\'s', '关于青川市2025年预算执行情况的报告\n加上上年结转5.3亿元，收入总计220.5亿元。', { '5.3亿元': '2025', '220.5亿元': '2025' }],
    ['a list of years before 分别, a year for each figure', '2023年、2024年和2025年全县财政收入分别为8.1亿元、8.6亿元和9.2亿元。', { '8.1亿元': '2023', '8.6亿元': '2024', '9.2亿元': '2025' }],
    ['a list of years after the subject, before 分别', '全县财政收入2023年、2024年和2025年分别为8.1亿元、8.6亿元和9.2亿元。', { '8.1亿元': '2023', '8.6亿元': '2024', '9.2亿元': '2025' }],
    ['a yearly average after two levels, each with its year', '地区生产总值由2016年的98.6亿元增加到2021年的156.3亿元，年均增长7.8%。', { '98.6亿元': '2016', '156.3亿元': '2021', '7.8%': '2017-2021' }],
    ['a report on a year\'s state of affairs (…情况的综合报告), given late in the year after: the year its title names', '关于2025年度全市国有资产管理情况的综合报告\n——2026年10月22日在市人大常委会会议上\n一、总体情况\n全市国有企业资产总额5862.3亿元；负债总额3701.5亿元。', { '5862.3亿元': '2025', '3701.5亿元': '2025' }],
    ['a fiscal year\'s budget (2025至26年度财政预算案) plans its first year and reviews the one before', '二〇二五至二六年度財政預算案\n訪港旅客人次達4,950萬。\n截至2025年3月31日，財政儲備為6,470億元。', { '6,470億元': '2025', '4,950萬': '2024' }],
    ['a budget named in a headline that goes on after it (…總預算案」 歲出規模達…)', '行政院會通過「114年度中央政府總預算案」 歲出規模達2兆8,813億元\n總預算歲入編列2兆7,216億元。', { '2兆8,813億元': '2025', '2兆7,216億元': '2025' }],
    ['a level came back to (恢复至2019年同期的), whose year is not the figure\'s', '2025年第三季本地生產總值\n發佈日期：2025年11月28日\n經濟規模恢復至2019年同期的88.5%。', { '88.5%': '2025' }],
    ['a list of years compared with before 分别: each change is of the year reported', '临江市2025年统计公报\n全市地区生产总值比2020年和2024年分别增长32.5%和5.6%。', { '32.5%': '2025', '5.6%': '2025' }],
    ['a multiple of an earlier year\'s level (是2010年的1.6倍), which is of the year reached', '2016年政府工作报告\n五年来，全县地区生产总值2015年达到158.6亿元，是2010年的1.6倍。', { '158.6亿元': '2015', '1.6倍': '2015' }],
    ['the targets of a text on part of a year, dated before the year is out: the rest of that year', '全省稳就业工作会议讲话\n（2025年7月18日）\n1—6月，全省城镇新增就业38.6万人。\n下半年，要新开发公益性岗位2万个。', { '38.6万人': '2025', '2万个': '2025' }],
    ['a run of years (连续8年, 连续五年, 连续十二年) up to the figure\'s year', '临江市2025年统计公报\n粮食总产量达到1,350.2万吨，连续8年稳定在1,300万吨以上。全年新增城镇就业1.2万人，连续五年超过1万人，连续十二年超过8000人。', { '1,350.2万吨': '2025', '1,300万吨': '2018-2025', '1.2万人': '2025', '1万人': '2021-2025', '8000人': '2014-2025' }],
    ['an average over two years (两年平均增长) up to the figure\'s year', '临江市2021年统计公报\n全年地区生产总值增长8.1%，两年平均增长5.1%。', { '8.1%': '2021', '5.1%': '2020-2021' }],
    ['a level grown from at a plan\'s end (由“十二五”末的…)', '2021年政府工作报告\n五年来，地区生产总值由“十二五”末的1,286亿元增加到1,845亿元，年均增长6.9%。', { '1,286亿元': '2015', '1,845亿元': '2020', '6.9%': '2016-2020' }],
    ['a yearly average in points after two rates, each with its year', '城镇化率从2016年的45%提高到2021年的53.2%，年均提高1.6个百分点。', { '45%': '2016', '53.2%': '2021', '1.6个百分点': '2017-2021' }],
  ])('%s', (_what, text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it('resolves a five-year review: levels grown from, levels reached, flows and changes', () => {
    const text = '刚刚过去的2017年，经济平稳运行。\n五年来，国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。城镇新增就业6600万人以上，人均预期寿命达到76.7岁。';
    expect(periods(text)).toEqual({ '54万亿元': '2012', '82.7万亿元': '2017', '7.1%': '2013-2017', '6600万人': '2013-2017', '76.7岁': '2017' });
  });

  it('gives a contribution to growth over a span that span, beside a level reached in its last year', () => {
    const text = '2021—2025年，全省消费对经济增长的贡献率达到58.6%，工业拉动经济增长2.4个百分点，常住人口城镇化率达到63.5%。';
    expect(periods(text)).toEqual({ '58.6%': '2021-2025', '2.4个百分点': '2021-2025', '63.5%': '2025' });
    expect(periods('2021—2025年，全省科技进步贡献率由55.1%提高到61.2%。')).toEqual({ '55.1%': '2020', '61.2%': '2025' });
  });

  it('gives each change of a 分别 after a list of years compared with its own baseline', () => {
    const got = records('临江市2025年统计公报\n全市地区生产总值比2020年和2024年分别增长32.5%和5.6%；城乡居民收入比2020年、2024年分别增长28%、5.1%。');
    expect(got.map((r) => [r.quote, r.baseline])).toEqual([['32.5%', '2020'], ['5.6%', '2024'], ['28%', '2020'], ['5.1%', '2024']]);
  });

  it('puts a level grown from in the year before, unless a year is named for it', () => {
    expect(periods('2023年，全县城镇化率由48.2%提高到53.5%。')).toEqual({ '48.2%': '2022', '53.5%': '2023' });
    expect(periods('全县贫困人口由2014年的3.2万人减少到2019年的0人。')).toEqual({ '3.2万人': '2014', '0人': '2019' });
  });

  it('gives a level reached after one grown from in a named year the year of its context, not that year', () => {
    expect(periods('临江市2025年统计公报\n失业率由2024年的3.0%上升至3.1%。')).toEqual({ '3.0%': '2024', '3.1%': '2025' });
    expect(periods('2023年，全县城镇化率由2020年的48.2%提高到53.5%。')).toEqual({ '48.2%': '2020', '53.5%': '2023' });
  });

  it('gives the level compared with (较2024年的2.2%, 比上年的4.8%) its own year, the measure of the figure before and no baseline', () => {
    const got = records('2025年全市地区生产总值增长5.6%，比上年的4.8%加快0.8个百分点；税收收入增长3.1%，较2023年的2.5%有所回升。');
    const of = (quote: string) => got.find((r) => r.quote === quote)!;
    expect(['4.8%', '2.5%'].map((q) => [of(q).period, of(q).measure, of(q).indicator, of(q).baseline])).toEqual([
      ['2024', 'change', '地区生产总值', undefined],
      ['2023', 'change', '税收收入', undefined],
    ]);
    expect(of('5.6%').period).toBe('2025');
  });

  it.each([
    ['a census of a year', '2020年全市常住人口为385.6万人，与2010年第六次全国人口普查的361.2万人相比，增加24.4万人。', '361.2万人', '2010'],
    ['the end of a year', '2025年全县城镇化率为58.2%，比2020年末的55.1%提高3.1个百分点。', '55.1%', '2020'],
  ])('gives a level compared with at %s that year', (_what, text, quote, period) => {
    expect(periods(text)[quote]).toBe(period);
  });

  it('tells the 15th five-year plan (十五五) from the 10th (十五), and reads a plan named by its ordinal', () => {
    expect(periods('“十五五”期间，新建高速公路100公里。“十五”期间，新建公路50公里。')).toEqual({ '100公里': '2026-2030', '50公里': '2001-2005' });
    expect(periods('第十四个五年规划期间，全市新增就业50万人。')).toEqual({ '50万人': '2021-2025' });
  });

  it("gives a five-year plan's targets its span when nothing nearer names years", () => {
    expect(periods('青川省“十五五”生态环境保护规划\n三、主要任务\n新增新能源公交车1500辆，建成污水管网4000公里。')).toEqual({ '1500辆': '2026-2030', '4000公里': '2026-2030' });
  });

  it('reads a fiscal year written with its second year short as one period', () => {
    expect(periods('2024/25年度政府收入为5860亿元。預計2025至26年度綜合赤字為670億元。')).toEqual({ '5860亿元': '2024-2025', '670億元': '2025-2026' });
    expect(periods('二〇二五至二六財政年度政府總開支為八千一百億元。')).toEqual({ '八千一百億元': '2025-2026' });
  });

  it('reads the year of a title that names an analysis of the economy (运行简析)', () => {
    expect(periods('临河区2025年前三季度经济运行简析\n前三季度，全区地区生产总值286.2亿元。')).toEqual({ '286.2亿元': '2025' });
  });

  it.each([
    ['关于2026年市级民生实事项目的安排\n1.新建公办幼儿园5所。', '5所'],
    ['2026年全县重点项目投资计划\n全年安排重点项目120个。', '120个'],
    ['2026年全区工作要点\n新增城镇就业6000人。', '6000人'],
  ])('reads the year a plan document names in its title as the planned year: %s', (text, quote) => {
    expect(periods(text)[quote]).toBe('2026');
  });

  it('reads a school year as one period, its levels included', () => {
    expect(periods('2024/2025学年，全县共有普通高中6所，在校生1.26万人。2023—2024学年度招生4120人。')).toEqual({ '6所': '2024-2025', '1.26万人': '2024-2025', '4120人': '2023-2024' });
  });

  it('reads a five-year plan whose title also names a vision year as planning its span', () => {
    const text = '青川县国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n主要目标：地区生产总值年均增长6%左右，研发投入强度达到2.8%。到2035年，城镇化率达到72%。';
    expect(periods(text)).toEqual({ '6%': '2026-2030', '2.8%': '2030', '72%': '2035' });
  });

  it("gives a plan's targets the years its title names in brackets, and a target year its own", () => {
    const text = '青川县乡村振兴三年行动方案（2025—2027年）\n每年新建高标准农田2万亩。到2027年，农村自来水普及率达到95%。';
    expect(periods(text)).toEqual({ '2万亩': '2025-2027', '95%': '2027' });
  });

  it('resolves 去年, 今年 and 明年 in an undated report against the year its title plans', () => {
    const text = '青石县2026年政府工作报告\n一、2025年工作回顾\n去年全县新增就业5600人。\n二、2026年工作安排\n今年新增就业6000人以上，明年力争达到6500人。';
    expect(periods(text)).toEqual({ '5600人': '2025', '6000人': '2026', '6500人': '2027' });
  });

  it('reads a text dated early in a year that speaks up to a month-end of it (截至2月底) as of that year', () => {
    const text = '全市重点项目建设加快推进\n2026-03-10 来源：临江发布\n截至2月底，已开工项目156个。会议要求，确保上半年开工率达到85%以上。';
    expect(periods(text)).toEqual({ '156个': '2026', '85%': '2026' });
  });

  it('names the spans of five-year plans', () => {
    expect(periods('“十三五”期间，全县累计减少贫困人口3.2万人。')).toEqual({ '3.2万人': '2016-2020' });
  });

  it('resolves relative years and the document year, reviews before plans', () => {
    const text = '云溪县政府工作报告\n2024年1月10日\n一、过去一年工作回顾\n去年全县粮食总产量21.4万吨。新建幼儿园3所。\n二、今年工作安排\n今年新建幼儿园5所。';
    expect(periods(text)).toEqual({ '21.4万吨': '2023', '3所': '2023', '5所': '2024' });
  });

  it.each([
    ['a work report title: the year before is reviewed, its own year planned', '北岭县2025年政府工作报告\n过去一年，全县粮食总产量21.4万吨。\n今年主要预期目标：新建幼儿园5所。', { '21.4万吨': '2024', '5所': '2025' }],
    ['a statistical bulletin title: its own year is reported', '临河市2024年国民经济和社会发展统计公报\n全年地区生产总值1210.5亿元，比上年增长5.2%。', { '1210.5亿元': '2024', '5.2%': '2024' }],
    ['a title in Traditional script', '2023年本縣政府工作報告\n一年來，全縣新建農村公路215公里。', { '215公里': '2022' }],
    ['any bulletin title (公报): its own year', '临河市2024年生态环境状况公报\n全市环境空气质量优良天数为341天。', { '341天': '2024' }],
    ['a monthly report title: its own year', '# 临河市2025年1—6月经济运行情况\n上半年，全市地区生产总值1234.5亿元。', { '1234.5亿元': '2025' }],
    ['a press-conference title on how a sector ran', '省政府新闻办举行新闻发布会介绍2025年全省农业农村经济运行情况\n主持人：大家好。\n答：全省粮食总产量达到382.6亿斤。', { '382.6亿斤': '2025' }],
    ['a title on how things stood (情况): its own year', '西川省2025年能源生产和消费情况\n全年原煤产量1.86亿吨，增长2.4%。', { '1.86亿吨': '2025', '2.4%': '2025' }],
    ['a page title naming its site after a bulletin', '2025年全县国民经济和社会发展统计公报_青石县人民政府\n全年粮食总产量21.6万吨。', { '21.6万吨': '2025' }],
    ['a statistics release titled by its quarter (旅游统计)', '2025年第三季度旅游统计\n本季度入境旅客共1023万人次。', { '1023万人次': '2025' }],
    ['a Taiwan release whose title opens with its Republic year', '主計總處新聞稿\n114年第3季經濟成長率概估統計\n一、本季實質GDP為5兆8,226億元。', { '5兆8,226億元': '2025' }],
    ['a Traditional statistics release with its year in Chinese numerals', '二〇二五年第三季旅遊統計\n本季入境旅客共1,023萬人次。', { '1,023萬人次': '2025' }],
    ['a bulletin title with a note in brackets after it', '临河市2024年生态环境状况公报（摘要）\n全市环境空气质量优良天数为341天。', { '341天': '2024' }],
    ['a work report title with a note in brackets after it', '北岭县2025年政府工作报告(全文)\n过去一年，全县新建农村公路215公里。', { '215公里': '2024' }],
    ['a final accounts title: its own year is reported', '青川县教育局2025年部门决算公开说明\n本年收入合计8501.2万元。\n力争明年收入增长3%。', { '8501.2万元': '2025', '3%': '2026' }],
    ['a budget report title: the year executed, then the year budgeted', '关于临江市2025年预算执行情况和2026年预算草案的报告\n全市一般公共预算收入完成86.4亿元。\n力争一般公共预算收入增长5%。', { '86.4亿元': '2025', '5%': '2026' }],
    ['an annual report title: its own year is reported', '青川县人民政府2025年政府信息公开工作年度报告\n三、收到和处理申请情况\n本年新收政府信息公开申请56件。', { '56件': '2025' }],
    ['a departmental budget title: its own year is planned', '临江市财政局2026年部门预算\n力争一般公共预算收入增长5%。', { '5%': '2026' }],
    ['a year after a list number opening its line', '青石县政府工作报告\n2.2024年全县粮食产量21万吨。\n1.2025年，全县新增就业1200人。', { '21万吨': '2024', '1200人': '2025' }],
    ['a year in Chinese digits', '二〇二四年政府工作报告\n过去一年，全县新建农村公路215公里。', { '215公里': '2023' }],
    ['a year in Chinese digits with a circle for the zero', '二○二三年，全县新建农村公路98公里。', { '98公里': '2023' }],
  ])('%s', (_what, text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it.each([
    ['a quarter, dated after it', '发布时间：2026-04-18\n一季度，全市地区生产总值865.3亿元，同比增长5.8%。', '2026'],
    ['months from January, dated after them', '发布日期：2025年7月20日\n1—6月，全县规模以上工业增加值增长7.1%。', '2025'],
    ['a half year, dated after it', '2025-08-02\n上半年全区社会消费品零售总额312.5亿元。', '2025'],
    ['the last quarter, dated early in the next year', '2026-01-21\n四季度，全市居民人均可支配收入增长5.0%。', '2025'],
    ['a quarter not yet over at its date: the one of the year before', '2026-03-10\n一季度全市新增就业1.2万人。', '2025'],
    ['a part of a year with its year named: not this rule', '2026-04-18\n通报2025年一季度情况。全市新增市场主体3000户。', '2025'],
  ])('a dated text about part of a year without its year: %s', (_what, text, year) => {
    const got = records(text).map((r) => r.period);
    expect(got).toEqual(got.map(() => year));
  });

  it.each([
    ['a target for the whole year in a late release: the year of its date', '2025-11-14\n前三季度，全市地区生产总值同比增长5.1%。展望未来，全年经济增长预测维持在5%左右。', { '5.1%': '2025', '5%': '2025' }],
    ['a target without such words in a late release: the year after', '2025-11-14\n前三季度，全市地区生产总值同比增长5.1%。力争新增市场主体3000户。', { '5.1%': '2025', '3000户': '2026' }],
  ])('%s', (_what, text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it('reads years of the Republic calendar in a Traditional text, and not in a Simplified one', () => {
    const taiwan = '臺中市114年度施政成果報告\n本市114年工廠登記家數達1萬9,850家，較上年增加312家。\n四、115年度施政目標\n預計新增社會住宅1,200戶。';
    expect(periods(taiwan)).toEqual({ '1萬9,850家': '2025', '312家': '2025', '1,200戶': '2026' });
    expect(detectMeta('發布日期：114年3月5日\n本市失業率3.6%。', rules, {}, undefined, true).meta.date).toBe('2025-03-05');
    expect(periods('2025年全县工作总结\n建党100年来，全县新增就业5万人。')).toEqual({ '5万人': '2025' });
  });

  it('reads a title only as a title: a report named inside a sentence states no year', () => {
    expect(periods('全县新建农村公路120公里，完成2021年政府工作报告确定的任务。')).toEqual({ '120公里': undefined });
  });

  it('gives a change its baseline', () => {
    const got = records('2023年全县粮食产量比上年增长3.4%，单位地区生产总值能耗比2020年下降13.5%，较“十三五”末提高2个百分点。').map((r) => [r.quote, r.baseline]);
    expect(got).toEqual([['3.4%', '2022'], ['13.5%', '2020'], ['2个百分点', '2020']]);
  });

  it('measures a change against the opening of the year (比年初) as against the close of the year before', () => {
    const got = records('2025年末，全市存款余额2.46万亿元，比年初增加1268亿元；贷款余额比上年末增长9.6%。').map((r) => [r.quote, r.baseline]);
    expect(got).toEqual([['2.46万亿元', undefined], ['1268亿元', '2024'], ['9.6%', '2024']]);
  });
});

/** Years rewritten for the period resolver's copy of the text: same length, so offsets hold. */
describe.each([
  ['arabicYears', arabicYears, [
    ['二〇二四年政府工作报告', '2024年政府工作报告'],
    ['二○一九年末', '2019年末'],
    ['一二三四年', '一二三四年'],
    ['二〇二四', '二〇二四'],
    ['建成二十四年', '建成二十四年'],
  ]],
  ['rocYears', rocYears, [
    ['中华民国114年施政报告', '中华 2025年施政报告'],
    ['114年度预算', '2025年预算'],
    ['本市114年工厂登记', '本2025年工厂登记'],
    ['到114年，失业率', '到2025年失业率'],
    ['较113年增加', '较113年增加'],
    ['成长3.114年', '成长3.114年'],
    ['113年全年观光旅客', '2024年年观光旅客'],
    ['说明：\n113年本县人口', '说明：\n2024年县人口'],
    ['新闻稿\n114年第3季经济成长率', '新闻稿\n2025年3季经济成长率'],
    ['113年1月', '113年1月'],
  ]],
] as const)('%s', (_name, rewrite, cases) => {
  it.each(cases)('%s -> %s', (text, expected) => {
    const out = rewrite(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
