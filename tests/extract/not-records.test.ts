import { describe, expect, it } from 'vitest';
import { records } from '../helpers.js';

/** Sentences in which no number is an indicator figure. */
const NEGATIVES: [what: string, sentence: string][] = [
  ['years and dates', '2023年12月5日，全县召开经济工作会议。'],
  ['times', '发布时间：2024-01-05 17:30:12'],
  ['quarters', '前三季度经济运行总体平稳'],
  ['the first months of a year, as Hong Kong writes them', '首十个月合计的零售业总销货价值下降'],
  ['document numbers', '根据国发〔2023〕5号文件和皖政办秘〔2021〕82号文件精神'],
  ['article numbers', '依照条例第十二条和第3条的规定'],
  ['ordinals', '第三次全国国土调查，第二轮中央生态环保督察'],
  ['congress numbers', '深入学习党的二十大精神，落实十四届人大二次会议部署'],
  ['congress sessions after a verb of holding', '召开县十八届人大二次会议，召开十四届人大3次会议'],
  ['road and line names', '321国道改扩建，G75高速通车，地铁3号线开通'],
  ['hotline numbers', '畅通12345政务服务便民热线和96567人才服务热线'],
  ['network generations', '加快5G网络和千兆光网建设，推广IPv6'],
  ['numbered slogans', '坚持“两个毫不动摇”，树牢“四个意识”，落实“四个不摘”要求，实施“五大工程”'],
  ['shorthand in quotes', '聚焦“3+1”保障，推进“一区三高地”建设，打造“5个100”工程'],
  ['numbers joined by plus signs', '构建1+N政策体系，实施“5+2”产业集群行动，完善3+X服务清单'],
  ['counted slogans', '围绕三个转向和五个振兴，守住两条底线，建设一中心一张网'],
  ['enumeration words', '一是加快发展；二是稳定就业；三是改善民生。'],
  ['names of substations', '加快实施220KV金门变、110千伏西河变电站等项目'],
  ['page furniture', '责任编辑：王芳  浏览次数：1234  来源：县政府办公室'],
  ['page counters', '当前在线人数：32人  今日访问：1,234人次  共有评论12条，点赞356次'],
  ['plan spans', '“十四五”时期和2021-2023年行动计划'],
  ['codes next to letters', 'PM2.5和PM10浓度持续下降，A4纸，3D打印'],
  ['a dollar sign inside a code', '型号A$5和B2$7停产'],
  ['clock times', '会议于上午9时30分开始，下午三点十五分结束，17点05分30秒散会。'],
  ['clock times and scores written with a colon', '会议于17:10开始，在20：15结束，比分3:1000'],
  ['places moved in a ranking', '综合实力居全国百强县第56位，较上年前移8位，全省排名上升3名。'],
  ['spans and counts of years', '连续3年保持全省第一，力争2年内建成投用，服务期限至2030年底。'],
  ['the years an action takes (用3年时间)', '力争用3年时间完成老旧小区改造'],
  ['numbered big programmes', '开展十大工程，实施五大行动，建设三个大平台'],
  ['spaced dates and ordinals, as text from PDFs', '2023 年 12 月 5 日，第 3 次全国经济普查'],
  ['a number far from the word after it', '编号 12345    万达广场'],
  ['scale words inside set phrases', '千方百计稳就业，走进千家万户，近百年来，开展百日攻坚，万众一心，服务老百姓，打造千亿级产业'],
  ['a unitless number after a noun that implies no unit', '地区生产总值达到1200万，全年财政收入突破30亿'],
  ['a unitless number without a scale word', '全市常住人口达到4800'],
  ['a unitless number whose word after it is not a unit', '全县人口1200万余众'],
  ['a span of time in the name of a service or a commuting ring', '打造15分钟便民生活圈，构建1小时经济圈，推行24小时自助服务，政务服务实现24小时不打烊'],
  ['the amount an exchange rate is quoted for', '按1美元兑换人民币的中间价折算'],
  ['ASCII unit letters inside names and sizes', 'M2余额，5L装桶装水，发放3桶装食用油，LED灯具'],
  ['ages that bound a group of people', '统计0—14岁人口、15—59岁人口和60岁及以上人口，以及15岁及以上不识字的人'],
  ['the base of a rate per so many', '按每10万人口、每100户和每1元财政资金计算'],
  ['time limits opening a clause for doing something', '力争3个月内完成整改，确保30日内完成审批，做到7日内程序回复'],
  ['对 and 具 after a number where they are no counts (一对一, 具有)', '开展一对一结对帮扶，120万具有劳动能力的人口实现就业意愿登记'],
  ['a span of time in the name of an averaged measure', '监测臭氧日最大8小时平均浓度和二氧化硫24小时平均值'],
  ['bare scale words in names of a size (百亿级, 百万人口)', '打造百亿级产业，建设百万人口城市，实施千方百计'],
  ['two cells of a row set apart by a space, not a number grouped by one', '学校数 12 345\n教师数 1 234'],
  ['a note under a table', '注：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。'],
  ['a numbered note', '注1：限额以上单位是指年主营业务收入500万元及以上的服务业企业。'],
  ['a block of notes under their heading', '注释：\n[1]本公报数据为初步统计数。\n[2]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。\n②限额以上批发业统计范围为年主营业务收入2000万元及以上的企业。'],
];

