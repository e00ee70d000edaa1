import type { Layout } from '../text/layout.js';
import { LEVEL_AT_START, LEVEL_ONLY } from '../text/levels.js';

/** The parts of a record the 分别 refiner reads and rewrites, with offsets in the folded text. */
export interface Distributable {
  start: number;
  indicator: string;
}

/** 一、二、三季度 and 1-3月、1-6月和1-9月 ending a subject: the periods of a list's figures, not its items. */
const TIME_LIST_AT_END = /(?:(?:第?[一二三四1-4](?:季度)?)[、和及与])+第?[一二三四1-4]季度$|(?:(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?[、和及与])+(?:\d{1,2}\s*[-—–~至]\s*)?\d{1,2}月份?$/;

/** Two or more years joined (2023年、2024年和2025年). */
const JOINED_YEARS = '(?:19|20)\\d\\d\\s*年?(?:\\s*[、，,和及与]\\s*(?:19|20)\\d\\d\\s*年?)+';
/** A list of years (2023年、2024年和2025年): the figures' years, when in order; not years compared with (比2020年和2024年). */
const YEAR_LIST = new RegExp(`(?<![比较同与])${JOINED_YEARS}`, 'g');
/** A list of years compared with (比2020年和2024年): the baselines of a 分别's changes, in turn. */
const BASELINE_YEAR_LIST = new RegExp(`(?:比|较)\\s*(${JOINED_YEARS})[^0-9，,。；;]{0,12}$`);

/** The years a list of them names, in its order. */
function yearsOf(list: string): number[] {
  return (list.match(/(?:19|20)\d\d/g) ?? []).map(Number);
}

/** 分别, and its like: 依次 (in the order listed), 各为 (each is). */
const RESPECTIVELY = /分别|依次|各(?=为|是)/;

/** How far before its clause a list of years for a 分别 may start (its own clause, or the one before). */
const YEAR_LIST_REACH = 120;

/** The years of the last list of years in `text`, when they run in order; none otherwise. */
function yearList(text: string): number[] {
  let last: string | undefined;
  YEAR_LIST.lastIndex = 0;
  for (let m = YEAR_LIST.exec(text); m; m = YEAR_LIST.exec(text)) last = m[0];
  if (last === undefined) return [];
  const years = yearsOf(last);
  return years.every((y, i) => i === 0 || y > years[i - 1]!) ? years : [];
}

/** What opens a share (占规模以上工业增加值的比重): a share names its whole, never whose share it is. */
const SHARE_OPENER = '占';

/** 、 and the joining 和, 及 and 与, not those inside a word (普及率, 涉及, 参与, 和谐, 总和). */
const LIST_JOINERS = /、|(?<![普涉危波企顾])及(?!时)|(?<![参给赋])与(?!会)|(?<![共温柔调缓饱总平祥])和(?![谐平睦美])/;
/** 第一、二、三产业增加值, 第一、第二、第三产业: a run of ordinals sharing one head (第一产业增加值, 第二…). */
const ORDINAL_RUN = /^(第?[一二三四五六七八九十](?:[、和及与]第?[一二三四五六七八九十])+)(.+)$/;

/** How a list item's words are found: a segmenter, and a test for words that name a measure (量, 产量, 里程). */
export interface ListWords {
  words(s: string): string[];
  isMeasure(s: string): boolean;
  /** The measure word `s` ends with (增加值 of 服务业增加值), for a name the tagger reads as one word. */
  measureEnd?(s: string): string | undefined;
}

/**
 * Whether cutting `s` at `k` splits one of its words (氮氧|化物). Where one word is all of `s` (服务业增加值,
 * a name in the dictionary), the words before the measure it ends with are read again (服务业 | 增加值).
 */
function cutsWord(s: string, k: number, words: ListWords, whole = true): boolean {
  let at = 0;
  for (const w of words.words(s)) {
    if (at < k && k < at + w.length) {
      if (w.length < s.length || !whole) return true;
      const measure = words.measureEnd?.(s);
      return measure !== undefined && k < s.length - measure.length && cutsWord(s.slice(0, -measure.length), k, words, false);
    }
    at += w.length;
  }
  return false;
}

/** 轻工业 and 工业增加值: how much of the measure's start the item already ends with (two characters or more), for joining them once. */
function overlap(item: string, tail: string): number {
  for (let k = Math.min(item.length, tail.length - 1); k >= 2; k--) if (item.endsWith(tail.slice(0, k))) return k;
  return 0;
}

/** The longest qualifier before a slash that joins it to another (国际/港澳台, 中/高). */
const MAX_SLASHED_QUALIFIER = 4;

/** The last item's measure (排放|量 → 排放量, 里程): its last word, with the one before when that is a single character. */
function measureTail(last: string, words: ListWords): string | undefined {
  const ws = words.words(last);
  let tail = ws[ws.length - 1] ?? '';
  if (tail.length === 1 && ws.length > 1) tail = ws[ws.length - 2]! + tail;
  // 服务业增加值 read as one word: its measure is the measure word it ends with.
  if (tail === last) tail = words.measureEnd?.(last) ?? tail;
  return tail.length < last.length && words.isMeasure(tail) ? tail : undefined;
}

/**
 * 同城、异地、国际/港澳台快递业务量: the last item opens with alternatives joined by a slash (国际/港澳台),
 * and what the earlier qualifiers share begins after them; 0 where it opens otherwise.
 */
function slashedQualifierEnd(last: string, words: ListWords): number {
  const slash = last.search(/[/／]/);
  if (slash < 1 || slash > MAX_SLASHED_QUALIFIER) return 0;
  const end = slash + 1 + (words.words(last.slice(slash + 1))[0]?.length ?? 0);
  return end > slash + 1 && end < last.length ? end : 0;
}

/**
 * 城镇和农村居民人均可支配收入分别增长5.1%和7.2%: the subject before 分别 is a list whose items
 * share the last item's head, and the figures after 分别 take them in order.
 * Earlier items that are bare qualifiers (城镇) borrow the head of the last item (居民人均可支配收入),
 * where the last item's words are cut at the same length (农村|居民…, not 氮氧|化物…). Items that name
 * things of their own (氨氮、高速公路 beside 氮氧化物排放量, 农村公路里程) borrow only its measure.
 */
export function splitSubjectList(subject: string, words?: ListWords, counterparts?: ReadonlyMap<string, string>): string[] {
  const ordinals = ORDINAL_RUN.exec(subject);
  if (ordinals) {
    const [, first = '', head = ''] = ordinals;
    // 一、二、三产业 is short for 第一、二、三产业: industries are named by their ordinal.
    const prefix = first.startsWith('第') || head.startsWith('产业') ? '第' : '';
    return first.split(/[、和及与]/).map((n) => prefix + n.replace(/^第/, '') + head);
  }
  const items = subject.split(LIST_JOINERS).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length < 2) return items;
  // 一般公共预算收入和支出: a later bare head that pairs with the first item's (收入, 支出) is of the same account.
  const first = items[0]!;
  for (let i = 1; i < items.length; i++) {
    const pair = counterparts?.get(items[i]!);
    if (pair && first.length > pair.length && first.endsWith(pair)) items[i] = first.slice(0, -pair.length) + items[i];
  }
  const last = items[items.length - 1]!;
  const qualifiers = items.slice(0, -1).every((item) => item.length <= 3 && item.length < last.length);
  const tail = words ? measureTail(last, words) : undefined;
  const slashed = words ? slashedQualifierEnd(last, words) : 0;
  // 国家级、省级龙头企业: levels of different lengths share what follows the last item's level.
  const lastLevel = LEVEL_AT_START.exec(last)?.[0];
  // 化学需氧量、氨氮、氮氧化物…减排量: a list is of one kind of thing; where most items are things, not
  // measures, the one named like a measure (需氧量) is a thing too and takes the measure as well.
  const earlier = items.slice(0, -1);
  const measures = words ? earlier.filter((item) => words.isMeasure(item)).length : 0;
  const thingsList = measures * 2 <= earlier.length;
  /** The item with the last one's measure, unless it has it, or is a measure itself where that counts. */
  const withTail = (item: string, measuresTakeIt: boolean) => (tail && !item.endsWith(tail) && (measuresTakeIt || !(words && words.isMeasure(item))) ? item + tail.slice(overlap(item, tail)) : item);
  // 第一产业、第二产业、第三产业对经济增长的贡献率: items written alike (one character apart) share all that
  // follows the last one's own name.
  const parallel = parallelLength(earlier, last);
  return items.map((item, i) => {
    if (i === items.length - 1) return item;
    if (parallel > 0) return item + last.slice(parallel);
    if (lastLevel && LEVEL_ONLY.test(item)) return item + last.slice(lastLevel.length);
    // 化学需氧量和氨氮排放量: an item as long as the last one still takes its measure, but no more of it.
    if (item.length >= last.length) return withTail(item, false);
    if (qualifiers && slashed > 0) return item + last.slice(slashed);
    if (qualifiers && !(words && cutsWord(last, item.length, words))) return item + last.slice(item.length);
    return withTail(item, thingsList);
  });
}

