import { describe, expect, it } from 'vitest';
import { records } from '../helpers.js';

/** Records of a table, each checked to quote the text at its own offsets. */
function tableRecords(text: string) {
  const got = records(text);
  for (const r of got) expect(text.slice(r.start, r.end)).toBe(r.quote);
  return got;
}

/** What a table's records say of each cell: quote, value, unit, measure, indicator and period. */
function cellFields(text: string) {
  return tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.measure, r.indicator, r.period]);
}

describe('tables written as text', () => {
  it.each([
    ['a markdown table with a unit column and a growth column', '青山县2023年主要指标\n| 指标 | 单位 | 数值 | 增长(%) |\n| --- | --- | --- | --- |\n| 地区生产总值 | 亿元 | 128.6 | 6.8 |\n| 粮食产量 | 万吨 | 21.4 | -1.5 |\n| 森林覆盖率 | % | 63.5 |  |\n', [
      ['128.6', 12860000000, '元', 'level', '地区生产总值', 'quantity/table-cell'],
      ['6.8', 6.8, '%', 'change', '地区生产总值', 'quantity/table-cell'],
      ['21.4', 214000, '吨', 'level', '粮食产量', 'quantity/table-cell'],
      ['-1.5', -1.5, '%', 'change', '粮食产量', 'quantity/table-cell'],
      ['63.5', 63.5, '%', 'level', '森林覆盖率', 'quantity/table-cell'],
    ]],
    ['a unit in the row label and a percent sign written in the cell', '指标\t2024年\t增长\n粮食产量（万吨）\t21.6\t1.2%\n城镇化率(%)\t58.3\t\n森林覆盖率\t63.1%\t\n', [
      ['21.6', 216000, '吨', 'level', '粮食产量', 'quantity/table-cell'],
      ['1.2%', 1.2, '%', 'change', '粮食产量', 'quantity/table-cell'],
      ['58.3', 58.3, '%', 'level', '城镇化率', 'quantity/table-cell'],
      ['63.1%', 63.1, '%', 'level', '森林覆盖率', 'quantity/table-cell'],
    ]],
  ])('reads %s', (_what, text, expected) => {
    const got = tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.measure, r.indicator, r.rule]);
    expect(got).toEqual(expected);
  });

  it("takes each figure's kind from its column: a plan, a result and a target, under any heading", () => {
    const text = '表2 主要指标完成情况\n| 指标 | 单位 | 2024年计划 | 2024年完成 | 2025年目标 |\n|---|---|---|---|---|\n| 地区生产总值增速 | % | 6 | 5.3 | 5.5左右 |\n| 城镇新增就业 | 万人 | 3.2 | 3.5 | 3以上 |\n';
    const got = tableRecords(text).map((r) => [r.quote, r.value, r.kind, r.comparator, r.period]);
    expect(got).toEqual([
      ['6', 6, 'target', '=', '2024'],
      ['5.3', 5.3, 'actual', '=', '2024'],
      ['5.5', 5.5, 'target', '≈', '2025'],
      ['3.2', 32000, 'target', '=', '2024'],
      ['3.5', 35000, 'actual', '=', '2024'],
      ['3', 30000, 'target', '>=', '2025'],
    ]);
  });

  it.each([
    ['a unit line over the header', '表1 2024年主要经济指标\n单位：亿元、%\n指标\t绝对值\t增速\n地区生产总值\t312.4\t5.8\n', [['312.4', 31240000000, '元', 'level'], ['5.8', 5.8, '%', 'change']]],
    ['a unit in brackets after the caption', '表1 2024年主要经济指标（单位：万元）\n指标\t2024年\t2023年\n一般公共预算收入\t186000\t172000\n', [['186000', 1860000000, '元', 'level'], ['172000', 1720000000, '元', 'level']]],
  ])("takes the unit of a table's caption for cells that have none of their own: %s", (_what, text, expected) => {
    expect(tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.measure])).toEqual(expected);
  });

  it('reads a table over years: each row a year, each column a measure, a growth column of the measure before it', () => {
    const text = '表2 2020-2024年地区生产总值及其增长速度\n年份\t地区生产总值（亿元）\t比上年增长（%）\t人均地区生产总值（元）\n2020\t2856.3\t3.2\t56210\n2021年\t3102.5\t8.1\t60920\n';
    const got = cellFields(text);
    expect(got).toEqual([
      ['2856.3', 285630000000, '元', 'level', '地区生产总值', '2020'],
      ['3.2', 3.2, '%', 'change', '地区生产总值', '2020'],
      ['56210', 56210, '元', 'level', '人均地区生产总值', '2020'],
      ['3102.5', 310250000000, '元', 'level', '地区生产总值', '2021'],
      ['8.1', 8.1, '%', 'change', '地区生产总值', '2021'],
      ['60920', 60920, '元', 'level', '人均地区生产总值', '2021'],
    ]);
  });

  it("reads a plan's base-year column as results and its target column as targets", () => {
    const text = '临江市“十五五”生态环境保护规划\n| 指标 | 单位 | 2025年基期 | 2030年目标 | 属性 |\n|---|---|---|---|---|\n| 森林覆盖率 | % | 45.6 | 47 | 约束性 |\n| 空气质量优良天数比率 | % | 91.2 | 92以上 | 约束性 |\n';
    const got = tableRecords(text).map((r) => [r.quote, r.kind, r.comparator, r.period]);
    expect(got).toEqual([['45.6', 'actual', '=', '2025'], ['47', 'target', '=', '2030'], ['91.2', 'actual', '=', '2025'], ['92', 'target', '>=', '2030']]);
  });

  it("reads an estimate of the year's result as a result (预计完成), and no figure from a cell with other words after its number", () => {
    const text = '指标\t单位\t2025年预计完成\t2026年预期目标\n粮食产量\t万吨\t21.6\t21以上\n建设用地\t亩\t1200\t1300亩待批\n';
    const got = tableRecords(text).filter((r) => r.rule === 'quantity/table-cell').map((r) => [r.quote, r.kind, r.comparator]);
    expect(got).toEqual([['21.6', 'actual', '='], ['21', 'target', '>='], ['1200', 'actual', '=']]);
  });

  it('reads a tab-separated table whose header gives the unit', () => {
    const got = records('指标\t2023年(亿元)\t比上年增长%\n一般公共预算收入\t98.6\t6.2\n').map((r) => [r.quote, r.value, r.unit, r.measure]);
    expect(got).toEqual([['98.6', 9860000000, '元', 'level'], ['6.2', 6.2, '%', 'change']]);
  });

  it.each([
    ['full-width spaces', '指标名称　　单位　　绝对数　　比上年增长%\n地区生产总值　　亿元　　１２３４．５　　５．６\n粮食产量　　万吨　　２１．４　　－１．５\n'],
    ['runs of ASCII spaces', '指标名称    单位    绝对数    比上年增长%\n地区生产总值    亿元    1234.5    5.6\n粮食产量    万吨    21.4    -1.5\n'],
  ])('reads a table laid out with %s, as text taken from a PDF or a page', (_what, text) => {
    const got = tableRecords(text).map((r) => [r.value, r.unit, r.measure, r.indicator]);
    expect(got).toEqual([
      [123450000000, '元', 'level', '地区生产总值'],
      [5.6, '%', 'change', '地区生产总值'],
      [214000, '吨', 'level', '粮食产量'],
      [-1.5, '%', 'change', '粮食产量'],
    ]);
  });

  it('takes the year of the caption over a table, and the baseline its column header names', () => {
    const text = '全县概况\n表1  2025年主要农产品产量\n产品      单位      产量      比上年增长%\n粮食      万吨      32.4      2.1\n油料      万吨      3.6       -1.5\n全县人口持续增长。\n| 指标 | 单位 | 数值 |\n|---|---|---|\n| 耕地面积 | 万亩 | 86.5 |\n';
    const got = tableRecords(text).map((r) => [r.quote, r.period, r.baseline]);
    expect(got).toEqual([
      ['32.4', '2025', undefined],
      ['2.1', '2025', '2024'],
      ['3.6', '2025', undefined],
      ['-1.5', '2025', '2024'],
      ['86.5', undefined, undefined],
    ]);
  });

  it('reads a table copied from a page with one cell per line, under its caption year', () => {
    const text = ['2025年1-9月全市主要经济指标', '指标名称', '单位', '1-9月', '同比增长(%)', '规模以上工业增加值', '亿元', '86.32', '7.4', '固定资产投资', '亿元', '—', '5.1', '', '一般公共预算收入', '万元', '96321', '-3.2', '全市经济运行总体平稳。'].join('\n');
    const got = cellFields(text);
    expect(got).toEqual([
      ['86.32', 8632000000, '元', 'level', '规模以上工业增加值', '2025'],
      ['7.4', 7.4, '%', 'change', '规模以上工业增加值', '2025'],
      ['5.1', 5.1, '%', 'change', '固定资产投资', '2025'],
      ['96321', 963210000, '元', 'level', '一般公共预算收入', '2025'],
      ['-3.2', -3.2, '%', 'change', '一般公共预算收入', '2025'],
    ]);
  });

  it.each([
    ['on rows', '序号\t指标\t单位\t2025年\t增长%\n1\t地区生产总值\t亿元\t312.4\t5.8\n2\t粮食产量\t万吨\t21.6\t1.9\n'],
    ['one cell per line', '序号\n指标\n单位\n2025年\n增长%\n1\n地区生产总值\n亿元\n312.4\n5.8\n2\n粮食产量\n万吨\n21.6\n1.9\n'],
  ])('reads a table whose first column numbers the rows (序号), %s', (_what, text) => {
    expect(tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.measure, r.indicator])).toEqual([
      ['312.4', 31240000000, '元', 'level', '地区生产总值'],
      ['5.8', 5.8, '%', 'change', '地区生产总值'],
      ['21.6', 216000, '吨', 'level', '粮食产量'],
      ['1.9', 1.9, '%', 'change', '粮食产量'],
    ]);
  });

  it('gives each cell the year its column names, and a growth column the latest year of the header', () => {
    const text = '主要指标完成情况\n指标\t单位\t2024年\t2025年\t增长%\n地区生产总值\t亿元\t295.3\t312.4\t5.8\n指标\t2025年1-10月\t同比增长%\n规上工业增加值(亿元)\t86.3\t7.4\n';
    expect(tableRecords(text).map((r) => [r.quote, r.period])).toEqual([['295.3', '2024'], ['312.4', '2025'], ['5.8', '2025'], ['86.3', '2025'], ['7.4', '2025']]);
  });

  it("reads a plan's table of main indicators: the row names under 指标 after a category column, changes named by the row, cumulative changes in brackets", () => {
    const text = [
      '云岭市国民经济和社会发展第十五个五年规划纲要',
      '| 类别 | 指标 | 2025年 | 2030年 | 年均增长〔累计〕 | 属性 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| 经济 | 地区生产总值增长（%） | 6.0 | — | 5.5左右 | 预期性 |',
      '| 经济 | 常住人口城镇化率（%） | 58.5 | 63 | 〔4.5〕 | 预期性 |',
      '| 绿色 | 单位地区生产总值能耗降低（%） | — | — | 〔13.5〕 | 约束性 |',
      '| 民生 | 城镇调查失业率（%） | 5.2 | <5.5 | — | 预期性 |',
      '| 民生 | 人均预期寿命（岁） | 78.6 | — | 〔1〕 | 预期性 |',
      '| 安全 | 粮食综合生产能力（万吨） | 52 | 53以上 | — | 约束性 |',
    ].join('\n');
    const got = tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.measure, r.indicator, r.kind, r.comparator, r.period]);
    expect(got).toEqual([
      ['6.0', 6, '%', 'change', '地区生产总值', 'actual', '=', '2025'],
      ['5.5', 5.5, '%', 'change', '地区生产总值', 'target', '≈', '2026-2030'],
      ['58.5', 58.5, '%', 'level', '常住人口城镇化率', 'actual', '=', '2025'],
      ['63', 63, '%', 'level', '常住人口城镇化率', 'target', '=', '2030'],
      ['4.5', 4.5, '百分点', 'change', '常住人口城镇化率', 'target', '=', '2026-2030'],
      ['13.5', -13.5, '%', 'change', '单位地区生产总值能耗', 'target', '=', '2026-2030'],
      ['5.2', 5.2, '%', 'level', '城镇调查失业率', 'actual', '=', '2025'],
      ['5.5', 5.5, '%', 'level', '城镇调查失业率', 'target', '<', '2030'],
      ['78.6', 78.6, '岁', 'level', '人均预期寿命', 'actual', '=', '2025'],
      ['1', 1, '岁', 'change', '人均预期寿命', 'target', '=', '2026-2030'],
      ['52', 520000, '吨', 'level', '粮食综合生产能力', 'actual', '=', '2025'],
      ['53', 530000, '吨', 'level', '粮食综合生产能力', 'target', '>=', '2030'],
    ]);
  });

  it("reads a plan's column of yearly average growth as a change over the years after the base year", () => {
    const text = ['青川县“十五五”规划主要指标', '| 指标 | 单位 | 2025年 | 2030年 | 年均增长（%） |', '|---|---|---|---|---|', '| 地区生产总值 | 亿元 | 312.4 | 420 | 6左右 |'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.measure, r.period])).toEqual([['312.4', 'level', '2025'], ['420', 'level', '2030'], ['6', 'change', '2026-2030']]);
  });

  it('reads a column of shares as levels in percent, a row of a part without its 其中, and a label with numbers as no figures', () => {
    const text = ['表1  2025年年末人口数及其构成', '单位：万人', '指标\t年末数\t比重（%）', '全县人口\t52.6\t100.0', '其中：城镇\t30.1\t57.2', '其中：0—15岁（含不满16周岁）\t8.2\t15.6', '      60周岁及以上\t12.3\t23.4'].join('\n');
    expect(cellFields(text)).toEqual([
      ['52.6', 526000, '人', 'level', '全县人口', '2025'],
      ['100.0', 100, '%', 'level', '全县人口', '2025'],
      ['30.1', 301000, '人', 'level', '城镇', '2025'],
      ['57.2', 57.2, '%', 'level', '城镇', '2025'],
      ['8.2', 82000, '人', 'level', '0—15岁', '2025'],
      ['15.6', 15.6, '%', 'level', '0—15岁', '2025'],
      ['12.3', 123000, '人', 'level', '60周岁及以上', '2025'],
      ['23.4', 23.4, '%', 'level', '60周岁及以上', '2025'],
    ]);
  });

  it("reads a column of the year's budget as the plan for the year reported, beside its result", () => {
    const text = ['青川县教育局2025年部门决算公开说明', '表1  收入支出决算总表', '单位：万元', '项目\t决算数\t年初预算数', '事业收入\t1856.00\t1500.00'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.value, r.kind, r.period])).toEqual([
      ['1856.00', 18560000, 'actual', '2025'],
      ['1500.00', 15000000, 'target', '2025'],
    ]);
  });

  it('takes a unit from a header that counts in it (制发件数) or names it in brackets after 单位', () => {
    const text = ['信息内容\t本年制发件数\t现行有效件数\t收费金额（单位：万元）', '行政规范性文件\t12\t86\t3.5'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.value, r.unit])).toEqual([
      ['12', 12, '件'],
      ['86', 86, '件'],
      ['3.5', 35000, '元'],
    ]);
  });

  it('names what each column measures of the row when columns measure different things', () => {
    const text = ['2025年全县卫生资源情况', '| 机构类别 | 机构数（个） | 床位数（张） | 卫生技术人员（人） |', '|---|---|---|---|', '| 乡镇卫生院 | 18 | 960 | 1040 |'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.unit, r.indicator])).toEqual([
      ['18', '个', '乡镇卫生院机构数'],
      ['960', '张', '乡镇卫生院床位数'],
      ['1040', '人', '乡镇卫生院卫生技术人员'],
    ]);
  });

  it('reads rows named by places as the place of the column measure, and a budget account as no budget column', () => {
    const text = ['临江市2025年各县区主要指标', '| 县区 | 地区生产总值（亿元） | 增速（%） | 一般公共预算收入（亿元） |', '|---|---|---|---|', '| 青石县 | 312.8 | 6.8 | 15.6 |', '| 云溪县 | 286.3 | 7.1 | 12.9 |'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.indicator, r.measure, r.kind, r.region])).toEqual([
      ['312.8', '地区生产总值', 'level', 'actual', '青石县'],
      ['6.8', '地区生产总值', 'change', 'actual', '青石县'],
      ['15.6', '一般公共预算收入', 'level', 'actual', '青石县'],
      ['286.3', '地区生产总值', 'level', 'actual', '云溪县'],
      ['7.1', '地区生产总值', 'change', 'actual', '云溪县'],
      ['12.9', '一般公共预算收入', 'level', 'actual', '云溪县'],
    ]);
  });

  it.each([
    ['one measure in several forms', '| 指标 | 单位 | 绝对数 | 比上年增长（%） | 比重（%） |\n|---|---|---|---|---|\n| 第一产业增加值 | 亿元 | 52.3 | 3.1 | 8.2 |'],
    ['one measure over years', '| 指标 | 2024年 | 2025年 |\n|---|---|---|\n| 第一产业增加值（亿元） | 50.1 | 52.3 |'],
    ['one measure planned and done', '项目\t决算数\t年初预算数\n第一产业增加值\t52.3\t50.0'],
  ])('keeps the row name alone when the columns give %s', (_what, text) => {
    const indicators = new Set(tableRecords(`单位：亿元\n${text}`).map((r) => r.indicator));
    expect([...indicators]).toEqual(['第一产业增加值']);
  });

  it('reads a two-column table set apart by tabs, but not a line of prose with a tab in it', () => {
    const text = ['信息内容\t本年收费金额（单位：万元）', '行政事业性收费\t126.5', '全年新增就业5820人，\t增长3.1%。'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.indicator, r.rule])).toEqual([
      ['126.5', 1265000, '元', '行政事业性收费', 'quantity/table-cell'],
      ['5820人', 5820, '人', '新增就业', 'quantity/number-unit'],
      ['3.1%', 3.1, '%', '新增就业', 'quantity/percent'],
    ]);
  });

  it('reads a Taiwan table: columns of Republic-calendar years, a unit caption naming the currency before its scale', () => {
    const text = ['臺中市113年度統計年報', '表1　主要經濟指標', '單位：新臺幣千元', '項目\t112年\t113年\t增減率（%）', '稅課收入\t125,630,000\t132,450,000\t5.43'].join('\n');
    expect(tableRecords(text).map((r) => [r.quote, r.value, r.unit, r.measure, r.period])).toEqual([
      ['125,630,000', 125630000000, '元', 'level', '2023'],
      ['132,450,000', 132450000000, '元', 'level', '2024'],
      ['5.43', 5.43, '%', 'change', '2024'],
    ]);
  });

  it('reads a row named for a change in a unit of its own as that much, and one in percent as a rate', () => {
    const text = ['表1 主要金融指标', '指标\t2025年', '各项存款余额（亿元）\t3856', '各项存款增加（亿元）\t412', '存款余额增长（%）\t12.0'].join('\n');
    expect(cellFields(text)).toEqual([
      ['3856', 385600000000, '元', 'level', '各项存款余额', '2025'],
      ['412', 41200000000, '元', 'change', '各项存款', '2025'],
      ['12.0', 12, '%', 'change', '存款余额', '2025'],
    ]);
  });

  it('reads short lines of figures without a header column as no table', () => {
    const text = ['数读2025', '地区生产总值', '386.7亿元', '同比增长', '6.3%', '新增城镇就业', '5820人'].join('\n');
    expect(records(text).map((r) => [r.quote, r.rule])).toEqual([
      ['386.7亿元', 'quantity/number-unit'],
      ['6.3%', 'quantity/percent'],
      ['5820人', 'quantity/number-unit'],
    ]);
  });

  it('reads prose with double spaces as prose', () => {
    const got = records('责任编辑：王芳  浏览次数：1234  来源：县政府办公室\n全县新建农村公路120公里，  新增就业3200人。').map((r) => r.quote);
    expect(got).toEqual(['120公里', '3200人']);
  });

  it('reads nothing from rows without a header or from prose with bars', () => {
    expect(records('| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n')).toEqual([]);
    expect(records('首页 | 新闻 | 2023 | 联系我们\n')).toEqual([]);
  });
});

