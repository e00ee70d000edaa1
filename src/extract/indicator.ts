import type { CompiledRules } from '../rules/compile.js';
import type { Tagger } from '../text/segment.js';
import { CharSet, DE, isAsciiLetter, isDigit, isHan, smallCount } from '../text/chars.js';
import { COMPARED_LEVEL } from '../text/compared.js';
import { unwrapLines } from '../text/layout.js';
import { headingOf } from '../text/structure.js';
import { LEVEL_IN, LEVEL_ONLY } from '../text/levels.js';

/** What the indicator finder needs to know about one quantity and its clause. */
export interface IndicatorContext {
  text: string;
  clauseStart: number;
  clauseEnd: number;
  /** Where the quantity's own words begin (before a comparator such as 超过). */
  cueStart: number;
  /** End of the quantity and any comparator after it (以上, 左右). */
  after: number;
  /** End of the nearest earlier quantity in the same clause, or -1. */
  previousEnd: number;
  /** Indicator of the nearest earlier record in the same sentence. */
  previousIndicator: string | undefined;
  /** The earlier quantity is glued to this one (1.24万户4.09万人) or joined by 、 only. */
  previousAdjacent: boolean;
  /** The nearest earlier record of the sentence counts in the same unit (亩 and 亩, not 元 and 人). */
  sameUnitAsPrevious: boolean;
  /** Indicator of the sentence's last earlier record in this figure's unit, wherever it stands. */
  earlierInUnit?: string;
  /** The same for the line, across its sentences (…；初中18所 after 小学42所). */
  lineEarlierInUnit?: string;
  /** Set by the finder: where the noun after the number ends, when it took one. */
  nounEnd?: number;
  /** Set by the finder: the figure remarks on the one before (为预算的102.5%) and is no subject for later clauses. */
  aside?: boolean;
  /** Indicator of the last record on this line, across sentences (收入1.82亿元；支出0.96亿元). */
  lineIndicator?: string;
  /** The last figure anywhere before: its end and indicator. */
  lastFigure?: { end: number; indicator: string };
  /** Indicator of the first record of the sentence: the subject that generic heads (总投资) belong to. */
  sentenceSubject: string | undefined;
  /** That subject counts people or households (新增就业1.5万人): no 产值 or 总投资 is its. */
  sentenceSubjectCountsPeople?: boolean;
  /** The quantity is a change, so a leading decrease verb (降低, 减轻) is already in its sign. */
  isChange: boolean;
  /** The words after the figure name it a target (3%左右的目标以内): it counts no thing after it. */
  namesTarget?: boolean;
}