/** The length of the earlier items, when all have it and the last item opens with a name written alike (第一产业 … 第三产业…); else 0. */
function parallelLength(earlier: string[], last: string): number {
  const n = earlier[0]?.length ?? 0;
  if (n < 3 || n >= last.length - 1 || earlier.some((item) => item.length !== n)) return 0;
  const own = last.slice(0, n);
  const alike = (item: string) => {
    let differ = 0;
    for (let k = 0; k < n; k++) if (item[k] !== own[k]) differ++;
    return differ === 1;
  };
  return earlier.every(alike) ? n : 0;
}

/**
 * 城乡居民人均可支配收入分别增长4.5%和6.8%: one subject whose prefix names as many things as there are
 * figures (城乡 = 城镇 and 农村) stands for that many subjects; otherwise the subject as it is.
 */
export function expandPairedPrefix(subject: string, count: number, paired: Readonly<Record<string, string[]>>): string[] {
  for (const [prefix, parts] of Object.entries(paired)) {
    if (parts.length === count && subject.startsWith(prefix)) return parts.map((part) => part + subject.slice(prefix.length));
  }
  return [subject];
}

/** How the 分别 refiner reads a text: what it needs of the rules, as functions and tables. */
export interface RespectivelyReader<T> {
  /** The subject before 分别: the clause's words from its start, cleaned as an indicator's are. */
  subjectOf: (clauseStart: number, respectively: number) => string;
  /** The measure named between 分别 and the first figure (分别新增通车里程56公里), or '' for none. */
  measureBetween?: (from: number, to: number) => string;
  clauseStartOf?: (r: T) => number;
  paired?: Readonly<Record<string, string[]>>;
  counterparts?: ReadonlyMap<string, string>;
  words?: ListWords;
  /** What opens the predicate of a figureless list clause (实现, 均): the list before it is a 分别's subjects. */
  listPredicate?: RegExp;
  /** Called for each figure of a 分别 whose list is of years (2023年、2024年和2025年…分别为), with its year. */
  yearOf?: (r: T, year: number) => void;
  /** Called for each change of a 分别 after a list of years compared with (比2020年和2024年分别增长), with its baseline. */
  baselineOf?: (r: T, year: number) => void;
}

