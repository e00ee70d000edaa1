import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and the same on every machine, so a seed names a corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '云溪临江青山河阳东平西林南岭北川安宁长乐新华永丰金沙石门白水龙泉玉屏凤台桃源鹤峰'.split('');
const LEVELS = ['县', '市', '区', '州'];

interface Figure {
  name: string;
  unit: string;
  min: number;
  max: number;
  decimals: number;
  scale?: '万' | '亿' | '';
}

const FIGURES: Figure[] = [
  { name: '地区生产总值', unit: '元', min: 50, max: 3000, decimals: 1, scale: '亿' },
  { name: '一般公共预算收入', unit: '元', min: 3, max: 300, decimals: 2, scale: '亿' },
  { name: '固定资产投资', unit: '元', min: 20, max: 900, decimals: 1, scale: '亿' },
  { name: '社会消费品零售总额', unit: '元', min: 10, max: 1500, decimals: 1, scale: '亿' },
  { name: '规模以上工业增加值', unit: '元', min: 10, max: 800, decimals: 1, scale: '亿' },
  { name: '城镇居民人均可支配收入', unit: '元', min: 18000, max: 72000, decimals: 0, scale: '' },
  { name: '农村居民人均可支配收入', unit: '元', min: 8000, max: 36000, decimals: 0, scale: '' },
  { name: '粮食总产量', unit: '吨', min: 5, max: 120, decimals: 1, scale: '万' },
  { name: '粮食播种面积', unit: '亩', min: 10, max: 300, decimals: 1, scale: '万' },
  { name: '造林绿化面积', unit: '亩', min: 1, max: 40, decimals: 2, scale: '万' },
  { name: '农村公路里程', unit: '公里', min: 100, max: 9000, decimals: 0, scale: '' },
  { name: '高速公路通车里程', unit: '公里', min: 20, max: 800, decimals: 0, scale: '' },
  { name: '城镇新增就业', unit: '人', min: 1000, max: 90000, decimals: 0, scale: '' },
  { name: '农村劳动力转移就业', unit: '人', min: 1, max: 30, decimals: 2, scale: '万' },
  { name: '接待游客', unit: '人次', min: 50, max: 9000, decimals: 0, scale: '万' },
  { name: '新设市场主体', unit: '户', min: 800, max: 60000, decimals: 0, scale: '' },
  { name: '高新技术企业', unit: '家', min: 5, max: 900, decimals: 0, scale: '' },
  { name: '改造老旧小区', unit: '个', min: 5, max: 400, decimals: 0, scale: '' },
  { name: '新建5G基站', unit: '个', min: 50, max: 6000, decimals: 0, scale: '' },
  { name: '新建幼儿园', unit: '所', min: 1, max: 60, decimals: 0, scale: '' },
  { name: '新增床位', unit: '张', min: 50, max: 5000, decimals: 0, scale: '' },
  { name: '装机容量', unit: '千瓦', min: 5, max: 900, decimals: 1, scale: '万' },
  { name: '全社会用电量', unit: '千瓦时', min: 5, max: 600, decimals: 2, scale: '亿' },
  { name: '新建污水管网', unit: '公里', min: 5, max: 400, decimals: 1, scale: '' },
];