describe('lines that give a measure, its unit in brackets, and its number', () => {
  it('reads each line as the measure it names, a growth line as the change of the one before', () => {
    const text = '临江市2025年主要经济指标\n地区生产总值（亿元）：2683.5\n增长（%）：5.6\n常住人口（万人）：462.3\n城镇化率(%): 63.8\n居民消费价格上涨（%）：0.4';
    expect(cellFields(text)).toEqual([
      ['2683.5', 268350000000, '元', 'level', '地区生产总值', '2025'],
      ['5.6', 5.6, '%', 'change', '地区生产总值', '2025'],
      ['462.3', 4623000, '人', 'level', '常住人口', '2025'],
      ['63.8', 63.8, '%', 'level', '城镇化率', '2025'],
      ['0.4', 0.4, '%', 'change', '居民消费价格', '2025'],
    ]);
  });

  it("reads a plan's numbered list of indicators: a bound after the number, a figure over the plan in brackets", () => {
    const text = '临江市“十五五”规划主要指标\n1.地区生产总值年均增长（%）：6左右\n2.城镇新增就业（万人）：[25]\n3.森林覆盖率（%）：43\n4.单位GDP能耗降低（%）：[13.5]';
    expect(records(text).map((r) => [r.quote, r.value, r.unit, r.measure, r.indicator, r.comparator, r.kind])).toEqual([
      ['6', 6, '%', 'change', '地区生产总值', '≈', 'target'],
      ['25', 250000, '人', 'change', '城镇新增就业', '=', 'target'],
      ['43', 43, '%', 'level', '森林覆盖率', '=', 'target'],
      ['13.5', -13.5, '%', 'change', '单位GDP能耗', '=', 'target'],
    ]);
  });

  it.each([
    ['a telephone number', '联系电话（传真）：0851-1234567'],
    ['a postcode', '邮编（邮政编码）：558000'],
    ['a period in brackets', '第一季度（1—3月）：123'],
    ['a growth line with nothing before it', '增长（%）：5.6'],
  ])('reads no figure from %s', (_what, line) => {
    expect(records(line).map((r) => r.quote)).toEqual([]);
  });
});

describe('lines that give a measure and its figure after a colon', () => {
  it('reads a line that only names a change as the change of the figure on the line before', () => {
    const text = '临江市2025年主要经济指标\n地区生产总值：2683.5亿元\n增长：5.6%\n城镇化率：63.8%\n比上年提高：0.9个百分点';
    expect(cellFields(text)).toEqual([
      ['2683.5亿元', 268350000000, '元', 'level', '地区生产总值', '2025'],
      ['5.6%', 5.6, '%', 'change', '地区生产总值', '2025'],
      ['63.8%', 63.8, '%', 'level', '城镇化率', '2025'],
      ['0.9个百分点', 0.9, '百分点', 'change', '城镇化率', '2025'],
    ]);
  });
});