describe('not records', () => {
  it.each(NEGATIVES)('%s', (_what, sentence) => {
    expect(records(sentence).map((r) => r.quote)).toEqual([]);
  });

  it('keeps the count in 5G基站200个 but not the 5 of 5G', () => {
    expect(records('新增5G基站200个').map((r) => r.quote)).toEqual(['200个']);
  });

  it('drops the link titles listed under a related-articles heading, not the report text above or a sentence below', () => {
    const text = ['全县新增城镇就业5820人。', '往期推荐', '▶ 喜报！青川3个项目入选省级名单', '▶ 全县召开2026年第1次常务会议', '相关阅读：', '全年接待游客520万人次，增长12%。'].join('\n');
    expect(records(text).map((r) => r.quote)).toEqual(['5820人', '520万人次', '12%']);
  });

  it('drops the headlines listed under the buttons below an article, once its prose has begun', () => {
    const text = ['前三季度，全县地区生产总值完成218.6亿元，同比增长5.9%，高于全市平均水平。', '【打印】【关闭】', '· 我县新增就业1.2万人（10-26）', '· 全县完成造林2.3万亩（10-20）'].join('\n');
    expect(records(text).map((r) => r.quote)).toEqual(['218.6亿元', '5.9%']);
  });

  it('keeps short lines below the buttons of a page that come before its prose', () => {
    const text = ['发布时间：2025-10-28　【打印】【关闭】', '地区生产总值 218.6亿元', '前三季度，全县地区生产总值完成218.6亿元，同比增长5.9%，高于全市平均水平。'].join('\n');
    expect(records(text).map((r) => r.quote)).toEqual(['218.6亿元', '218.6亿元', '5.9%']);
  });

  it('reads a page flattened into one line: the prose keeps its figures, the labels and links lose theirs', () => {
    const page = '首页 政务公开 您的位置：首页>>新闻动态 东平县一季度经济实现良好开局 发布日期：2025-04-22 信息来源：县统计局 阅读次数：892 一季度，全县实现地区生产总值86.2亿元，同比增长6.1%。全县规模以上工业企业达到126家，规模以上工业增加值同比增长8.4%。 【打印本页】 【关闭窗口】 上一篇：东平县召开春耕生产现场会 下一篇：全县新增市场主体1200户 备案号：鲁ICP备05012345号';
    expect(records(page).map((r) => r.quote)).toEqual(['86.2亿元', '6.1%', '126家', '8.4%']);
  });

  it('keeps figures after a label of the prose that ends like a byline label (资金来源：)', () => {
    expect(records('资金来源：中央预算内投资1.2亿元').map((r) => r.quote)).toEqual(['1.2亿元']);
  });

  it('keeps the report text before a block of notes, and after it ends', () => {
    const text = '全年规模以上工业增加值增长6.8%。\n注释：\n[1]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。\n全年新增就业1.2万人。';
    expect(records(text).map((r) => r.quote)).toEqual(['6.8%', '1.2万人']);
  });

  it('keeps figures after a label that ends like a note heading (备注：)', () => {
    expect(records('备注：全年新增就业1.2万人。').map((r) => r.quote)).toEqual(['1.2万人']);
  });

  it('keeps figures on a line that is not page furniture', () => {
    expect(records('编辑部\n全年接待游客520万人次').map((r) => r.quote)).toEqual(['520万人次']);
  });
});

/** Figures that look like what a not-record rule drops, and must stay: scores beside clock times, 大 after a unit. */
describe('figures the not-record rules keep', () => {
  it.each([
    ['考核得分95分', '95分'],
    ['群众满意度测评平均得分为92.6分', '92.6分'],
    ['外贸进出口总额突破3000亿美元大关', '3000亿美元'],
    ['全年实施100个大项目', '100个'],
    ['全年户均停电时间8小时，平均每次停电1.2小时', '8小时'],
    ['臭氧日最大8小时平均浓度为148微克/立方米', '148微克/立方米'],
    ['全市平均通勤时间为35分钟', '35分钟'],
    ['急救平均反应时间缩短至12分钟', '12分钟'],
    ['全年引进博士12名、硕士86位', '86位'],
    ['据介绍，“新增就业3200人”', '3200人'],
    ['他说：“全年新建农村公路120公里。”', '120公里'],
    ['全市常住人口比上年末增加了3200人', '3200人'],
    ['人均预期寿命达到80岁以上', '80岁'],
    ['男性平均预期寿命76.5岁，女性82.1岁', '82.1岁'],
    ['每10万人口拥有执业医师285人', '285人'],
    ['平均每次停电1.2小时', '1.2小时'],
    ['新增十余家规上企业', '十余家'],
    ['建成十多个示范点', '十多个'],
    ['不动产登记3个工作日内办结', '3个工作日'],
    ['全年共召开3次全体会议、12次常务会议', '3次'],
    ['全年共召开3次全体会议、12次常务会议', '12次'],
    ['开展3次专项督查', '3次'],
  ])('%s', (sentence, quote) => {
    expect(records(sentence).map((r) => r.quote)).toContain(quote);
  });
});

describe('a bare number after a noun that names no ratio to one', () => {
  it.each(['城乡居民收入增长2.3', '三次产业结构比为8.1', '城乡居民收入比缩小0.05'])('%s gives no record', (sentence) => {
    expect(records(sentence).filter((r) => r.rule === 'quantity/ratio-to-one')).toEqual([]);
  });
});
