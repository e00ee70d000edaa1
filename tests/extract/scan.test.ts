import { describe, expect, it } from 'vitest';
import { records } from '../helpers.js';

type Row = [sentence: string, quote: string, value: number, unit: string, valueMax?: number];

const CASES: Row[] = [
  ['全县公路通车里程达到2480公里', '2480公里', 2480, '公里'],
  ['实现地区生产总值1,234.5亿元', '1,234.5亿元', 123450000000, '元'],
  ['粮食总产量１２．５万吨', '１２．５万吨', 125000, '吨'],
  ['农村转移劳动力两万人', '两万人', 20000, '人'],
  ['全市共有三十五家三甲医院', '三十五家', 35, '家'],
  ['造林三万二千亩', '三万二千亩', 32000, '亩'],
  ['综合能耗十五点六万吨标准煤', '十五点六万吨标准煤', 156000, '吨标准煤'],
  ['新增绿地1.46万平方米', '1.46万平方米', 14600, '平方米'],
  ['完成投资3.5亿元', '3.5亿元', 350000000, '元'],
  ['社会融资规模2.4万亿元', '2.4万亿元', 2.4e12, '元'],
  ['常住人口1270多万人', '1270多万人', 12700000, '人'],
  ['累计投入1000余亿元', '1000余亿元', 100000000000, '元'],
  ['减轻企业负担3万多亿元', '3万多亿元', -3e12, '元'],
  ['日均新设企业1万6千多户', '1万6千多户', 16000, '户'],
  ['出境旅游1亿3千多万人次', '1亿3千多万人次', 130000000, '人次'],
  ['财政收入16.4亿元', '16.4亿元', 1640000000, '元'],
  ['增长15.5%', '15.5%', 15.5, '%'],
  ['比重达到百分之三十', '百分之三十', 30, '%'],
  ['城镇化率提高1.8个百分点', '1.8个百分点', 1.8, '百分点'],
  ['占全县人口的三分之一', '三分之一', 33.3333333333, '%'],
  ['七成以上的村通了客车', '七成', 70, '%'],
  ['产值增长1.5倍', '1.5倍', 1.5, '倍'],
  ['装机容量120万千瓦', '120万千瓦', 1200000, '千瓦'],
  ['发电量35亿千瓦时', '35亿千瓦时', 3500000000, '千瓦时'],
  ['能耗0.45万吨标准煤', '0.45万吨标准煤', 4500, '吨标准煤'],
  ['PM2.5平均浓度28微克/立方米', '28微克/立方米', 28, '微克/立方米'],
  ['人均可支配收入3.2万元/人', '3.2万元/人', 32000, '元/人'],
  ['集装箱吞吐量80万标箱', '80万标箱', 800000, '标箱'],
  ['货运周转量12亿吨公里', '12亿吨公里', 1200000000, '吨公里'],
  ['新建线路3千米', '3千米', 3, '公里'],
  ['建设110kV线路20公里', '20公里', 20, '公里'],
  ['人均预期寿命78.3岁', '78.3岁', 78.3, '岁'],
  ['审批时限压缩至3个工作日', '3个工作日', 3, '工作日'],
  ['增速为负1.5%', '负1.5%', -1.5, '%'],
  ['工业增加值增长-2.3%', '-2.3%', -2.3, '%'],
  ['预计增长5%—6%', '5%—6%', 5, '%', 6],
  ['经济增长6.5%-7%', '6.5%-7%', 6.5, '%', 7],
  ['每年培训3至5万人', '3至5万人', 30000, '人', 50000],
  ['每村配备5-10个公益岗位', '5-10个', 5, '个', 10],
  ['投资120亿元至150亿元', '120亿元至150亿元', 12000000000, '元', 15000000000],
  ['年产值八到九百亿元', '八到九百亿元', 80000000000, '元', 90000000000],
  ['受益群众十到二十万人', '十到二十万人', 100000, '人', 200000],
];

describe('quantities: numbers, scale words and units', () => {
  it.each(CASES)('%s -> %s', (sentence, quote, value, unit, valueMax) => {
    const found = records(sentence).filter((r) => r.quote === quote);
    expect(found, JSON.stringify(records(sentence).map((r) => r.quote))).toHaveLength(1);
    const r = found[0]!;
    expect(r.value).toBeCloseTo(value, 6);
    expect(Number.isInteger(value) ? r.value : value).toBe(value);
    expect(r.unit).toBe(unit);
    expect(r.value_max).toBe(valueMax);
  });

  it('keeps the quote equal to the source span', () => {
    const text = '一、回顾\n全市铁路运营里程达538公里，高速公路1086公里。';
    for (const r of records(text)) expect(text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('counts offsets in characters when the text has astral characters', () => {
    const text = '𠀀𠀁全市铁路运营里程达538公里';
    const [r] = records(text);
    expect(r!.start).toBe([...text].indexOf('5'));
    expect([...text].slice(r!.start, r!.end).join('')).toBe('538公里');
  });

  it('reads a thousands separator but not a clause comma', () => {
    const quotes = records('铁路运营里程达538公里,铁路货运量1,200万吨').map((r) => r.quote);
    expect(quotes).toEqual(['538公里', '1,200万吨']);
  });

  it('takes ambiguous unit words only where the context says so', () => {
    expect(records('全面推行河长制度，落实责任').length).toBe(0);
    expect(records('水稻亩产达到600公斤，大米加工能力提升').map((r) => r.quote)).toEqual(['600公斤']);
    expect(records('路基宽度不得小于4.5米').map((r) => r.unit)).toEqual(['米']);
    expect(records('召开第三次会议，十三次党代会').length).toBe(0);
  });
});