const LIST_BREAK = '、';
/** What may open a segment but never an indicator: punctuation, bullets, emoji; not brackets or quotes. */
const LEADING_MARKS = /^[^\p{L}\p{N}（(“"《]+/u;

/** A short label in heavy brackets (【数读】, 【权威发布】). */
const BRACKETED_LABEL = /^【[^【】]{1,10}】\s*/;

/** Opening quotation marks with the mark that closes each. */
const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/** What opens a segment but is no part of what it measures: marks, list markers, time and region words, reporting verbs. */
export function stripLeading(s: string, rules: CompiledRules): string {
  for (let guard = 0; guard < 12 && s.length > 0; guard++) {
    const before = s;
    // 【数读】, 【图解】: a short label in heavy brackets opening a line heads it and measures nothing.
    if (s[0] === '【') s = s.replace(BRACKETED_LABEL, '');
    // Punctuation, bullets and emoji (▌, 📍, ▶) are never part of what is measured; brackets and quotes may be.
    if (s.length > 0 && !isHan(s[0])) s = s.replace(LEADING_MARKS, '');
    // 一是 / 1. / （二）: list markers open many report sentences and are never part of what is measured.
    const enumerator = rules.enumeratorAtStart.exec(s);
    if (enumerator) s = s.slice(enumerator[0].length);
    s = s.replace(/^[（）()]+/, '');
    // 他说：“全年新建农村公路…: a quotation's opening mark with no closing mark after it opens speech, not a name.
    const close = OPEN_TO_CLOSE[s[0] ?? ''];
    if (close && !s.includes(close, 1)) s = s.slice(1);
    const time = rules.timeAtStart.exec(s);
    if (time && time[0].length > 0) s = s.slice(time[0].length);
    const region = rules.regionWords.matchAt(s, 0);
    if (region) s = s.slice(region.word.length);
    const body = rules.reportingBodies.matchAt(s, 0);
    if (body && rules.reportingVerbs.matchAt(s, body.word.length)) s = s.slice(body.word.length);
    const drop = rules.dropLeading.matchAt(s, 0);
    // 政府性基金, 完成率: the word goes on into a longer one and is not dropped.
    if (drop && !rules.wordContinuations.matchAt(s, drop.word.length) && !rules.wordContinuationsFor.get(drop.word)?.matchAt(s, drop.word.length)) s = s.slice(drop.word.length);
    if (s === before) break;
  }
  return s;
}

/** 户均 and 人均 say what the figure is per: their 均 is not the word `ending` (均) to drop from `s`. */
function endsInPerQualifier(s: string, ending: string, rules: CompiledRules): boolean {
  const per = rules.perQualifiers.matchEnd(s);
  return per !== undefined && per.word.length > ending.length;
}

function stripTrailing(s: string, rules: CompiledRules): string {
  for (let guard = 0; guard < 12 && s.length > 0; guard++) {
    const before = s;
    s = s.replace(/[\s、，,：:“"（(·…—-]+$/, '');
    // 人口密度每平方公里 (1.2万人): what the figure is per belongs to its unit, not to what is measured.
    s = s.replace(PER_UNIT_AT_END, '');
    if (RATE_BASE_ENDS.includes(s[s.length - 1] ?? '')) s = s.replace(RATE_BASE_AT_END, '');
    const drop = rules.dropTrailing.matchEnd(s);
    // 通达 and 到达 are verbs of their own, not 达 after a noun.
    const verb = rules.objectVerbEnd.matchEnd(s);
    // 初中, 高中: a whole noun that ends in a dropped word keeps it.
    const kept = drop ? rules.keepTrailing.matchEnd(s) : undefined;
    if (drop && !(verb && verb.word.length > drop.word.length) && !endsInPerQualifier(s, drop.word, rules) && !(kept && kept.word.length > drop.word.length)) s = s.slice(0, s.length - drop.word.length);
    const change = rules.changeVerbs.matchEnd(s);
    // One-character verbs (增, 减) end many nouns; those listed (升, 跌 of 按年跌3.2%) end none.
    // 工业拉动经济增长(2.1个百分点): the growth a contribution pulls is what is measured, not a change verb.
    if (change && (change.word.length > 1 || rules.oneCharChangeEnds.has(change.word)) && !PULLED_GROWTH.test(s)) {
      s = s.slice(0, s.length - change.word.length);
      // 农民增收5%: the verb holds what changed (收入), which the words before it do not name.
      const noun = CHANGED_NOUN[change.word];
      // Not after an average alone (户均增收 is of what the average measures) nor after a verb (全部实现增收).
      if (noun && s.length > 1 && !s.endsWith(noun)) {
        const per = rules.perQualifiers.matchEnd(s);
        if (per?.word !== s && (per || !rules.dropTrailing.matchEnd(s)) && !rules.objectVerbEnd.matchEnd(s)) s += noun;
      }
    }
    const adv = rules.measureAdverbs.matchEnd(s);
    if (adv && !endsInPerQualifier(s, adv.word, rules)) s = s.slice(0, s.length - adv.word.length);
    // 增速比全国、全省分别高: the comparison's own word goes with it (not the 高 of 提高, which no 比 precedes).
    if (GAP_WORD_ENDS.includes(s[s.length - 1] ?? '')) s = s.replace(COMPARED_GAP_AT_END, '');
    // 增速快于城镇居民(2.3个百分点): what a gap is measured against is no part of what is measured.
    const against = COMPARED_AGAINST_AT_END.exec(s);
    if (against && against.index >= 2) s = s.slice(0, against.index);
    // 地区生产总值计划(增长6%): the plan word says kind, not what is measured; 占年度计划 names a share's whole.
    if (s.endsWith('计划')) s = s.replace(PLAN_WORD_AT_END, '');
    // 比上年末 / 比2020年 / 比全国、全省 (高): the baseline belongs to the change, not to the indicator; taken
    // before the year or the place alone, which would leave its 比 behind.
    const baseline = rules.baselineAtEnd.exec(s);
    if (baseline && baseline[0].length > 1) s = s.slice(0, baseline.index);
    const region = rules.regionEnd.matchEnd(s);
    // 出口占全省(的12.3%): the whole a share is of is what it measures, not where.
    if (region && s[s.length - region.word.length - 1] !== '占') s = s.slice(0, s.length - region.word.length);
    // 由2014年的 / 连续8年: years and spans belong to the period, not to the indicator.
    const year = rules.trailingTime.exec(s);
    if (year) s = s.slice(0, year.index);
    if (s === before) break;
  }
  return s;
}

/** A footnote's mark after a figure (5.1%[3], 70650万吨①, 1256万人¹): it names nothing. */
const FOOTNOTE_AT_START = /^\s*(?:[\[［]\d{1,2}[\]］]|[①-⑳]|[¹²³⁴-⁹⁰]+)/;
/** The same anywhere in an indicator's words (全员劳动生产率[2]为, 农民工[3]总量). */
const FOOTNOTE_MARK = /[\[［]\d{1,2}[\]］]|[①-⑳]|[¹²³⁴-⁹⁰]+/g;
const HAS_FOOTNOTE_MARK = /[\[［①-⑳¹²³⁴-⁹⁰]/;
/** 60岁以上 opening the words after a figure: an age that bounds whom it counts, no figure to skip. */
const AGE_AT_START = /^[0-9]+(?:[—–-][0-9]+)?岁/;

/** 其中 opening the clause, or the clause just before it (其中，城市…): a part of the figure before follows. */
const PART_OPENING = /其中[，,：:]?\s*[\u4e00-\u9fff]{0,6}$/;
const PART_REACH = 4;
/** The thing a size before 的 measures: words ending in a kind of project, site or body (改造项目, 污水处理厂, 滨江路). */
const THING_AFTER_DE = /^[\u4e00-\u9fff]{0,14}(?:项目|工程|厂|大道|公路|高速|铁路|路|线|大桥|桥|产业园|园区|园|基地|中心|医院|学校|公司|电站|水库|小区|场馆|体育馆|馆)/;
const THING_WINDOW = 20;

/** Adverbs of extent or time that may stand before a bare verb (基本建成, 全面完成, 已开工). */
const VERB_ADVERB = /^(?:基本|全面|全部|已经|已|陆续|相继|顺利|如期|提前|新|还|再|又|也|共|另)(?=[\u4e00-\u9fff]{2})/;

/** Characters a modifier before 的 may have and still be kept with its head. */
const PLAIN_MODIFIER = 8;
/** …and with a head that only counts (人数) or after a modifier that ends in a threshold (2000万元以上). */
const GENERIC_HEAD_MODIFIER = 16;
const THRESHOLD_END = /[0-9一二三四五六七八九十百千万亿][^0-9]{0,3}(?:及以上|以上|及以下|以下)$/;

/**
 * 具有…的企业 -> 企业: a long modifier or one that is itself a clause is dropped before the head after
 * the last 的, with the clause's leading verb kept (引进…的企业 -> 引进企业); a short one stays (良好的企业).
 */
function headAfterDe(s: string, rules: CompiledRules): string {
  const de = s.lastIndexOf('的');
  if (de < 0) return s;
  const head = s.slice(de + 1);
  if (head.length === 0) return s;
  const verb = rules.objectVerbIndex.matchAt(s, 0);
  const modifier = s.slice(verb ? verb.word.length : 0, de);
  // 全市平均每个家庭户的人口: the place before a short modifier is not part of its length.
  const place = rules.regionWords.matchAt(modifier, 0)?.word.length ?? 0;
  // 拥有大学文化程度的人数: a head that only counts (人数, 面积) says nothing without a modifier of middling length.
  // 年营业收入2000万元以上的服务业企业: a threshold is what sets the things counted apart.
  const length = modifier.length - place;
  const kept = length <= PLAIN_MODIFIER || (length <= GENERIC_HEAD_MODIFIER && (THRESHOLD_END.test(modifier) || rules.genericHeads.has(cleanSegment(head, rules))));
  if (kept && !rules.modifierOpener.test(modifier) && !modifier.includes(LIST_BREAK)) return s;
  if (rules.rateEnd.test(cleanSegment(head, rules))) {
    // 民生支出占一般公共预算支出的比重: a share is nothing without what it is a share of; a contribution
    // (最终消费支出对经济增长的贡献率) nothing without whose and to what.
    if (modifier.includes('占') || (modifier.includes('对') && head.startsWith('贡献'))) return s.slice(0, de) + head;
    // 把可再生能源在发电燃料组合中的比例: the share of what, without where it is counted.
    const within = SHARE_WITHIN.exec(modifier);
    if (within) return within[1] + head;
  }
  return verb && verb.word.length <= de ? verb.word + head : head;
}

/** Spaces between two words of Chinese: a headline's break before its subtitle, or a gap in text from a PDF. */
const HAN_GAP = /(?<=[\u4e00-\u9fff」”》）)])[ \t\u3000]+(?=[\u4e00-\u9fff「“《（(])/g;

const ANY_GAP = /[ \t\u3000]/;
/** A name in quotes or brackets closing before a gap (「…總預算案」 歲出規模) ends the headline's first part. */
const CLOSING_MARKS = new Set([...'」”》）)']);

/**
 * 招商引资实现开门红 一季度签约项目总投资: a gap before a time or a place, or after a closing mark, opens a headline's second part,
 * which names the figure; any other gap (规模以上工业 增加值, justified text from a PDF) is closed.
 */
function acrossGaps(s: string, rules: CompiledRules): string {
  // Most segments hold no space at all: one plain scan says so before the pattern with lookarounds runs.
  if (!ANY_GAP.test(s) || !HAN_GAP.test(s)) return s;
  HAN_GAP.lastIndex = 0;
  let cut = 0;
  for (let m = HAN_GAP.exec(s); m; m = HAN_GAP.exec(s)) {
    const at = m.index + m[0].length;
    const time = rules.timeAtStart.exec(s.slice(at));
    if ((time && time[0].length > 0) || rules.regionWords.matchAt(s, at) || CLOSING_MARKS.has(s[m.index - 1]!)) cut = at;
  }
  HAN_GAP.lastIndex = 0;
  return s.slice(cut).replace(HAN_GAP, '');
}

const [OPEN_FULL, CLOSE_FULL, OPEN_ASCII, CLOSE_ASCII] = [...'（）()'].map((c) => c.charCodeAt(0));

/**
 * 高温日数（日最高气温≥35℃）, 新建学校（含幼儿园12所）: a figure inside brackets that opened before it is
 * named by the words inside them.
 */
function insideOpenBracket(s: string, rules: CompiledRules): string {
  // One scan from the end: the last bracket, opening or closing, decides.
  let open = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === CLOSE_FULL || c === CLOSE_ASCII) return s;
    if (c === OPEN_FULL || c === OPEN_ASCII) {
      open = i;
      break;
    }
  }
  if (open < 0 || s.length - open - 1 < 2) return s;
  const inside = s.slice(open + 1);
  // 藥物及化妝品（上升5.4%）: a change alone in the brackets is of what stands before them.
  return stripTrailing(inside, rules).length >= 2 ? inside : s;
}

export function cleanSegment(seg: string, rules: CompiledRules): string {
  // 约占地区生产总值的: 约 bounds the figure (the comparator says so), it names no part of the share.
  let s = stripLeading(acrossGaps(insideOpenBracket(seg.includes('约占') ? seg.replace('约占', '占') : seg, rules), rules), rules);
  s = stripTrailing(s, rules);
  return stripLeading(afterActorPlan(withoutInnerReport(afterInnerYear(s)), rules), rules);
}

/**
 * 规上工业企业实现营业收入, 市属企业全年实现利润, 特區政府全年財政收入: between the subject and what is
 * measured, a reporting verb and a time word say that and when the figure was reported, not what it is.
 * Not after an adverb (基本实现) or a verb (完成全年目标), nor before a plan's words (全年目标): those are read whole.
 */
const INNER_REPORT = /(?<=[\u4e00-\u9fff]{2})(?:(?:全年|今年|去年|当年|當年|本年|年内|年內)(?:共|累计|累計)?(?:实现|實現)?了?|(?:共|累计|累計)?(?:实现|實現)了?)(?=[\u4e00-\u9fff]{2})/;
const BEFORE_INNER_REPORT_KEEPS = /(?:基本|全面|全部|率先|已|均|都|将|將|完成|占|佔|达|達|为|為|超|比|较|較|同|在|于|於)$/;
const PLAN_AFTER_TIME = /^(?:预期|預期|目标|目標|计划|計劃|任务|任務|预算|預算)/;

function withoutInnerReport(s: string): string {
  // Every time word of the pattern holds 年; without it, only 实现 may stand between subject and measure.
  if (s.length < 6 || (!s.includes('年') && !s.includes('实现') && !s.includes('實現'))) return s;
  const m = INNER_REPORT.exec(s);
  if (!m) return s;
  const after = s.slice(m.index + m[0].length);
  if (BEFORE_INNER_REPORT_KEEPS.test(s.slice(0, m.index)) || PLAN_AFTER_TIME.test(after)) return s;
  return s.slice(0, m.index) + after;
}

/** A year inside a segment, not one compared with (比2020年): 省核定我市2025年政府债务限额. */
const INNER_YEAR = /(?<![比较同与])(?:19|20)\d\d\s*年(?:度|末|底)?(?![\s\d一二三四五六七八九十])/g;

/**
 * 省核定我市2025年政府债务限额: a year inside the words before a figure dates what follows it, and what
 * stands before it says who set or reported the figure; the measure is what follows.
 */
function afterInnerYear(s: string): string {
  if (s.length < 6 || !/\d/.test(s)) return s;
  let cut = 0;
  INNER_YEAR.lastIndex = 0;
  for (let m = INNER_YEAR.exec(s); m; m = INNER_YEAR.exec(s)) if (m.index > 0 && s.length - (m.index + m[0].length) >= 2) cut = m.index + m[0].length;
  return cut > 0 ? s.slice(cut) : s;
}

/**
 * 法院将力争结案率, 市教育局计划新建幼儿园, 法院共受理各类案件: who plans or acts is not what is measured;
 * it starts after the plan word, or after 将/计划/共 where an object verb and its object follow; before a
 * verb alone (市场主体共新增) the subject is what is counted, and only the word is dropped.
 */
function afterActorPlan(s: string, rules: CompiledRules): string {
  const cue = rules.actorPlanCue;
  if (!cue || s.length < 4) return s;
  let cut = 0;
  cue.re.lastIndex = 0;
  for (let m = cue.re.exec(s); m; m = cue.re.exec(s)) {
    const end = m.index + m[0].length;
    if (m.index === 0) continue;
    if (cue.always.has(m[0])) {
      if (s.length - end >= 2) cut = end;
      continue;
    }
    const verb = rules.objectVerbIndex.matchAt(s, end);
    if (!verb) continue;
    // 市场主体共新增: with no object after the verb, the subject names what is counted; only the word goes.
    if (s.length - end - verb.word.length < 2) return s.slice(0, m.index) + s.slice(end);
    cut = end;
  }
  return cut > 0 ? s.slice(cut) : s;
}

/** A contribution to growth: 拉动经济增长, 拉动GDP增长. */
const PULLED_GROWTH = /拉动[^，,；;。]{0,12}增长$/;

/** 比全国、全省分别高, 比全省平均水平低: the word of a comparison after its baseline. */
const COMPARED_GAP_AT_END = /(?<=比[^比]{1,16})(?:分别)?(?:高出|高|低|快|慢)$/;
const GAP_WORD_ENDS = '出高低快慢';
/** A comparison ending an indicator, the word and what is compared with: 快于城镇居民, 高于全省平均水平. */
const COMPARED_AGAINST_AT_END = /(?:快于|慢于|高于|低于|好于|优于)[\u4e00-\u9fff、]{1,16}$/;
const PLAN_WORD_AT_END = /(?<![度年占为的])计划$/;

/** What an exchange rate is quoted for (汇率为1美元兑): part of the unit, not of what is measured. */
const RATE_BASE_AT_END = /(?:为|是)?[0-9.]+(?:美元|欧元|港元|港币|日元|英镑|澳元|新台币|人民币|元)(?:兑换|兑|折合)$/;
const RATE_BASE_ENDS = '兑换合';

/** A per phrase ending an indicator: 每平方公里, 每百户, 每千人口. */
const PER_UNIT_AT_END = /每(?:[百千万]?(?:平方公里|平方千米)|平方米|公顷|亩|公斤|千克|斤|吨|立方米|千瓦时|[百千万]户|[百千万]人口?|人|户|天|日|年|月)$/;

/** Verbs of reporting that open a list item: dropped from the indicator, but the item is a phrase of its own. */
const REPORTING_VERB = /^(?:实现|完成|达到|共有|拥有|累计)/;

/** 可再生能源在能源消费总量中(的比重): what a share is of, then where it is counted. */
const SHARE_WITHIN = /^(?:把|将|使)?([\u4e00-\u9fff]{2,12}?)在[\u4e00-\u9fff]{2,16}[中里内]$/;

/** A clause that gives only the share of a plan met: 完成年度目标的, 占全年计划的, 为预算的, 完成省下达任务的. */
const PLAN_SHARE = /^((?:完成|占|达到?|为)(?:年度|全年|年初|年)?(?:(?:国家|省|市|州|县|区|上级)?下达的?)?(?:年度|全年)?(?:预期)?(?:目标|计划|调整预算|预算|任务)(?:任务)?)的?$/;

/**
 * 恢复到2019年同期的, 相当于疫情前水平的: the share of an earlier level reached, in either script; opening
 * the clause, by the figure before; after a subject of its own (經濟規模恢復至2019年同期的), by that.
 */
const RECOVERED = /(恢[复復](?:到|至)|相[当當][于於])(?:(?:19|20)\d\d\s*年(同期水平|同期|水平)?|(同期水平|同期|疫情前水平|疫情前))的$/;
/** 是2010年的, 是“十一五”时期的, 相当于全国平均水平的: a clause that names only what a multiple or share is of. */
const MULTIPLE_OF = /^(?:是|为|相当于|相當於)(?:(?:19|20)\d\d\s*年(?:末|底)?|上年|去年|“?十[一二三四五六七八九]?五”?(?:时期|期间|末)?|全[国省市县区]平均水平|全[国省市县区])(?:同期)?的$/;
const MULTIPLE_OF_OPENERS = new Set([...'是为相']);
/** A clause opening with a comparison (比全国, 高于全省, 超过年度目标); 比重, 比例 and 比率 are nouns. */
const COMPARISON_OPENER = /^(?:比(?![重例率])|较|高于|低于|高出|低出|快于|慢于|好于|(?:超过|超出)(?=年度|全年|目标|计划))/;

/** The longest modifier before 的 kept with the things counted after the number (列入省级计划的12个项目). */
const MAX_DE_MODIFIER = 10;
/** The longest average of an action alone (日均新设, 户均新增): a qualifier of two and a verb of up to four. */
const MAX_PER_ACTION = 6;
/** An average and the verb of its change, ending the words before a figure: 亩均增收, 户均增加. */
const PER_CHANGE_TAIL = /([\u4e00-\u9fff]均)((?:增收|增加|减少|减支|节约|节省))$/;

const JOINER_AT_END = /(?:以及|和|及|与|或)$/;
/** A clause that only says a level was reached: 、达到68家, ，总数达. */
const LEVEL_REACHED = /^[、，,]?(?:总数|总量)?(?:达到|达|增至|增加到|增加至|提高到|升至)$/;

/** The thing counted after the number: 建成16座农村生活垃圾中转站 -> 农村生活垃圾中转站. */
function nounAfter(ctx: IndicatorContext, rules: CompiledRules, tagger?: Tagger): string {
  const { text, after, clauseEnd } = ctx;
  let end = clauseEnd;
  // An aside in brackets or another figure closes the noun phrase.
  for (let i = after; i < end; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(' || (isDigit(ch) && isHan(text[i - 1]) && i > after && !isAsciiLetter(text[i + 1]))) {
      end = i;
      break;
    }
  }
  // Stop before a list item that holds another figure (直飞21个城市、通达134个城市), if not stopped before.
  for (let i = after; i < end; i++) {
    if (text[i] === LIST_BREAK && /[0-9一二三四五六七八九十两]/.test(text.slice(i + 1, Math.min(clauseEnd, i + 12)))) {
      end = i;
      break;
    }
  }
  // Cut before another figure, a list of counted things leaves its joiner behind (86个行政村和|23个社区):
  // the joiner belongs to neither thing.
  if (end < clauseEnd) end -= JOINER_AT_END.exec(text.slice(after, end))?.[0].length ?? 0;
  // 38个问题已完成整改35个: before another figure, what the things counted did (已完成整改) names that one.
  if (end < clauseEnd) {
    const predicate = PREDICATE_OPENING.exec(text.slice(after, end));
    if (predicate) end = after + predicate.index;
  }
  ctx.nounEnd = end;
  // 320亿元（增长8%）: the bracket the figure stands in closes after it; that is no noun.
  let s = unwrapLines(text.slice(after, end)).replace(/[（(][^（）()]*[）)]/g, '').replace(FOOTNOTE_AT_START, '').replace(/^[\s）)\]】」』”’]+/, '');
  // 1.2万户——全年新增市场主体: a dash after the figure opens the words that say what it counts.
  if (DASH_AT_START.test(s)) s = stripLeading(s.replace(DASH_AT_START, ''), rules);
  // Skip further figures glued on (1000户4200人脱贫 -> 脱贫).
  // Only a figure: 项目 and 百强 open nouns.
  // An age is no figure but part of whom it counts (3.2万名60岁以上老人).
  if (!AGE_AT_START.test(s)) s = s.replace(/^[0-9][0-9.,万亿千百十多余]*[个户人家名套座项亩元]*/, '');
  // 3%左右的目标以内: a figure that names itself a target counts no thing after it.
  if (ctx.namesTarget) return '';
  s = s.replace(/^(的|等|左右|以上|以内|以下|多|余)+/, '');
  s = beforePreposition(s, tagger);
  s = headAfterDe(s, rules);
  s = s.replace(/^(全省|全市|全县|全国|全区)/, '');
  // 3个市级、4个县级乡村振兴示范点: a level alone shares the head of the list's last item.
  if (LEVEL_ONLY.test(s) && end < clauseEnd) s += LAST_ITEM_HEAD.exec(text.slice(end, clauseEnd))?.[1] ?? '';
  const stripped = stripTrailing(s, rules);
  // 4项未达到预期, 26项如期完成: a negation or adverb alone names nothing; with the verb it bears, it names
  // what the things counted did.
  if (BARE_ADVERBS.has(stripped)) return s;
  // 增长2.1% . (ASCII punctuation after a space): marks alone name nothing.
  return HAS_LETTER.test(stripped) ? stripped : '';
}

const HAS_LETTER = /\p{L}/u;
/** Adverbs that open a predicate after the things counted (问题|已完成整改, 项目|均已开工). */
const PREDICATE_ADVERB = '(?:已经|均已|已|全部)(?=[\\u4e00-\\u9fff]{2})';
/** Such an adverb after the things counted, within the words after a figure. */
const PREDICATE_OPENING = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})${PREDICATE_ADVERB}`);
/** The same adverb opening the words before a figure, right after the things counted. */
const PREDICATE_AT_START = new RegExp(`^${PREDICATE_ADVERB}`);
/** The longest such predicate (已完成整改, 均已开工建设). */
const MAX_PREDICATE = 8;
const DASH_AT_START = /^(?:——|—|–|--|-|：|:)\s*/;
/** Change verbs that hold the noun they change: 增收 is 收入 grown, 增产 产量. */
const CHANGED_NOUN: Readonly<Record<string, string>> = { 增收: '收入', 减收: '收入', 增产: '产量', 减产: '产量' };
const BARE_SHARE = /^\s*(?:约|共|合计)?占(?:到|了)?\s*$/;
const SHARE_WORD = '占比';
/** 全体居民恩格尔系数…其中城镇为27.1%: the part stands in place of the whole (城镇居民恩格尔系数). */
const WHOLE_AT_START = /^(?:全体|全部)/;
const BARE_ADVERBS = new Set(['未', '不', '没', '没有', '无', '尚未', '如期', '提前', '全部', '顺利', '基本', '均', '都', '已', '已经']);

/** Prepositions that open what the things counted do (3个区县向…发放, 12个项目向园区集中), not what they are. */
const PREPOSITIONS = new CharSet([...'向对为给把从在与跟同将']);

/**
 * 3个区县向不符合条件的人员发放补贴: the things counted end before a preposition that opens their action.
 * Only jieba can tell the preposition from the same character inside a word (方向, 对口, 在校生), so the
 * text is tagged only when such a character stands after the first two.
 */
function beforePreposition(s: string, tagger: Tagger | undefined): string {
  if (!tagger || s.length < 4) return s;
  let has = false;
  for (let i = 2; i < s.length - 1 && !has; i++) has = PREPOSITIONS.hasCode(s.charCodeAt(i));
  if (!has) return s;
  let at = 0;
  for (const { word, tag } of tagger.tag(s)) {
    if (tag === 'p' && at >= 2 && word.length === 1 && PREPOSITIONS.hasCode(word.charCodeAt(0))) return s.slice(0, at);
    at += word.length;
  }
  return s;
}

/** The head noun of the last item of a list of counted levels: 、4个县级(乡村振兴示范点). */
const LAST_ITEM_HEAD = /[0-9一二三四五六七八九十两]+[个家所座处项批]?[\u4e00-\u9fff]{1,3}级([\u4e00-\u9fff]+)$/;

function endsWithVerb(s: string, rules: CompiledRules, tagger: Tagger | undefined): boolean {
  if (rules.indicatorSuffixes.matchEnd(s)) return false;
  if (rules.objectVerbEnd.matchEnd(s)) return true;
  if (!tagger) return false;
  const tags = tagger.tag(s);
  const last = tags[tags.length - 1];
  return last !== undefined && last.tag === 'v';
}

function stripLeadingDecrease(s: string, rules: CompiledRules): string {
  const verb = rules.decreaseWithObject.matchAt(s, 0);
  return verb && verb.word.length < s.length ? s.slice(verb.word.length) : s;
}

/** Only the listed verbs: a tagger calls 示范 or 监测 a verb where they head a noun phrase. */
function startsWithVerb(s: string, rules: CompiledRules): boolean {
  return rules.objectVerbIndex.matchAt(s, 0) !== undefined;
}

/**
 * 省级绿色园区2个、绿色工厂7家: a later list item that restates part of the earlier one shares its
 * qualifier (省级绿色工厂); a bare rate after a list break (开工率100%、投产率50%) shares the subject.
 */
function shareQualifier(current: string, previous: string | undefined, rules: CompiledRules): string {
  if (!previous || current.length < 2) return current;
  // 培育国家级龙头企业2家、省级12家: a level alone is the item before at that level.
  if (LEVEL_ONLY.test(current)) {
    const level = LEVEL_IN.exec(previous);
    if (level) return previous.slice(0, level.index) + current + previous.slice(level.index + level[0].length);
  }
  // 新建中小学3所、幼儿园12所: the verb heads the whole list.
  const verb = rules.objectVerbIndex.matchAt(previous, 0);
  if (verb && verb.word.length < previous.length && !NOUN_AFTER_VERB.has(previous[verb.word.length]!) && !rules.objectVerbIndex.matchAt(current, 0)) return verb.word + current;
  // 安置点配套建设学校3所、幼儿园5所: a short thing after the first item shares the words up to its verb;
  // one that opens as the first item does (国有建设用地…、国有耕地) names itself in full.
  const upToVerb = current.length <= LISTED_THING && !current.startsWith(previous.slice(0, 2)) ? wordsUpToVerb(previous, rules) : 0;
  if (upToVerb > 0 && !containsVerb(current, rules)) return previous.slice(0, upToVerb) + current;
  if (previous.length <= current.length) return current;
  const at = previous.indexOf(current.slice(0, 2), 1);
  if (at > 0) return previous.slice(0, at) + current;
  if (current.length <= 3 && rules.rateEnd.test(current) && previous.endsWith(current[current.length - 1]!)) return previous.slice(0, previous.length - current.length) + current;
  return current;
}

/** A verb's word followed by one of these is a noun (安置点, 投资额, 建设费): no verb heads a list there. */
const NOUN_AFTER_VERB = new Set([...'点房区地费金率额量']);
/** The longest thing named alone in a list that may share the first item's words up to its verb. */
const LISTED_THING = 4;

/** Where the last verb of `s` that has an object of two characters or more after it ends, or 0. */
function wordsUpToVerb(s: string, rules: CompiledRules): number {
  for (let k = s.length - 3; k >= 1; k--) {
    const verb = rules.objectVerbIndex.matchAt(s, k);
    if (verb && s.length - k - verb.word.length >= 2 && !NOUN_AFTER_VERB.has(s[k + verb.word.length]!)) return k + verb.word.length;
  }
  return 0;
}

function containsVerb(s: string, rules: CompiledRules): boolean {
  for (let k = 0; k < s.length - 1; k++) if (rules.objectVerbIndex.matchAt(s, k)) return true;
  return false;
}

/**
 * 新建高标准农田5.2万亩，累计建成48万亩: a bare verb counts the same thing as the figure before it,
 * when that one was counted after a verb of its own.
 */
function objectOf(previous: string | undefined, rules: CompiledRules, minLength = 1): string {
  const verb = previous ? rules.objectVerbIndex.matchAt(previous, 0) : undefined;
  return verb && previous!.length - verb.word.length >= minLength ? previous!.slice(verb.word.length) : '';
}

/** 市中院受理案件 -> 案件: the object of the first verb after a subject, for a bare verb after it (，审结1.19万件). */
function objectAfterSubject(previous: string | undefined, rules: CompiledRules): string {
  if (!previous) return '';
  for (let k = 1; k + 2 < previous.length; k++) {
    const verb = rules.objectVerbIndex.matchAt(previous, k);
    if (verb && previous.length - k - verb.word.length >= 2) return previous.slice(k + verb.word.length);
  }
  return '';
}

/** Where the clause that ends at `end` (a delimiter of `delimiters` before it, or the text's start) begins. */
function clauseStartBefore(text: string, end: number, delimiters: string): number {
  let start = end;
  while (start > 0 && !delimiters.includes(text[start - 1]!)) start--;
  return start;
}

/** The clause before this one in its sentence, joined to it by a comma, when it gives no figure of its own. */
function figurelessClauseBefore(ctx: IndicatorContext): string | undefined {
  const { text, clauseStart } = ctx;
  const comma = text[clauseStart - 1];
  if (comma !== '，' && comma !== ',') return undefined;
  const clause = text.slice(clauseStartBefore(text, clauseStart - 1, '，。；！？：,;!?:\n'), clauseStart - 1);
  return /[0-9０-９]/.test(clause) ? undefined : clause;
}

/**
 * 蔬菜产量翻了一番，达到58万吨: a clause without a subject continues the one before it in its sentence,
 * which names the measure (a noun ending like 产量 or 比重) without giving a figure of its own.
 */
function measureNamedBefore(ctx: IndicatorContext, rules: CompiledRules): string {
  const clause = figurelessClauseBefore(ctx);
  if (clause === undefined) return '';
  const named = cleanSegment(clause, rules);
  return named.length >= 2 && rules.indicatorSuffixes.matchEnd(named) ? named : '';
}

/** How many things a plan names without counting them: 一批, 一大批, 若干. */
const UNCOUNTED = /一大批|一批|若干/g;

/**
 * 再开工改造一批城镇老旧小区，完成5万个以上: a clause that only reports a figure is of the action the clause
 * before it names without a figure (from its last verb whose object follows: 改造城镇老旧小区).
 */
function actionNamedBefore(ctx: IndicatorContext, rules: CompiledRules): string {
  const clause = figurelessClauseBefore(ctx);
  if (clause === undefined) return '';
  const named = cleanSegment(clause.replace(UNCOUNTED, ''), rules);
  for (let k = named.length - 2; k >= 0; k--) {
    const verb = rules.objectVerbIndex.matchAt(named, k);
    if (verb && named.length - k - verb.word.length >= 2) return named.slice(k);
  }
  return '';
}

/** The label before a colon (长寨：596套) names what the figures after it are about. */
function labelBefore(ctx: IndicatorContext, rules: CompiledRules): string {
  const { text, clauseStart } = ctx;
  if (text[clauseStart - 1] !== '：' && text[clauseStart - 1] !== ':') return '';
  const start = clauseStartBefore(text, clauseStart - 1, '，。；：,;:\n');
  const label = cleanSegment(text.slice(start, clauseStart - 1), rules);
  // 共有3个安置点：\n东坪：596套…: the label names one of the things the list's opening line counts.
  const kind = label && (text[start - 1] === '\n' || start === 0) ? listKind(text, start, rules) : '';
  return kind && !label.endsWith(kind) ? label + kind : label;
}

/**
 * 年末全县户籍人口<br>56.8万人: a figure opening its line, after a line that stops mid-sentence (a break
 * inside a paragraph of a page, a wrap in text from a PDF), is named at the end of that line.
 */
function lineBefore(ctx: IndicatorContext, rules: CompiledRules): string {
  const { text, clauseStart } = ctx;
  let end = clauseStart - 1;
  while (end > 0 && (text[end] === ' ' || text[end] === '\t')) end--;
  if (text[end] !== '\n') return '';
  let lineEnd = end;
  while (lineEnd > 0 && (text[lineEnd - 1] === ' ' || text[lineEnd - 1] === '\r')) lineEnd--;
  // 地区生产总值\n312.4亿元\n同比增长5.8%: after a line that ends with a figure, a change on a line of its own is
  // that figure's change.
  const last = ctx.lastFigure;
  if (last && ctx.isChange && last.end <= lineEnd && last.end > text.lastIndexOf('\n', lineEnd - 1) && /^[\s，,。；;]*$/.test(text.slice(last.end, lineEnd))) return last.indicator;
  if (lineEnd === 0 || !isHan(text[lineEnd - 1])) return '';
  const named = cleanSegment(text.slice(clauseStartBefore(text, lineEnd, '，。；：,;:\n'), lineEnd), rules);
  // A line that ends with a figure of its own (新增就业3200人) names nothing for the next, nor does a
  // heading that names a part of the report (三、主要问题, 二、工作安排) rather than a measure.
  if (/[0-9０-９]/.test(named)) return '';
  const heading = headingOf(text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd));
  if (heading && rules.sectionHeading(heading.text)) return '';
  return named;
}

/** 各乡镇 / 分县区 opening a list's first line: the list goes through places, one per line. */
const PER_PLACE_OPENER = /^(?:各|分)(?:乡镇|乡[（(]镇[）)]|镇|街道|县[（(](?:市、)?区[）)]|县市区|县区|区县|县|市|区|地)?/;
const LIST_OPENER_END = /(?:完成)?(?:情况|如下|分别为|分别是|依次为)$/;

/**
 * 各乡镇新增就业情况：\n河西镇：1200人: what the opening line of a list of places names (新增就业), for a
 * line labelled with a place alone; empty when the list has no such opening line.
 */
export function listOpeningMeasure(text: string, lineStart: number, rules: CompiledRules): string {
  const line = listOpeningLine(text, lineStart, true)?.trim();
  const opening = line !== undefined ? /^(.*?)\s*[：:]$/.exec(line) : null;
  if (!opening || /[0-9，,。；;]/.test(opening[1]!)) return '';
  return cleanSegment(opening[1]!.replace(PER_PLACE_OPENER, '').replace(LIST_OPENER_END, ''), rules);
}

/**
 * The line that opens the list whose labelled line (西坪：…) starts at `lineStart`: the first line before it,
 * going back over the list's earlier labelled lines (and blank lines, with `overBlank`), that is not one
 * or that `opens` a list all the same (三个安置点：).
 */
function listOpeningLine(text: string, lineStart: number, overBlank: boolean, opens?: RegExp): string | undefined {
  let end = lineStart - 1;
  for (let guard = 0; guard < 50 && end > 0; guard++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (opens?.test(line) || (!LABELLED_LINE.test(line) && !(overBlank && line.trim() === ''))) return line;
    end = start - 1;
  }
  return undefined;
}

/** The thing counted at the end of the line that opens a list of labelled lines (安置点 in 共有3个安置点：). */
function listKind(text: string, lineStart: number, rules: CompiledRules): string {
  const opening = LIST_OPENING.exec(listOpeningLine(text, lineStart, false, LIST_OPENING) ?? '');
  if (!opening) return '';
  const clause = opening[1]!.slice(Math.max(...[...'，,。；;'].map((d) => opening[1]!.lastIndexOf(d))) + 1);
  const after = COUNT_THEN_THING.exec(clause);
  if (after) return after[1]!;
  // 全县共建设安置点(2个): the thing, without the place, the 共 or the verb before it.
  const named = cleanSegment(clause.replace(COUNT_AT_END, ''), rules);
  return objectOf(named, rules, 2) || named;
}

/** A line opening a list by counting its items: 共有3个安置点： or 涉及安置点3个： (the text before the colon). */
const LIST_OPENING = /^(.*(?:[0-9一二三四五六七八九十两]+[个处座家所][\u4e00-\u9fff]{2,8}|[0-9一二三四五六七八九十两]+[个处座家所]))\s*[：:]\s*$/;
/** 3个安置点: the count, then the thing counted. */
const COUNT_THEN_THING = /[0-9一二三四五六七八九十两]+[个处座家所]([\u4e00-\u9fff]{2,8})$/;
const COUNT_AT_END = /[0-9一二三四五六七八九十两]+[个处座家所]$/;
/** A line of such a list: a short label, then its figures. */
const LABELLED_LINE = /^\s*[\u4e00-\u9fff]{2,8}[：:]/;

export function findIndicator(ctx: IndicatorContext, rules: CompiledRules, tagger?: Tagger): string {
  const found = findIndicatorText(ctx, rules, tagger);
  // 最终消费支出增长6.5%，对经济增长的贡献率为58.6%: a contribution with no subject is the figure before's.
  if (ctx.previousIndicator && CONTRIBUTION.test(found)) {
    const named = cleanSegment(ctx.text.slice(ctx.clauseStart, ctx.cueStart).replace(/的/g, ''), rules);
    const contribution = CONTRIBUTION.test(named) && !ctx.previousIndicator.endsWith(named) ? named : found;
    if (/^(?:对|拉动|贡献|影响)/.test(contribution)) return ctx.previousIndicator + contribution;
  }
  // 社保基金收入完成126.3亿元，支出118.7亿元: a bare head paired with the account's other names the same account.
  // 存款余额5862亿元；贷款余额4126亿元: the same with what follows the paired word (余额) shared too.
  const head = rules.counterparts.has(found) ? found : found.slice(0, COUNTERPART_LENGTH);
  const pair = rules.counterparts.get(head);
  if (pair) {
    const ending = pair + found.slice(head.length);
    const account = [ctx.earlierInUnit, ctx.previousIndicator, ctx.lineIndicator].find((p) => p !== undefined && p.length > ending.length && p.endsWith(ending));
    if (account) return account.slice(0, -ending.length) + found;
  }
  // 城镇居民人均可支配收入4.2万元，农村居民2.1万元: a bare qualifier stands for the one before it, on the same measure.
  const others = rules.contrastPrefixes.get(found);
  if (others) {
    const before = ctx.previousIndicator ?? ctx.lineIndicator ?? ctx.lastFigure?.indicator;
    // 小学42所，在校生5.12万人；初中18所: the sibling counted in this unit is the one it stands for.
    const counterpart = ctx.earlierInUnit ?? ctx.lineEarlierInUnit ?? before;
    const sibling = counterpart && others.find((o) => counterpart.startsWith(o) && counterpart.length > o.length + 1);
    if (sibling) return found + counterpart.slice(sibling.length);
    // 居民消费价格上涨0.2%。其中，城市上涨0.3%: after 其中 it is that part of the figure before.
    if (before && rules.partQualifiers.has(found) && !before.startsWith(found) && PART_OPENING.test(ctx.text.slice(Math.max(0, ctx.clauseStart - PART_REACH), ctx.cueStart))) return found + before.replace(WHOLE_AT_START, '');
  }
  // 规上工业企业达到1,205家，净增86家: a bare net-change verb names no subject; the figure before does.
  if (rules.netChange.has(found) && ctx.previousIndicator && !ctx.previousIndicator.endsWith(found)) return ctx.previousIndicator + found;
  // 发放小额信贷2860万元，覆盖农户935户，户均3.06万元: an average alone is of the sentence's last total in its unit.
  const per = rules.perQualifiers.matchEnd(found);
  if (per && per.word === found && ctx.earlierInUnit) {
    const total = objectOf(ctx.earlierInUnit, rules) || ctx.earlierInUnit;
    // 人均纯收入1.52万元，户均增收3200元: an average of another base is of what that average measures (纯收入).
    for (const w of rules.files.indicator.perQualifiers ?? []) {
      const at = total.indexOf(w);
      if (at >= 0 && at + w.length < total.length) return found + total.slice(at + w.length);
    }
    return found + total;
  }
  // 新登记市场主体2.3万户，日均新设63户: an average of an action counts the things the sentence counted last in its unit.
  // 人均, 亩均, 日均 opening the indicator: read once for the averages below.
  const lead = rules.perQualifierAt.matchAt(found, 0);
  if (lead && ctx.earlierInUnit && found.length <= MAX_PER_ACTION && rules.objectVerbs.has(found.slice(lead.word.length))) {
    const verb = rules.objectVerbIndex.matchAt(ctx.earlierInUnit!, 0);
    const thing = verb ? ctx.earlierInUnit!.slice(verb.word.length) : ctx.earlierInUnit!;
    if (thing.length >= 2) return found + thing;
  }
  // 发展稻虾种养3200亩，亩均增收1800元: with no total to be an average of, the change verb says what it is.
  if (per && per.word === found) {
    const tail = PER_CHANGE_TAIL.exec(ctx.text.slice(Math.max(ctx.clauseStart, ctx.cueStart - found.length - 3), ctx.cueStart));
    if (tail && tail[1] === found) return found + tail[2];
  }
  // 城镇居民人均可支配收入4.2万元，人均消费支出2.8万元: an average over the same base as the one before is
  // of the same people, land or households (城镇居民, 工业用地).
  if (lead && found.length > lead.word.length + 1 && ctx.previousIndicator) {
    const at = ctx.previousIndicator.indexOf(lead.word);
    if (at >= 2) return ctx.previousIndicator.slice(0, at) + found;
  }
  return found;
}

/** What a figure contributes to another's growth, named without whose contribution it is (对经济增长贡献, 拉动投资增长, 贡献率). */
const CONTRIBUTION = /^(?:(?:对|拉动)[^，,。；;]*(?:贡献|增长)|影响(?:CPI|PPI|居民消费价格|价格总水平)|贡献率|贡献度)/;

/** Brackets around a figure (日降水量≥50毫米) define or qualify; without their figure they would say nothing. */
const BRACKETED_FIGURE = /[（(][^（）()]*[0-9][^（）()]*[）)]/g;

/** Whether `text` between `from` and `to` closes a bracket opened before `from`. */
function closesBracket(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

function findIndicatorText(ctx: IndicatorContext, rules: CompiledRules, tagger?: Tagger): string {
  const { text, clauseStart, cueStart, previousEnd } = ctx;
  // 贫困发生率（按2300元标准）降至0.5%: the figure before stood in brackets that qualify the words before
  // them, and those words name this one too.
  const segStart = previousEnd >= clauseStart && !closesBracket(text, previousEnd, cueStart) ? previousEnd : clauseStart;
  // A line break inside a clause only wraps it (text from a PDF): the words on either side are one.
  let raw = unwrapLines(text.slice(segStart, cueStart)).replace(/[（(][^（）()]*[）)]/g, '');
  if (HAS_FOOTNOTE_MARK.test(raw)) raw = raw.replace(FOOTNOTE_MARK, '');
  // After an earlier figure of the same clause, only the last list item speaks of this one.
  if (previousEnd >= clauseStart && raw.includes(LIST_BREAK)) raw = raw.slice(raw.lastIndexOf(LIST_BREAK) + 1);
  // 小屯、理化等7个乡镇污水处理厂: an enumeration closed by 等 names examples; the counted thing follows the number.
  const enumerated = /等$/.test(raw) || namesEachCounted(raw, ctx, rules);
  let seg = enumerated ? (rules.objectVerbIndex.matchAt(cleanSegment(raw, rules), 0)?.word ?? '') : raw.includes('的') ? headAfterDe(raw, rules) : raw;
  if (!enumerated && seg.includes(LIST_BREAK)) {
    // A list of actions (建成…、成立…、审批…机构262家) ends in the one that is counted; a list of nouns is the indicator.
    const parts = seg.split(LIST_BREAK);
    const last = cleanSegment(parts[parts.length - 1]!, rules);
    // 新建、改扩建中小学: verbs alone before the last share its object, and all of them name the action.
    const verbsOnly = parts.slice(0, -1).every((p) => rules.objectVerbs.has(cleanSegment(p, rules)));
    if (last.length > 0 && startsWithVerb(last, rules) && !verbsOnly) seg = last;
  }
  // The words before this figure alone, without the list break or comma that joins them to the one before.
  const item = raw.replace(/^[\s、，,]+/, '');
  // 新增城镇就业5.2万人，完成年度目标的104%: how much of its plan the figure before met.
  if (COMPARED_LEVEL.test(item) && ctx.previousIndicator) return ctx.previousIndicator;
  // 38个问题已完成整改(35个): the part of the things just counted, in the same clause, that did what the words say.
  const predicate = PREDICATE_AT_START.exec(item);
  if (predicate && ctx.previousIndicator && ctx.previousEnd >= ctx.clauseStart && item.length - predicate[0].length >= 2 && item.length <= MAX_PREDICATE) {
    const done = stripTrailing(item.slice(predicate[0].length), rules);
    if (done.length >= 2) return ctx.previousIndicator + done;
  }
  // 完成680亿元，是“十一五”时期的(2.3倍): a multiple of an earlier level of the figure before.
  if (MULTIPLE_OF_OPENERS.has(item[0]!) && MULTIPLE_OF.test(item) && ctx.previousIndicator) return ctx.previousIndicator;
  // 恢复到2019年同期的105.2%: how far the figure before came back to a year's level, without the year.
  const recovered = item.endsWith('的') ? RECOVERED.exec(item) : null;
  if (recovered) {
    const reached = recovered[1]! + (recovered[2] ?? recovered[3] ?? '');
    if (recovered.index === 0 && ctx.previousIndicator) {
      ctx.aside = true;
      return ctx.previousIndicator + reached;
    }
    const subject = recovered.index > 0 ? cleanSegment(item.slice(0, recovered.index), rules) : '';
    if (subject.length >= 2) return subject + reached;
  }
  // 税收收入4.12亿元，占76.9%: a share with no whole named is the share of the figure before in its total.
  if (BARE_SHARE.test(item) && ctx.previousIndicator) return ctx.previousIndicator + SHARE_WORD;
  const planShare = PLAN_SHARE.exec(item);
  if (planShare && ctx.previousIndicator) {
    ctx.aside = true;
    return ctx.previousIndicator + planShare[1];
  }
  // 列入省级计划的12个项目, 纳入监测的1.2万户农户: what stands before 的 qualifies the things counted after the number.
  if (item.length > 1 && item.charCodeAt(item.length - 1) === DE && !enumerated) {
    const noun = nounAfter(ctx, rules, tagger);
    if (noun.length > 0) {
      const modifier = cleanSegment(item.slice(0, -1), rules);
      return modifier.length <= MAX_DE_MODIFIER ? modifier + noun : noun;
    }
  }
  seg = cleanSegment(seg, rules);
  // 新建5G基站1200个，累计达到12860个: the running total is of the things, not of the new ones alone.
  if (seg === '' && ctx.previousIndicator && rules.stockLead(item)) return objectOf(ctx.previousIndicator, rules) || ctx.previousIndicator;
  // 高新技术企业净增12家、达到68家: the level reached is of the things, without the change that led to it.
  if (seg === '' && ctx.previousIndicator && LEVEL_REACHED.test(item)) {
    const net = [...rules.netChange].find((w) => ctx.previousIndicator!.endsWith(w) && ctx.previousIndicator!.length > w.length + 1);
    if (net) return ctx.previousIndicator.slice(0, -net.length);
  }
  // 比全国平均水平高1.0个百分点: a clause that only compares names what it compares with, not what is measured.
  if (COMPARISON_OPENER.test(seg) && ctx.previousIndicator) return ctx.previousIndicator;
  if (ctx.isChange) seg = stripLeadingDecrease(seg, rules);
  const afterBreak = text.slice(segStart, cueStart).startsWith(LIST_BREAK);

  // 基本建成3200套: a verb after an adverb of extent is as bare as the verb alone.
  const adverb = VERB_ADVERB.exec(seg);
  if (adverb && !rules.objectVerbs.has(seg) && rules.objectVerbs.has(seg.slice(adverb[0].length))) seg = seg.slice(adverb[0].length);
  if (seg.length <= 1 || rules.objectVerbs.has(seg)) {
    if (seg.length === 1 && !rules.objectVerbs.has(seg)) seg = '';
    // A figure glued to the one before (1000户4200人脱贫) shares its subject; one joined by 、 or 和 does
    // too, unless it counts a thing of its own (3个街道、12个镇).
    const sharesSubject = seg.length === 0 && ctx.previousAdjacent && !!ctx.previousIndicator;
    if (sharesSubject && (previousEnd < 0 || previousEnd >= cueStart)) return ctx.previousIndicator!;
    const noun = nounAfter(ctx, rules, tagger);
    if (sharesSubject && noun.length === 0) return ctx.previousIndicator!;
    // 创建3个国家级、5个省级产业园: the verb heads every item of the list.
    const listVerb = seg.length === 0 && ctx.previousAdjacent && ctx.previousIndicator ? (rules.objectVerbIndex.matchAt(ctx.previousIndicator, 0)?.word ?? '') : '';
    if (noun.length > 0) return (seg || (noun.startsWith(listVerb) ? '' : listVerb)) + noun;
    if (seg.length > 0) return ctx.sameUnitAsPrevious ? seg + (objectOf(ctx.previousIndicator, rules) || objectAfterSubject(ctx.previousIndicator, rules)) : seg;
    if (ctx.previousIndicator) return ctx.previousIndicator;
    return labelBefore(ctx, rules) || measureNamedBefore(ctx, rules) || actionNamedBefore(ctx, rules) || cleanSegment(text.slice(clauseStart, cueStart).replace(BRACKETED_FIGURE, '').replace(/(?<![每0-9.,%万亿千百多余])[0-9.,%万亿千百多余]+[^\s，。；、]?/g, ''), rules) || lineBefore(ctx, rules);
  }
  if (endsWithVerb(seg, rules, tagger)) {
    const noun = nounAfter(ctx, rules, tagger);
    if (noun.length > 0) return keepShortSubject(seg, rules) + noun;
  }
  // 新培育龙头企业6家，总数达到41家: the total is of the things just counted, new or not.
  if (rules.stockHeads.has(seg) && ctx.previousIndicator) return (objectOf(ctx.previousIndicator, rules) || ctx.previousIndicator) + seg;
  // 总投资52亿元的青川大道改造项目: a size given before 的 and the thing it is the size of.
  if (rules.genericHeads.has(seg) && text.charCodeAt(ctx.after) === DE) {
    const thing = THING_AFTER_DE.exec(text.slice(ctx.after + 1, Math.min(ctx.clauseEnd, ctx.after + 1 + THING_WINDOW)));
    if (thing) return thing[0] + seg;
  }
  // 茶叶产量1.2万吨、产值23.5亿元: a head listed right after another measure is of the same thing.
  if (afterBreak && rules.genericHeads.has(seg) && ctx.previousIndicator) {
    const measure = rules.indicatorSuffixes.matchEnd(ctx.previousIndicator);
    const thing = measure ? ctx.previousIndicator.slice(0, -measure.word.length) : '';
    if (thing.length >= 2 && !rules.genericHeads.has(thing)) return thing + seg;
  }
  // A rate (开工率) owns no investment or output of its own.
  if (rules.genericHeads.has(seg) && ctx.sentenceSubject && !ctx.sentenceSubject.endsWith(seg) && !rules.rateEnd.test(ctx.sentenceSubject)) {
    if (!ctx.sentenceSubjectCountsPeople) return subjectHead(seg, ctx.sentenceSubject, rules) ?? ctx.sentenceSubject + seg;
    // 义务教育阶段招生2.14万人，在校生9.57万人: a head after another head shares what qualified that one.
    let head = '';
    for (const h of rules.genericHeads) if (h.length > head.length && ctx.sentenceSubject.endsWith(h) && ctx.sentenceSubject.length > h.length + 1) head = h;
    if (head) return ctx.sentenceSubject.slice(0, -head.length) + seg;
  }
  // 规模突破1.5万亿元，占地区生产总值比重50%: the share belongs to the figure before it.
  if (seg.startsWith('占') && ctx.previousIndicator && !ctx.previousIndicator.includes('占')) return ctx.previousIndicator + seg;
  // 接待游客…、实现旅游收入…: an item with a verb of its own, even one dropped as reporting, shares nothing.
  // 投产率 is a rate, a noun, though it opens with a verb.
  const ownVerb = (startsWithVerb(seg, rules) && !rules.rateEnd.test(seg)) || REPORTING_VERB.test(item);
  return afterBreak && !ownVerb ? shareQualifier(seg, ctx.previousIndicator, rules) : seg;
}

/** The length of the paired words of an account (收入 / 支出, 存款 / 贷款). */
const COUNTERPART_LENGTH = 2;

/** A count written in Chinese or Arabic digits, up to ten: 3, 三, 两. */
const SMALL_COUNT = /^(?:[2-9]|10|[两二三四五六七八九十])(?=[个家所座处项条])/;

/**
 * 河西、青石、城关3个乡镇完成改造: short names listed right before a count of as many things are those
 * things, named one by one; the thing counted follows the number, as after 等.
 */
function namesEachCounted(raw: string, ctx: IndicatorContext, rules: CompiledRules): boolean {
  if (!raw.includes(LIST_BREAK)) return false;
  const count = SMALL_COUNT.exec(ctx.text.slice(ctx.cueStart, ctx.after));
  if (!count) return false;
  const items = raw.slice(raw.lastIndexOf('，') + 1).split(LIST_BREAK);
  const n = smallCount(count[0]);
  return items.length === n && items.every((item) => /^[\u4e00-\u9fff]{2,4}$/.test(item) && !rules.objectVerbIndex.matchAt(item, 0));
}

/**
 * 油料种植面积15.3万亩，产量2.8万吨: a bare head after a figure that gives a subject's area, output or herd
 * measures the same subject (油料产量).
 */
export function subjectHead(head: string, previous: string, rules: CompiledRules): string | undefined {
  if (!rules.subjectHeads.has(head)) return undefined;
  const measure = rules.subjectMeasures.matchEnd(previous);
  if (!measure || previous.length - measure.word.length < 2) return undefined;
  const subject = previous.slice(0, -measure.word.length);
  return subject.endsWith(head) ? undefined : subject + head;
}

/** 飞雄机场直飞 keeps its subject; 围绕…等方面推出 keeps only the verb. */
function keepShortSubject(seg: string, rules: CompiledRules): string {
  const verb = rules.objectVerbEnd.matchEnd(seg);
  if (!verb || seg.length <= 6 + verb.word.length) return seg;
  return verb.word;
}