const RATES = ['森林覆盖率', '城镇化率', '空气质量优良天数比率', '城镇登记失业率', '污水处理率', '卫生厕所普及率', '研发经费投入强度', '基本医疗保险参保率'];
const REVIEW_OPENERS = ['一年来，', '过去一年，', '2023年，', '全年', '截至年底，', ''];
const PLAN_OPENERS = ['力争', '确保', '计划', '预计', '今年将', ''];
const CHANGE = ['增长', '同比增长', '比上年增长', '下降', '比上年下降', '年均增长'];
const COMPARATOR_AFTER = ['', '', '', '以上', '左右', '以内'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function number(rand: () => number, min: number, max: number, decimals: number): string {
  return (min + rand() * (max - min)).toFixed(decimals);
}

function place(rand: () => number): string {
  return pick(rand, SYLLABLES) + pick(rand, SYLLABLES) + pick(rand, LEVELS);
}

function figureClause(rand: () => number, plan: boolean): string {
  const f = pick(rand, FIGURES);
  const value = number(rand, f.min, f.max, f.decimals) + (f.scale ?? '') + f.unit;
  const opener = plan ? pick(rand, PLAN_OPENERS) : pick(rand, REVIEW_OPENERS);
  const verb = pick(rand, ['达到', '完成', '实现', '', '为']);
  const tail = rand() < 0.6 ? `，${pick(rand, CHANGE)}${number(rand, 0.1, 15, 1)}%${pick(rand, COMPARATOR_AFTER)}` : pick(rand, COMPARATOR_AFTER);
  return `${opener}${f.name}${verb}${value}${tail}`;
}

function rateClause(rand: () => number, plan: boolean): string {
  const r = pick(rand, RATES);
  if (rand() < 0.5) return `${plan ? '力争' : ''}${r}${pick(rand, ['达到', '提高到', '稳定在', '控制在'])}${number(rand, 1, 99, 2)}%${pick(rand, COMPARATOR_AFTER)}`;
  return `${r}${pick(rand, ['提高', '下降'])}${number(rand, 0.1, 5, 1)}个百分点`;
}

const ADVERBS = ['深入', '持续', '全面', '扎实', '大力', '积极', '加快', '稳步', '统筹', '着力', '不断', '切实'];
const VERBS = ['推进', '实施', '推动', '落实', '深化', '完善', '健全', '加强', '优化', '提升', '培育', '打造', '构建', '拓展'];
const OBJECTS = ['乡村振兴战略', '城乡融合发展', '营商环境', '产业链供应链', '基层社会治理', '生态环境保护', '公共服务体系', '科技创新体系', '现代农业园区', '数字政府建设', '交通基础设施', '民生保障体系', '县域经济发展', '文化旅游融合', '要素市场化配置', '安全生产责任制', '防返贫动态监测', '人才引育机制', '招商引资工作', '重大项目建设'];
const GOALS = ['取得明显成效', '迈出坚实步伐', '实现新突破', '呈现新气象', '不断夯实', '稳中有进', '质效双升', '持续向好'];

/** A clause of policy prose with no figure, different on almost every draw: the text between figures. */
function prose(rand: () => number): string {
  return `${pick(rand, ADVERBS)}${pick(rand, VERBS)}${place(rand).slice(0, 2)}${pick(rand, OBJECTS)}，${pick(rand, OBJECTS)}${pick(rand, GOALS)}`;
}

function paragraph(rand: () => number, plan: boolean): string {
  const clauses: string[] = [];
  const n = 3 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    clauses.push(rand() < 0.7 ? figureClause(rand, plan) : rateClause(rand, plan));
    // The prose between figures keeps about one figure per 75 characters: denser than most reports, as the benchmark asks.
    clauses.push(prose(rand));
    clauses.push(prose(rand));
    if (rand() < 0.5) clauses.push(prose(rand));
  }
  const lead = plan ? pick(rand, ['坚持创新驱动，加快建设现代产业体系。', '持续改善城乡环境。', '扎实办好民生实事。', '全力扩大有效投资。']) : pick(rand, ['经济运行稳中向好。', '城乡面貌持续改善。', '民生保障更加有力。', '产业发展提质增效。']);
  return `${prose(rand)}。${lead}${clauses.join('；')}。`;
}

/** One report: a title, a review section, a plan section, or a bulletin, each with dense figures. */
export function generateReport(rand: () => number, serial: number, targetChars: number): string {
  const where = place(rand);
  const style = pick(rand, ['report', 'bulletin', 'plan'] as const);
  const parts: string[] = [];
  if (style === 'bulletin') parts.push(`${where}2023年国民经济和社会发展统计公报（第${serial}号）`, '');
  else parts.push(`${where}${style === 'plan' ? '2024年重点工作安排' : '2024年政府工作报告'}（编号${serial}）`, '');
  let length = parts.join('\n').length;
  let section = 0;
  while (length < targetChars) {
    let heading = '';
    let plan = false;
    if (style === 'report') {
      plan = length > targetChars / 2;
      if ((plan && section < 2) || section === 0) heading = plan ? '二、2024年工作安排' : '一、2023年工作回顾';
    } else if (style === 'plan') plan = true;
    if (heading) {
      parts.push(heading);
      section = plan ? 2 : 1;
    }
    const p = paragraph(rand, plan);
    parts.push(p);
    length += p.length + heading.length + 2;
  }
  return parts.join('\n') + '\n';
}

export interface CorpusOptions {
  dir: string;
  megabytes: number;
  seed?: number;
  /** Characters per file. */
  fileChars?: number;
}

/** Writes report files until their UTF-8 size reaches the target; returns the file count and bytes. */
export function generateCorpus(options: CorpusOptions): { files: number; bytes: number; chars: number } {
  const rand = prng(options.seed ?? 20241122);
  const fileChars = options.fileChars ?? 20000;
  mkdirSync(options.dir, { recursive: true });
  let bytes = 0;
  let chars = 0;
  let files = 0;
  while (bytes < options.megabytes * 1e6) {
    const text = generateReport(rand, files + 1, fileChars);
    const sub = String(Math.floor(files / 500)).padStart(3, '0');
    mkdirSync(join(options.dir, sub), { recursive: true });
    writeFileSync(join(options.dir, sub, `report-${String(files + 1).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    chars += text.length;
    files++;
  }
  return { files, bytes, chars };
}

if (process.argv[1] && process.argv[1].endsWith('generate-corpus.js')) {
  const [dir = '.tmp/corpus', mb = '50', seed = '20241122'] = process.argv.slice(2);
  const r = generateCorpus({ dir, megabytes: Number(mb), seed: Number(seed) });
  console.error(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.chars} characters in ${dir}`);
}
