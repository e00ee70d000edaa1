import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../src/meta/document.js';
import { jiebaTagger } from '../../src/text/segment.js';
import { records, rules } from '../helpers.js';

function regions(text: string): Record<string, string | undefined> {
  return Object.fromEntries(records(text, true).map((r) => [r.quote, r.region]));
}

describe('document metadata', () => {
  it.each([
    ['a city report', '临江市2023年政府工作报告\n2024年1月8日\n全市地区生产总值2683.5亿元。全市新增就业5万人。', { title: '临江市2023年政府工作报告', date: '2024-01-08', region: '临江市' }],
    ['a province plan', '青川省数字经济发展三年行动方案\n全省建成5G基站12万个，全省数字经济规模突破1万亿元。', { title: '青川省数字经济发展三年行动方案', region: '青川省' }],
    ['a national report', '政府工作报告\n五年来，我国经济实力跃上新台阶，全国城镇新增就业6600万人以上，我国粮食产量稳定。', { title: '政府工作报告', region: '全国' }],
    ['a county page with a byline', '首页 > 新闻\n发布时间：2023-12-29 17:33 来源：云溪县人民政府\n云溪县：这一年\n地处山区的云溪县，全县铁路里程达538公里，全县公路1086公里。', { date: '2023-12-29', region: '云溪县' }],
    ['a title with its year before the place, named once', '2025年临江市生态环境状况公报\n全市环境空气质量优良天数为341天。', { title: '2025年临江市生态环境状况公报', region: '临江市' }],
    ['a page whose byline holds a report word', '当前位置：首页 > 部门动态\n发布时间：2026-04-18 10:32  来源：市统计局  浏览次数：1832\n记者从临河市统计局获悉，一季度全市地区生产总值865.3亿元，同比增长5.8%，增速高于全省0.6个百分点。', { date: '2026-04-18' }],
    ['a page whose title names its site', '2025年全县国民经济和社会发展统计公报_青石县人民政府\n2025年全县国民经济和社会发展统计公报\n全县地区生产总值312.4亿元。', { title: '2025年全县国民经济和社会发展统计公报', region: '青石县' }],
    ['a page title with its section and site', '关于2025年预算执行情况的报告 - 财政信息 - 临江市财政局\n全市一般公共预算收入86.4亿元。', { title: '关于2025年预算执行情况的报告', region: '临江市' }],
    ['a report whose formula names the level, not a place (我代表省人民政府)', '政府工作报告\n——在江沅省第十四届人民代表大会第四次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。全省地区生产总值增长5.4%。', { region: '江沅省' }],
    ['a town report, which speaks as the town', '石桥镇2025年政府工作报告\n全镇实现农业总产值6.3亿元，全镇新增城镇就业620人。', { title: '石桥镇2025年政府工作报告', region: '石桥镇' }],
    ['a province plan naming national-level titles', '青川省推进新型工业化三年行动计划\n到2027年，全省培育国家级专精特新企业150家、国家级绿色工厂80家、国家级智能工厂20个。', { region: '青川省' }],
    ['a department\'s final accounts, whose first heading is no title and whose 国内 is no nation', '青川县教育局2025年部门决算公开说明\n一、收入支出决算总体情况说明\n2025年度收入总计865.2万元，全年接待国内来访团组35批次。', { title: '青川县教育局2025年部门决算公开说明', region: '青川县' }],
    ['a banner (旗) with a long name', '科尔沁右翼前旗2025年政府工作报告\n全旗新建嘎查村级活动场所15处。', { region: '科尔沁右翼前旗' }],
    ['a new area reporting as a government (新区)', '滨湖新区2025年政府工作报告\n过去一年，全区地区生产总值完成865.2亿元。', { region: '滨湖新区' }],
    ['a development zone reporting through its committee', '临江经济技术开发区管委会2025年工作报告\n全区规上工业产值突破1200亿元。', { region: '临江经济技术开发区' }],
    ['a subdistrict (街道) speaking as one', '东华街道2025年工作总结\n全街道新增市场主体320户。', { region: '东华街道' }],
    ['a league (盟)', '锡林郭勒盟2025年国民经济和社会发展统计公报\n全盟牲畜存栏1200万头。', { region: '锡林郭勒盟' }],
    ['a party congress report, whose party name holds no place (中国共产党)', '中国共产党青石县第十五次代表大会报告\n五年来，全县地区生产总值年均增长7.8%。', { region: '青石县' }],
    ['a party congress report under the short party name (中共)', '中共临江市第九次代表大会报告\n五年来，全市新增城镇就业12.6万人。', { region: '临江市' }],
    ['a news title that opens with months and names foreign trade (省外贸)', '前10个月青川省外贸进出口稳中有升\n前10个月，全省货物贸易进出口总值4862.3亿元。', { region: '青川省' }],
    ['a bulletin of civil affairs (市民政)', '2025年临江市民政事业发展统计公报\n全市共有养老机构236个。', { region: '临江市' }],
    ['a quarterly title whose quarter comes before the district', '2025年前三季度滨江区经济运行情况\n前三季度，全区地区生产总值增长5.1%。', { region: '滨江区' }],
    ['a quarterly title whose quarter comes before a new area', '2025年前三季度滨湖新区经济运行情况\n前三季度，全区规上工业增加值增长6.2%。', { region: '滨湖新区' }],
    ['a release that names the Chinese mainland (中国内地), which is no 国内', '第三季度旅游统计\n中国内地旅客765万人次，香港旅客164万人次。旅客总消费218.6亿澳门元，人均消费2137澳门元。', { region: '澳门特别行政区' }],
    ['a report on 我区 whose body names the district', '关于我区2025年国民经济和社会发展计划执行情况的报告\n东湖区人民代表大会常务委员会\n2025年，东湖区地区生产总值486.2亿元，全区规上工业增加值增长6%。', { region: '东湖区' }],
    ['a report of a place\'s political consultative conference (政协…)', '政协临川市第九届委员会常务委员会工作报告\n2025年，委员们共提交提案386件。', { region: '临川市' }],
    ['a report on a new area opening with 关于', '关于滨湖新区2025年国民经济和社会发展计划执行情况的报告\n全区地区生产总值486.2亿元。', { region: '滨湖新区' }],
    ['a district whose name ends like a word that names none (山区)', '南山区2025年上半年经济运行情况\n上半年，全区地区生产总值1862.4亿元。', { title: '南山区2025年上半年经济运行情况', region: '南山区' }],
  ])('finds title, date and region of %s', (_what, text, expected) => {
    expect(detectMeta(text, rules).meta).toMatchObject(expected);
  });

  it.each([
    ['a development zone named alone', '开发区2025年工作报告\n全区新增企业56家。'],
    ['a new area the title only mentions', '关于支持滨湖新区建设的若干措施\n全区新增企业56家。'],
    ['mountain areas (山区) in the body', '2025年全县经济运行情况\n偏远山区新建通村公路86公里，贫困山区新增就业1200人。'],
    ['kinds of protected area (自然保护区, 风景名胜区) in a breakdown', '2025年全省林业发展情况\n其中国家公园1处，自然保护区166处，风景名胜区52处。'],
  ])('finds no place in %s', (_what, text) => {
    expect(detectMeta(text, rules).meta.region).toBeUndefined();
  });

  it.each([
    ['2024年1月8日在县人大会议上', '2024-01-08'],
    ['发布时间：2025-10-28 09:15', '2025-10-28'],
    ['2025/3/5', '2025-03-05'],
    ['2025.11.02', '2025-11-02'],
    ['2025年1-9月主要经济指标', undefined],
    ['2025年1—6月经济运行情况', undefined],
    ['公共财政\n截至2025年3月31日，财政储备为6470亿元。', undefined],
    ['财政储备截止2025年12月31日为6470亿元。\n发布时间：2026-02-26', '2026-02-26'],
    ['项目于2025年6月30日竣工。', undefined],
  ])('reads the date in %s as %s', (text, date) => {
    expect(detectMeta(text, rules).meta.date).toBe(date);
  });

  it.each([
    ['关于', '关于青原市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n全市地区生产总值增长5.5%。'],
    ['位于', '项目简介\n该项目位于青原市东部，总投资12亿元。全市新增就业1万人。'],
  ])('finds a place whose name follows %s, with the words jieba reads', (_word, text) => {
    expect(detectMeta(text, rules, {}, jiebaTagger(rules.jiebaUserDict)).meta.region).toBe('青原市');
  });

  it('never takes a byline for the title', () => {
    const text = '发布日期：2025-07-16 信息来源：县统计局 字号：[大 中 小]\n上半年全县经济运行情况\n上半年，全县地区生产总值112.6亿元。';
    expect(detectMeta(text, rules).meta.title).toBe('上半年全县经济运行情况');
  });

  it('never takes the links to the articles before and after for the title', () => {
    const text = '前三季度全市经济运行稳中有进\n前三季度，全市地区生产总值2316.8亿元。\n上一篇：8月份全市经济运行情况  下一篇：关于开展统计执法检查的通知';
    expect(detectMeta(text, rules).meta.title).toBe('前三季度全市经济运行稳中有进');
  });

  it('never takes a menu or breadcrumb for the title', () => {
    const text = '首页 | 机构概况 | 政务公开 | 互动交流\n您当前的位置：首页 > 政务公开 > 统计信息\n2025年前三季度全区经济运行情况\n前三季度，全区地区生产总值412.36亿元。';
    expect(detectMeta(text, rules).meta.title).toBe('2025年前三季度全区经济运行情况');
  });

  it('never takes the links and site furniture after the body for the title', () => {
    const text = [
      '首页 | 政务公开 | 政务服务 | 互动交流',
      '临河区2025年前三季度经济运行简析',
      '前三季度，全区实现地区生产总值286.2亿元，同比增长5.9%。',
      '相关链接： 国家统计局 | 省统计局',
      '主办单位：临河区人民政府办公室',
    ].join('\n');
    expect(detectMeta(text, rules).meta).toMatchObject({ title: '临河区2025年前三季度经济运行简析', region: '临河区' });
  });

  it('finds a title below a welcome line that is prose', () => {
    const text = '欢迎访问临河市人民政府门户网站。今天是2026年3月5日，星期四。\n临河市2025年国民经济和社会发展统计公报\n全市地区生产总值2683.5亿元。';
    expect(detectMeta(text, rules).meta).toMatchObject({ title: '临河市2025年国民经济和社会发展统计公报', region: '临河市' });
  });

  it('takes values given for a document over what the text suggests', () => {
    expect(detectMeta('临江市2023年政府工作报告\n全市新增就业5万人。', rules, { region: '临江县', date: '2024-02-01' }).meta).toMatchObject({ region: '临江县', date: '2024-02-01' });
  });
});

