import { describe, expect, it } from 'vitest';
import { records } from '../helpers.js';

function kinds(text: string): Record<string, string> {
  return Object.fromEntries(records(text).map((r) => [r.quote, r.kind]));
}

describe('kind from document structure', () => {
  it('reads a work report: review section actual, plan section target without cue words', () => {
    const text = [
      '一、2023年工作回顾',
      '全县地区生产总值达到128.6亿元，同比增长6.8%。建成农村公路186公里。',
      '二、2024年工作安排',
      '地区生产总值增长6%左右。建设农村公路120公里，新建幼儿园5所。',
    ].join('\n');
    expect(kinds(text)).toEqual({ '128.6亿元': 'actual', '6.8%': 'actual', '186公里': 'actual', '6%': 'target', '120公里': 'target', '5所': 'target' });
  });

  it('reads a plan document from its title', () => {
    const text = '临江市数字经济发展三年行动方案\n（一）基础设施\n建成5G基站3000个，数据中心机架规模达到2万架。';
    expect(records(text).every((r) => r.kind === 'target')).toBe(true);
  });

  it('reads the base section of a plan document as results, and a task heading naming a base as a task', () => {
    const text = [
      '临江市“十五五”水利发展规划',
      '一、发展基础',
      '全市水利工程供水能力稳定在18.6亿立方米，农田有效灌溉面积为210万亩。',
      '二、重点任务',
      '（一）夯实农业发展基础',
      '新增农田有效灌溉面积为12万亩。',
    ].join('\n');
    expect(kinds(text)).toEqual({ '18.6亿立方米': 'actual', '210万亩': 'actual', '12万亩': 'target' });
  });

  it('reads 预计 and 争取 under a review heading as an estimate and funds secured, elsewhere as targets', () => {
    const text = [
      '一、2025年工作回顾',
      '预计全年地区生产总值完成156亿元、增长6.2%。争取上级资金23.5亿元，落地项目18个。',
      '二、2026年工作安排',
      '预计全年地区生产总值增长6%。争取上级资金25亿元，落地项目20个。',
    ].join('\n');
    expect(kinds(text)).toEqual({ '156亿元': 'actual', '6.2%': 'actual', '23.5亿元': 'actual', '18个': 'actual', '6%': 'target', '25亿元': 'target', '20个': 'target' });
  });

  it('reads a heading of results (施政成果) as a review, where money budgeted was spent, and a task to build on results as no review', () => {
    expect(kinds('一、113年度施政成果\n本府113年度編列經費3,456千元辦理長照服務。')).toEqual({ '3,456千元': 'actual' });
    expect(kinds('二、2026年工作安排\n（三）巩固拓展脱贫攻坚成果\n新建产业路120公里。')).toEqual({ '120公里': 'target' });
  });

  it('reads a heading of results achieved (主要工作成效) as a review, and a share of a target met as a result', () => {
    const text = ['关于全县就业帮扶工作情况的报告', '二、主要工作成效', '（一）就业帮扶持续加力', '脱贫劳动力务工就业2.45万人，完成年度目标任务的106.5%。'].join('\n');
    expect(kinds(text)).toEqual({ '2.45万人': 'actual', '106.5%': 'actual' });
  });

  it.each([
    ['我们的目标是到2030年，把可再生能源比例提升至10%。', '10%'],
    ['政府将在未来五年兴建约3万个公营房屋单位。', '3万个'],
    ['到“十四五”末，全省地区生产总值突破6万亿元。', '6万亿元'],
    ['会议提出，全市地区生产总值增长6%左右，城镇新增就业4万人以上。', '4万人'],
    ['据初步测算，全年地区生产总值可达到1500亿元。', '1500亿元'],
    ['全年粮食产量有望突破60万吨。', '60万吨'],
    ['“十五五”期间，全县将累计完成固定资产投资1000亿元。', '1000亿元'],
    ['今年赤字率拟按3%左右安排，赤字规模4.06万亿元。', '4.06万亿元'],
    ['预测全年经济增长率为4.45%。', '4.45%'],
    ['本縣114年度總預算歲出編列新臺幣335億元。', '335億元'],
    ['今后五年，全县新建学校30所。', '30所'],
  ])('reads a stated aim or the coming years as a target: %s', (text, quote) => {
    expect(kinds(text)[quote]).toBe('target');
  });

  it.each([
    ['全县计划生育率达到99.2%。', '99.2%'],
    ['目标人群疫苗接种率达到98%。', '98%'],
    ['脱贫劳动力务工就业3.6万人，超过年度目标任务0.2万人。', '0.2万人'],
    ['经济增长率初步核算为4.27%，较8月预测数增加0.39个百分点。', '0.39个百分点'],
  ])('reads a plan word inside a name (计划生育, 目标人群) as no target cue: %s', (text, quote) => {
    expect(kinds(text)[quote]).toBe('actual');
  });

  it("reads a plan's list of main targets as targets, a cumulative one (累计) too", () => {
    const text = ['临江市国民经济和社会发展第十五个五年规划纲要', '主要目标：', '——地区生产总值年均增长6%左右；', '——累计新增城镇就业30万人；'].join('\n');
    expect(kinds(text)).toEqual({ '6%': 'target', '30万人': 'target' });
  });

  it('reads the budget draft of a budget report as targets, its execution as results', () => {
    const text = ['关于2025年预算执行情况和2026年预算草案的报告', '一、2025年预算执行情况', '全县一般公共预算收入完成18.6亿元，增长4.2%。', '二、2026年预算草案', '一般公共预算支出安排41.3亿元，下降2%。'].join('\n');
    expect(kinds(text)).toEqual({ '18.6亿元': 'actual', '4.2%': 'actual', '41.3亿元': 'target', '2%': 'target' });
  });

  it('reads the span of years a sentence names against the years the text plans', () => {
    const plan = '临江市国民经济和社会发展第十五个五年规划纲要\n“十四五”时期，全市地区生产总值年均增长6.2%，城镇化率提高到62.5%。\n到2030年，全市地区生产总值突破5000亿元。';
    expect(kinds(plan)).toEqual({ '6.2%': 'actual', '62.5%': 'actual', '5000亿元': 'target' });
    const report = '2026年政府工作报告\n五年来，全县地区生产总值年均增长6%。\n“十五五”期间，新建高速公路100公里。';
    expect(kinds(report)).toEqual({ '6%': 'actual', '100公里': 'target' });
  });

  it('reads years wholly before the date of a news page whose title names targets as reviewed', () => {
    const news = '临江市政府工作报告提出今年发展目标\n2026-01-15 08:42  来源：临江日报\n今年全市地区生产总值增长6%左右。\n“十四五”期间，全市地区生产总值年均增长6.1%，人均地区生产总值突破10万元。';
    expect(kinds(news)).toEqual({ '6%': 'target', '6.1%': 'actual', '10万元': 'actual' });
  });

  it('reads the share of a plan met as a result, unless the words around it aim at it', () => {
    expect(kinds('城镇新增就业计划目标5万人，实际完成5.8万人，完成年度计划的116%。')).toEqual({ '5万人': 'target', '5.8万人': 'actual', '116%': 'actual' });
    expect(kinds('力争城镇新增就业5万人，完成年度计划的100%。')).toEqual({ '5万人': 'target', '100%': 'target' });
    expect(kinds('全年城镇新增就业1267万人，完成全年预期目标的105.6%。')).toEqual({ '1267万人': 'actual', '105.6%': 'actual' });
    expect(kinds('全年新增就业计划5000人，实际达到5320人。')).toEqual({ '5000人': 'target', '5320人': 'actual' });
    expect(kinds('二、2026年工作安排\n地区生产总值实际增长6%左右。')).toEqual({ '6%': 'target' });
  });

  it.each([
    ['a bound before a named target', '居民消费价格上涨0.3%，控制在3%左右的目标以内。', '3%', ['target', '≈', 'change', '居民消费价格']],
    ['a target the result passed', '全年地区生产总值增长6.2%，实现了6%以上的预期目标。', '6%', ['target', '>=', 'change', '地区生产总值']],
    ['a comparison before a named target', '城镇调查失业率为5.1%，低于5.5%的控制目标。', '5.5%', ['target', '=', 'level', '城镇调查失业率']],
    ['the result itself', '城镇调查失业率为5.1%，低于5.5%的控制目标。', '5.1%', ['actual', '=', 'level', '城镇调查失业率']],
    ['a provisional estimate of a result (臨時估計)', '零售業總銷貨價值臨時估計為335億元，按年下跌3.3%。', '3.3%', ['actual', '=', 'change', '零售業總銷貨價值']],
    ['a first estimate of a result (初步估计)', '全年粮食产量初步估计为1.2亿吨。', '1.2亿吨', ['actual', '=', 'level', '粮食产量']],
    ['a comparison before a target of regulation (调控目标)', '居民消费价格上涨0.4%，低于3%的调控目标。', '3%', ['target', '=', 'change', '居民消费价格']],
  ])('reads a figure named a target by the words after it: %s', (_what, sentence, quote, expected) => {
    const r = records(`一、2024年工作回顾\n${sentence}`).find((x) => x.quote === quote);
    expect([r?.kind, r?.comparator, r?.measure, r?.indicator]).toEqual(expected);
  });

  it.each([
    ['全市地区生产总值增长5.3%，低于年度预期目标0.7个百分点。', { '5.3%': 'actual', '0.7个百分点': 'actual' }],
    ['规模以上工业增加值增长8.1%，高于年度目标1.1个百分点。', { '8.1%': 'actual', '1.1个百分点': 'actual' }],
  ])('reads a result compared with its target as a result: %s', (sentence, expected) => {
    expect(kinds(`青石县2024年统计公报\n${sentence}`)).toEqual(expected);
  });

  it('reads a forecast as a target, and cuts the forecast word from its indicator', () => {
    const got = records('二零二四年经济增长百分之二点五。基本通胀率预测为百分之一点五。').map((r) => [r.quote, r.kind, r.indicator]);
    expect(got).toEqual([['百分之二点五', 'actual', '经济'], ['百分之一点五', 'target', '基本通胀率']]);
  });

  it.each([
    ['主計總處預估今年經濟成長率為3.1%。', '3.1%'],
    ['估计全年完成固定资产投资120亿元。', '120亿元'],
  ])('reads an estimate (预估, 估计) as a target outside a review: %s', (text, quote) => {
    expect(kinds(text)[quote]).toBe('target');
  });

  it('reads the year after the one a review reports, not yet over when it was given, as planned', () => {
    const text = '市人大常委会工作报告\n——2026年1月10日在市第十八届人民代表大会第六次会议上\n过去一年，常委会制定地方性法规3件，开展执法检查5次。\n2026年，常委会计划制定地方性法规4件，听取审议专项工作报告25个左右，开展执法检查4次以上。';
    expect(kinds(text)).toEqual({ '3件': 'actual', '5次': 'actual', '4件': 'target', '25个': 'target', '4次': 'target' });
  });

  it('keeps a year a text reports, dated after it, a result', () => {
    const text = '关于2025年度全市国有资产管理情况的综合报告\n——2026年10月22日在市人大常委会会议上\n2025年，市属企业实现营业收入486.3亿元，处置闲置资产132宗。';
    expect(kinds(text)).toEqual({ '486.3亿元': 'actual', '132宗': 'actual' });
  });

  it('reads what follows a budgeted sum (编列) in its sentence as budgeted too', () => {
    expect(kinds('總預算歲入編列2兆7,216億元，較113年度增加2,431億元，增幅9.8%。')).toEqual({ '2兆7,216億元': 'target', '2,431億元': 'target', '9.8%': 'target' });
  });

  it.each([
    ['要新开发公益性岗位2万个，开展职业技能培训50万人次以上。', { '2万个': 'target', '50万人次': 'target' }],
    ['二是各地要新建农村公路120公里，改造危桥30座。', { '120公里': 'target', '30座': 'target' }],
    ['主要农产品产量稳定，粮食产量52万吨。', { '52万吨': 'actual' }],
    ['要求各地已完成整改问题120个。', { '120个': 'actual' }],
  ])('reads a sentence that directs what is to be done (要…, 各地要…) as targets: %s', (sentence, expected) => {
    expect(kinds(`一、上半年工作情况\n${sentence}`)).toEqual(expected);
  });

  it('reads a report on how a plan goes as a review: the plan\'s targets it quotes stay targets, what was done is actual', () => {
    const text = '关于青溪县“十四五”规划实施中期评估情况的报告\n一、主要指标完成情况\n城镇化率：规划目标为2025年达到60%，2023年实际为57.8%。\n研发经费投入强度：规划目标为2.2%，2023年实际为1.9%。';
    const got = records(text);
    expect(got.map((r) => [r.quote, r.indicator, r.kind, r.period])).toEqual([
      ['60%', '城镇化率', 'target', '2025'],
      ['57.8%', '城镇化率', 'actual', '2023'],
      ['2.2%', '研发经费投入强度', 'target', '2021-2025'],
      ['1.9%', '研发经费投入强度', 'actual', '2023'],
    ]);
  });

  it('keeps 力争 a target cue even under a review heading', () => {
    expect(kinds('一、2025年工作回顾\n力争全年新增就业5000人。')).toEqual({ '5000人': 'target' });
  });

  it('reads paragraphs in plan style when no heading says so', () => {
    const text = '加快推进城乡供水一体化，坚决打好污染防治攻坚战，建成乡镇污水处理厂6个。持续推进农村公路建设，完成道路硬化45公里。';
    expect(kinds(text)).toEqual({ '6个': 'target', '45公里': 'target' });
  });

  it('reads a paragraph that says a target was exceeded, or breaks a result down, as results in a news text that plans after', () => {
    const text = [
      '记者从省水利厅获悉，全省新建农村供水工程1260处，提升农村人口供水保障水平86万人，超额完成年度目标任务。',
      '分区域看，平原地区新建412处，山区新建848处。',
      '据介绍，今年计划新建农村供水工程900处左右，加快推进城乡供水一体化。',
      '今年将统筹推进水网建设，力争完成水利投资300亿元以上。',
    ].join('\n');
    expect(kinds(text)).toEqual({ '1260处': 'actual', '86万人': 'actual', '412处': 'actual', '848处': 'actual', '900处': 'target', '300亿元': 'target' });
  });

  it.each([
    ['全年实施计划项目86个，完成投资52亿元。', '86个'],
    ['新增城镇就业5200人，超出目标任务200人。', '200人'],
    ['地区生产总值增长5.2%，低于年初预期目标0.8个百分点。', '0.8个百分点'],
    ['固定资产投资增长3.5%，未完成年度目标。', '3.5%'],
  ])('reads a result compared with its target as a result: %s', (sentence, quote) => {
    expect(kinds(`一、2025年工作回顾\n${sentence}`)[quote]).toBe('actual');
  });

  it('keeps a review actual until a transition to plans', () => {
    const text = [
      '一年来，全市上下团结奋斗，取得了显著成绩。',
      '加快推进交通建设，建成高速公路86公里。',
      '新的一年，我们将持续推进交通建设，新建国省干线公路60公里。',
    ].join('\n');
    expect(kinds(text)).toEqual({ '86公里': 'actual', '60公里': 'target' });
  });

  it('switches to actual after a 完成情况 label inside a target section', () => {
    const text = '二、工作目标\n2016年：计划搬迁1200户。完成情况：建成安置点6个，入住980户。';
    expect(kinds(text)).toEqual({ '1200户': 'target', '6个': 'actual', '980户': 'actual' });
  });

  it('does not take 目标任务全面完成 as a switch to targets', () => {
    const text = '一、过去一年工作回顾\n刚刚过去的一年，主要目标任务全面完成。地区生产总值增长5.8%。';
    expect(kinds(text)).toEqual({ '5.8%': 'actual' });
  });
});