/** Rewrites indicators in place for every clause with 分别 whose list and figures line up. */
export function distributeRespectively<T extends Distributable>(records: T[], layout: Layout, reader: RespectivelyReader<T>): void {
  const { subjectOf, measureBetween, paired = {}, counterparts, words } = reader;
  const clauseStartOf = reader.clauseStartOf ?? ((r: T) => layout.clauseStart(r.start));
  const text = layout.text;
  const byClause = new Map<number, T[]>();
  for (const r of records) {
    const cs = clauseStartOf(r);
    (byClause.get(cs) ?? byClause.set(cs, []).get(cs)!).push(r);
  }
  // The indicators the last 分别 list gave, for a list right after it that names no subject.
  let last: { sentence: number; indicators: string[] } | undefined;
  for (const [clauseStart, group] of byClause) {
    if (group.length < 2) continue;
    const marker = RESPECTIVELY.exec(text.slice(clauseStart, group[0]!.start));
    const at = marker ? marker.index : -1;
    if (at < 0) {
      // 分别为31亿元、96亿元和142亿元，增长2.9%、5.6%和6.1%: as many figures after it, with no subject of
      // their own, go on through the same list.
      const sentence = layout.sentence(clauseStart).start;
      if (last && last.sentence === sentence && last.indicators.length === group.length && subjectOf(clauseStart, group[0]!.start) === '') {
        const indicators = last.indicators;
        group.forEach((r, i) => (r.indicator = indicators[i]!));
      }
      continue;
    }
    const sentence = layout.sentence(clauseStart);
    // The figures before this clause in its sentence, which a 分别 with no subject of its own refers to.
    const figuresBefore = () => records.filter((r) => r.start >= sentence.start && r.start < clauseStart);
    const subject = subjectOf(clauseStart, clauseStart + at);
    let items = splitSubjectList(subject, words, counterparts);
    // 分别达到4.2万元、2.1万元（分别增长4.5%、6.8%）: an aside in brackets is a list of its own, of the same subjects.
    const outside = layout.insideBrackets(clauseStart + at) ? group : group.filter((r) => !layout.insideBrackets(r.start));
    const aside = outside.length < group.length ? group.filter((r) => layout.insideBrackets(r.start) && r.start > clauseStart + at) : [];
    const after = outside.filter((r) => r.start > clauseStart + at);
    // 2023年、2024年和2025年全县财政收入分别为…: one subject, a figure for each year listed before 分别.
    const years = yearList(text.slice(Math.max(sentence.start, clauseStart - YEAR_LIST_REACH), clauseStart + at));
    if (years.length === after.length && after.length > 1) {
      if (reader.yearOf) after.forEach((r, i) => reader.yearOf!(r, years[i]!));
      if (items.length !== after.length) items = after.map(() => subject);
    }
    // 地区生产总值比2020年和2024年分别增长32.5%和5.6%: one subject, each change against a year of the list.
    const compared = reader.baselineOf ? BASELINE_YEAR_LIST.exec(text.slice(clauseStart, clauseStart + at)) : null;
    if (compared) {
      const baselines = yearsOf(compared[1]!);
      if (baselines.length === after.length && after.length > 1) {
        after.forEach((r, i) => reader.baselineOf!(r, baselines[i]!));
        const measured = subjectOf(clauseStart, clauseStart + compared.index);
        items = after.map(() => measured);
      }
    }
    // 地区生产总值一、二、三季度分别增长…: one subject, a figure for each quarter or month listed after it.
    const times = TIME_LIST_AT_END.exec(text.slice(clauseStart, clauseStart + at).trimEnd());
    if (times && times[0].split(LIST_JOINERS).length === after.length) {
      const named = subjectOf(clauseStart, clauseStart + times.index);
      if (named.length >= 2) items = after.map(() => named);
    }
    // 接待游客1.2亿人次，旅游收入1350亿元，分别增长15.3%和18.7%: with no subject of its own, 分别 refers to
    // as many figures before it in the same sentence.
    if (items.length === 0) {
      const before = figuresBefore();
      if (before.length >= after.length) items = before.slice(before.length - after.length).map((r) => r.indicator);
      // 税收收入和非税收入实现双增长，分别增长5.2%和8.1%: the clause before, with no figure, names the list.
      else if (before.length === 0 && reader.listPredicate && clauseStart > sentence.start) {
        const from = layout.clauseStart(clauseStart - 1);
        const predicate = reader.listPredicate.exec(text.slice(from, clauseStart));
        if (from >= sentence.start && predicate) items = splitSubjectList(subjectOf(from, from + predicate.index), words, counterparts);
      }
    }
    // 高技术制造业、装备制造业增加值分别增长15.2%、9.6%，占…的比重分别为18.6%、42.3%: a share with no
    // subject of its own is, in turn, the share of each figure before it in the sentence.
    if (items.length === 1 && items[0]!.startsWith(SHARE_OPENER) && after.length > 1) {
      const before = figuresBefore();
      if (before.length >= after.length) {
        // 占…的比重 reads as 占…比重, as it does after a single figure.
        const share = items[0]!.replace(/的/g, '');
        items = before.slice(before.length - after.length).map((r) => r.indicator + share);
      }
    }
    if (items.length === 1 && after.length > 1) items = expandPairedPrefix(items[0]!, after.length, paired);
    if (items.length !== after.length) continue;
    // 高速公路、普通国省道分别新增通车里程56公里、128公里: each item has the measure named after 分别.
    const measure = measureBetween?.(clauseStart + at + marker![0].length, after[0]!.start) ?? '';
    after.forEach((r, i) => {
      const item = items[i]!;
      r.indicator = measure && !item.endsWith(measure) ? item + measure : item;
    });
    if (aside.length === items.length && text.slice(after[after.length - 1]!.start, aside[0]!.start).includes('分别')) aside.forEach((r, i) => (r.indicator = after[i]!.indicator));
    last = { sentence: sentence.start, indicators: after.map((r) => r.indicator) };
  }
}