describe('region', () => {
  it.each([
    ['counties, named as regions', '临江市2025年统计公报\n分县区地区生产总值如下：\n青石县：312.4亿元；\n河西县：289.1亿元。', [['312.4亿元', '地区生产总值', '青石县'], ['289.1亿元', '地区生产总值', '河西县']]],
    ['townships, which keep their names', '青石县2025年工作总结\n各乡镇新增就业情况：\n河西镇：1200人；\n东关镇：860人。', [['1200人', '河西镇新增就业', undefined], ['860人', '东关镇新增就业', undefined]]],
  ])('reads a list of places under a line naming what it gives: %s', (_what, text, expected) => {
    expect(records(text, true).map((r) => [r.quote, r.indicator, r.region])).toEqual(expected);
  });

  it('gives figures of an autonomous region, opening with 全区, the region, and those of a city it names the city', () => {
    const text = '宁夏回族自治区2025年国民经济和社会发展统计公报\n全区地区生产总值5315亿元。银川市地区生产总值2890亿元。';
    expect(records(text, true).map((r) => [r.quote, r.region])).toEqual([['5315亿元', '宁夏回族自治区'], ['2890亿元', '银川市']]);
  });

  it.each([
    ['a stem ending in 州', '江州市2025年政府工作报告\n全市新增就业5万人。', '江州市'],
    ['a province whose name ends in 州', '云州省2025年统计公报\n全省地区生产总值增长5%。', '云州省'],
    ['a stem ending in 乡', '北乡市2025年政府工作报告\n全市新增就业5万人。', '北乡市'],
    ['a stem opening with 大', '大河市2025年政府工作报告\n全市新增就业5万人。', '大河市'],
    ['a stem opening with 新', '新平县2025年政府工作报告\n全县新增就业5000人。', '新平县'],
    ['a stem with 多', '多伦诺尔市2025年政府工作报告\n全市新增就业5万人。', '多伦诺尔市'],
    ['an autonomous county, with a long stem', '云岭彝族苗族自治县2025年政府工作报告\n全县新增就业5000人。', '云岭彝族苗族自治县'],
    ['a stem opening with a word that holds a function character (和平区)', '和平区2025年政府工作报告\n全区新增就业5000人。', '和平区'],
    ['a special administrative region', '香港特别行政区2025年施政报告\n本港经济增长2.5%。全港失业率3.1%。', '香港特别行政区'],
    ['an autonomous region, whose 全区 speaks for it', '北疆维吾尔自治区2025年统计公报\n全区地区生产总值增长5%。全区新增就业20万人。', '北疆维吾尔自治区'],
    ['a government named in the heading (县政府)', '青石县政府\n2025年工作总结\n全县新增就业5000人。', '青石县'],
    ["a special administrative region's government", '澳门特别行政区政府\n二〇二五年财政年度施政报告\n本澳经济增长2.5%。', '澳门特别行政区'],
    ['Hong Kong named only as 本港', '財政預算案\n本港經濟去年增長百分之三點二，全港失業率為百分之三。', '香港特别行政区'],
    ['Macao named only as 本澳', '施政報告\n本澳經濟增長百分之八，全澳就業人口三十七萬人。', '澳门特别行政区'],
    ['Hong Kong named without its suffix, in a release that speaks as 本港', '统计处公布香港2025年第三季本地生产总值\n本港经济增长2.5%，全港失业率3.1%。', '香港特别行政区'],
    ['a province that speaks of Hong Kong often, named in full', '广东省人民政府工作报告\n深化与香港、澳门合作，香港投资企业增加，香港和澳门游客增多。全省地区生产总值增长5%。', '广东省'],
    ['a year before a place whose first character opens a word with it (年青)', '2025年青川市卫生健康事业发展统计公报\n全市医疗卫生机构2846个。', '青川市'],
    ['a city whose stem ends in 城, opening the title', '盐城市2025年国民经济和社会发展统计公报\n全市地区生产总值增长5%，创建全国文明城市。', '盐城市'],
    ['a city whose stem ends in 城, after the months a title covers', '2025年1-10月盐城市主要经济指标\n全市地区生产总值增长5%，中心城区人口增加。', '盐城市'],
    ['a city whose stem ends in 城, after the half-year a title covers', '2025年上半年盐城市经济运行情况\n全市地区生产总值增长5%。', '盐城市'],
    ['a city whose stem ends in 城, after the year', '2025年聊城市政府工作报告\n全市新增就业5万人，建设海绵城市。', '聊城市'],
    ['a city whose stem ends in 城, after its province', '江苏省宣城市：全市新增就业5万人，中心城区人口增长。', '宣城市'],
    ['a county whose stem ends in 城', '商城县2025年政府工作报告\n全县新增就业5000人。', '商城县'],
    ['a province whose stem ends in 城', '2024年江城省科技经费投入统计公报\n全省研发经费增长9.6%。', '江城省'],
    ['a place beside its political consultative conference (县政协), not 市政 works', '全市市政工程投资12亿元。江州市政协委员提案320件。全市新增就业5万人。', '江州市'],
  ])('finds the place of %s', (_what, text, region) => {
    expect(detectMeta(text, rules, {}, jiebaTagger(rules.jiebaUserDict)).meta.region).toBe(region);
  });

  it('gives a Traditional text its region in Simplified script', () => {
    expect(records('香港特別行政區2025年施政報告\n本港經濟增長2.5%。', true).map((r) => r.region)).toEqual(['香港特别行政区']);
  });

  it.each([
    ['ranks ending in 大/强 (农业大省, 制造强市)', '全省建设农业大省，打造制造强市，培育旅游名县。\n全省新增就业5万人。'],
    ['a count before a level word (许多市县)', '许多市县实施了项目。全省新增就业5万人。'],
    ['a conjunction before a place (和临江市)', '会议在江北召开，和临江市签约。全省新增就业5万人。'],
    ['mountain areas (山区) in the body', '2025年全县经济运行情况\n偏远山区新建通村公路86公里，贫困山区新增就业1200人。'],
    ['kinds of city and urban area (文明城市, 中心城区, 大城市)', '2025年全市经济运行情况\n创建全国文明城市，建设海绵城市，中心城区人口增长3%，大城市，主城区新增绿地。'],
  ])('finds no place in %s', (_what, text) => {
    expect(detectMeta(text, rules, {}, jiebaTagger(rules.jiebaUserDict)).meta.region).toBeUndefined();
  });

  it('reads a run of places, each with its figures, in a city bulletin', () => {
    const text = '临江市2025年国民经济和社会发展统计公报\n分县看，青石县地区生产总值312.4亿元，增长5.8%；河西县289.1亿元，增长4.9%；北山县增长6.3%。';
    const got = records(text, true).map((r) => [r.quote, r.indicator, r.region]);
    expect(got).toEqual([
      ['312.4亿元', '地区生产总值', '青石县'],
      ['5.8%', '地区生产总值', '青石县'],
      ['289.1亿元', '地区生产总值', '河西县'],
      ['4.9%', '地区生产总值', '河西县'],
      ['6.3%', '地区生产总值', '北山县'],
    ]);
  });

  it('reads a district named once right before its figure in a breakdown as a place, but not a listed word (老城区)', () => {
    const text = '临江市2025年统计公报\n全市地区生产总值856.2亿元。分县区看，东城区312.4亿元，增长6.2%；青石县108.6亿元，增长5.1%；老城区88.3亿元。';
    expect(records(text, true).map((r) => [r.quote, r.indicator, r.region])).toEqual([
      ['856.2亿元', '地区生产总值', '临江市'],
      ['312.4亿元', '地区生产总值', '东城区'],
      ['6.2%', '地区生产总值', '东城区'],
      ['108.6亿元', '地区生产总值', '青石县'],
      ['5.1%', '地区生产总值', '青石县'],
      ['88.3亿元', '老城区', '临江市'],
    ]);
  });

  it('finds a county named before 地区生产总值, whose 地区 is no place suffix', () => {
    expect(regions('临江市2025年统计公报\n全市地区生产总值2683.5亿元。青石县地区生产总值312.4亿元。')).toEqual({ '2683.5亿元': '临江市', '312.4亿元': '青石县' });
  });

  it('resolves 全市 and 我市 to the document region', () => {
    expect(regions('临江市2023年政府工作报告\n全市新增就业5万人，我市粮食产量85万吨。')).toEqual({ '5万人': '临江市', '85万吨': '临江市' });
  });

  it('resolves figures of a national report to 全国', () => {
    expect(regions('政府工作报告\n我国国内生产总值增长5.2%，全国城镇新增就业1244万人，全国粮食产量1.39万亿斤。')).toEqual({ '5.2%': '全国', '1244万人': '全国', '1.39万亿斤': '全国' });
  });

  it('lets a county-level place named in the clause win, and leaves townships without one', () => {
    const text = '临江市2023年政府工作报告\n全市新增就业5万人。河西区完成投资12亿元，青山县新建学校3所。\n全市新建安置房1469套（其中：东坪镇204套、南岭镇400套）。';
    expect(regions(text)).toEqual({ '5万人': '临江市', '12亿元': '河西区', '3所': '青山县', '1469套': '临江市', '204套': undefined, '400套': undefined });
  });
});

describe('region of a figure about a place above the document', () => {
  const county = (body: string) => `青石县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长6.1%。${body}`;
  const regions = (text: string) => records(text, true).map((r) => [r.quote, r.indicator, r.region]);

  it("keeps the place the title names when its own words are as many as another level's", () => {
    expect(detectMeta(county('全省地区生产总值增长5.3%。全国增长5.0%。'), rules, {}, jiebaTagger(rules.jiebaUserDict)).meta.region).toBe('青石县');
  });

  it.each([
    ['the nation', '全国地区生产总值增长5.0%。', ['5.0%', '地区生产总值', '全国']],
    ['the province, not named in the text', '全省地区生产总值增长5.3%。', ['5.3%', '地区生产总值', undefined]],
    ['the province the text names', '云州省地区生产总值增长5.3%。全省粮食产量增长1.2%。', ['1.2%', '粮食产量', '云州省']],
    ["a city named at the clause's start, which is its region and no part of what is measured", '临江市地区生产总值增长5.2%。', ['5.2%', '地区生产总值', '临江市']],
    ['the whole province after a city, sharing its measure but not its place', '临江市地区生产总值增长5.2%，全省增长5.0%。', ['5.0%', '地区生产总值', undefined]],
    ['a city named before its verb of reporting, which goes with it', '临江市实现地区生产总值1862.4亿元。', ['1862.4亿元', '地区生产总值', '临江市']],
    ['a city named inside a clause: where money came from', '全县争取临江市资金1.2亿元。', ['1.2亿元', '临江市资金', '青石县']],
    ['a sentence of its own on the whole province, naming no measure', '全省增长5.3%。', ['5.3%', '地区生产总值', undefined]],
  ])('reads %s', (_what, body, expected) => {
    expect(regions(county(body)).at(-1)).toEqual(expected);
  });
});
