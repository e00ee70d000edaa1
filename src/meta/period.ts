import { alternation, type CompiledRules } from '../rules/compile.js';
import type { Layout } from '../text/layout.js';
import { smallCount } from '../text/chars.js';
import { headingOf } from '../text/structure.js';
import { tableRows } from '../text/table-rows.js';
import { COMPARED_WITH } from '../text/compared.js';


export interface PeriodQuery {
  start: number;
  clauseStart: number;
  kind: 'actual' | 'target';
  measure: 'level' | 'change';
  indicator: string;
}

/** A year or a span of years, inclusive. */
export interface Span {
  from: number;
  to: number;
  /** One period though it covers two calendar years: a fiscal year (2025至26年度, 2024/25年度). */
  whole?: boolean;
}

/**
 * 2025年, 2021—2025年, 2025至26年度 (a fiscal year written with the second year short), 2020年以来; and
 * 2.2024年… opening a line, a list's number before the year (no decimal 2.2024); 2023/2024学年, a school year.
 */
const YEAR = /(?=(?:19|20)\d\d)(?:(?<![\d.])|(?<=(?:^|\n)[ \t\u3000]*\d{1,2}[.．]))((?:19|20)\d\d)\s*(?:(?:[-—–~至到/])\s*((?:19|20)?\d\d)(?!\d))?\s*(?:(?:学|财政)(?=年))?年(以来|来)?/g;
const LINE_LABEL = /^\s*((?:19|20)\d\d)\s*年\s*[：:，,]/;
/** A short line without sentence punctuation: a table's caption (表2  2025年规模以上工业主要产品产量). */
const TABLE_CAPTION = /^[^。；，,：:]{2,40}$/;
/** 单位：万人 between a table's caption and its header: the caption's year still holds. */
const UNIT_LINE = /^\s*[（(]?\s*(?:计量)?单位\s*[：:][^。，,；]{1,20}$/;
/** The years a plan's title gives in brackets: （2025—2027年）, (2024-2026年). */
const TITLE_SPAN = /[（(]\s*((?:19|20)\d\d)\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年?\s*[)）]/;
/** How far into a text its subject is looked for: a page's title, byline and lead paragraph. */
const OPENING_CHARS = 1500;
/** 比2020年, and 恢复至2019年同期的: a year a level is compared with or came back to, not the figure's. */
const BASELINE_BEFORE = /(?:比|较|同|与|相比|恢复[到至]|相当于)\s*$/;
/** What joins the years of a list (2020年和2024年, 2020、2024年). */
const YEAR_JOINER = /^\s*[、，,和及与]\s*$/;
/** A relative year right after one of these is compared with, not the figure's own: 比上年, 较去年. */
const COMPARED_BEFORE = new Set(['比', '较', '同']);

/** A year in Chinese digits, and the second year of a span after it, before 年 (or 财政年度). */
const CHINESE_YEAR = /([零〇○一二三四五六七八九]{4})(?:(\s*[至到\-—–/]\s*)((?:[零〇○一二三四五六七八九]{2}){1,2}))?(?=\s*(?:财政|財政)?年)/g;
const MAY_HOLD_CHINESE_YEAR = /二[零〇○]|一九/;
const YEAR_DIGIT: Readonly<Record<string, string>> = { 零: '0', 〇: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function digitsOf(chinese: string): string {
  let out = '';
  for (const ch of chinese) out += YEAR_DIGIT[ch]!;
  return out;
}

/**
 * 二〇二四年 and 二○二四年 (a circle often stands for the zero) as 2024年, and both years of a span
 * (二〇二五至二六财政年度, the second often written short): one character for one, so offsets hold.
 */
export function arabicYears(text: string): string {
  // Every year from 1900 to 2099 in Chinese digits begins 二〇 (二零, 二○) or 一九: most texts have neither.
  if (!MAY_HOLD_CHINESE_YEAR.test(text)) return text;
  return text.replace(CHINESE_YEAR, (all: string, first: string, joiner: string | undefined, second: string | undefined) => {
    const year = digitsOf(first);
    if (!/^(?:19|20)/.test(year)) return all;
    return second === undefined ? year : year + joiner + digitsOf(second);
  });
}

/** A year of the Republic calendar, as Taiwan dates its texts: 民國114年, 114年度, 114年 (2025). */
const ROC_NAMED = /民国\s?(1\d\d)\s?年/g;
const ROC_FISCAL = /(?<![\d.])(1\d\d)(\s?年度|\s年)/g;
/** A bare 114年 is one character short of 2025年: it takes the character before it, unless that is a cue (到, 比 …). */
const ROC_BARE_AFTER = /([^\d.\s到至在于比较同与从由自止前后])(1\d\d)年/g;
const ROC_BARE_BEFORE = /(?<![\d.])(1\d\d)年([，,、；;：:\s])/g;
/** 113年全年… opening a line: no character before it to take, so it takes a word's first character after it (全, 本, 各, 第 …). */
const ROC_LINE_START = /(?<=^|\n)(1\d\d)年[全本我各共累第]/g;
export const ROC_OFFSET = 1911;

/**
 * Republic-calendar years as common-era ones at the same offsets, for a text that uses them (a Taiwan
 * text): 民國114年 as "  2025年", 114年度 as 2025年, and a bare 114年 with the character before it (本市114年
 * as 2025年) or the punctuation after it, or at a line's start the first character of the word after it. Only this resolver's copy of the text is changed.
 */
export function rocYears(text: string): string {
  const year = (n: string) => String(Number(n) + ROC_OFFSET);
  return text
    .replace(ROC_NAMED, (m, n: string) => ' '.repeat(m.length - 5) + year(n) + '年')
    .replace(ROC_FISCAL, (_m, n: string) => year(n) + '年')
    .replace(ROC_BARE_AFTER, (_m, _before: string, n: string) => year(n) + '年')
    .replace(ROC_BARE_BEFORE, (_m, n: string) => year(n) + '年')
    .replace(ROC_LINE_START, (_m, n: string) => year(n) + '年');
}

function format(span: Span): string {
  return span.from === span.to ? String(span.from) : `${span.from}-${span.to}`;
}

/** What a piece of a long text leaves in force for the next: the document's years and its open sections. */
export interface PeriodCarry {
  reviewedYear: number | undefined;
  plannedYear: number | undefined;
  plannedSpan?: Span;
  sections: { level: number; span: Span | undefined }[];
}

/** 末 or 期末 right after a plan's name (“十五五”末): the end of its span. */
const PLAN_END = /^”?\s*(?:末|期末|末期)/;

/** 前两年, 头三年 right after a plan's name (the closing quote and 时期/期间 between them). */
const PLAN_FIRST_YEARS = /^[”"」]?(?:时期|期间)?的?(?:前|头)([一二两三四1234])年/;
/** 由2024年的3.0%…, 比2020年增长…: a year a level grew from, or one compared with, opening a paragraph. */
const OPENING_FROM_YEAR = /(?:由|从|比|较|同)\s*(?:19|20)\d\d\s*年/;
/** 由2024年的3.0%上升至: a year that only names the level grown from, with no other year before the figure reached. */
const REACHED_FROM_NAMED_YEAR = /(?:由|从)\s*(?:19|20)\d\d\s*年(?:底|末)?的?[^，,；;年]*(?:到|至)\s*$/;

/** The last match of a global pattern in `text`. */
function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** Punctuation that prose has and a caption or a table's row has not. */
const PROSE_MARK = /[。，,；;]/;
/** 到2030年 opening a clause, 力争到2030年: a year a target is set for (not 增加到2021年, a level reached). */
const FUTURE_YEAR_CUE = /(?:^|(?<=[，,。；;：:\s]|力争|确保|争取|预计|计划|目标))(?:到|至)\s*(?:19|20)\d\d\s*年/g;
/** How far back a figure looks for a year an earlier sentence named: a paragraph's few sentences, or the paragraph before. */
const PARAGRAPH_YEAR_REACH = 600;

/** 由2016年的98.6亿元增加到2021年的156.3亿元: two levels, each with its year, in a clause before a yearly average. */
const FROM_YEAR_TO_YEAR = /(?:由|从)\s*((?:19|20)\d\d)\s*年(?:底|末)?的?[^，,；;。年]*(?:到|至)\s*((?:19|20)\d\d)\s*年/g;

/** How far before a yearly average its two levels with their years may start. */
const FROM_TO_REACH = 200;

/** Words of a title that reports on a plan rather than setting one out. */
const PLAN_REVIEWED = /评估|实施情况|执行情况|进展情况|完成情况|总结/;
/** A five-year plan's short name, quoted or not (“十二五”, 十三五), with the name as group 1. */
const PLAN_NAME = '“?(十[一二三四五六七八九]?五)”?';
/** 由“十二五”末的: a level grown from at the end of a plan's span. */
const FROM_PLAN_END = new RegExp(`(?:由|从)\\s*${PLAN_NAME}(?:末|期末)的?\\s*$`);
/** 较“十三五”末: a plan's end compared with. */
const COMPARED_PLAN_END = new RegExp(`(?:比|较)\\s*${PLAN_NAME}末`);
/** 是“十一五”时期的(2.3倍): the span a multiple is of. */
const MULTIPLE_OF_PLAN = new RegExp(`是\\s*${PLAN_NAME}(?:时期|期间)?的\\s*$`);

/** 两年平均, 三年平均, 连续8年: an average or a run over so many years up to the figure's own. */
const YEARS_AVERAGED = /([两二三四五2-5])年平均|连续([2-9]|[1-4][0-9]|[两二三四五六七八九]|十[一二三四五六七八九]?|[二三四]十)年/;

/** The last month of a year's first half. */
const HALF_YEAR = 6;

/** 年均: a yearly average change, of the years between the two levels it joins, or the columns of years beside it. */
export const YEARLY_AVERAGE = '年均';

/**
 * When each figure applies, from what the document says, nearest first: a year in the sentence before
 * the figure, a year label opening its line, a year or span opening its paragraph, a year or span of its
 * section, and last the reported year (for results) or the coming year (for targets). Within a span of
 * years, a flow or change takes the span, a level reached takes its last year and a level it grew from
 * (从/由 …) the year before it began.
 */
export class PeriodResolver {
  readonly reviewedYear: number | undefined;
  readonly plannedYear: number | undefined;
  /** The text states the year it plans (a 2026年政府工作报告 or 第十五个五年规划 title), not only its date. */
  readonly plannedStated: boolean;
  /** The span a five-year plan's title names: its targets are for that span. */
  private readonly plannedSpan: Span | undefined;
  /** The year of the document's date, if it has one. */
  readonly docYear: number | undefined;
  private readonly lineContext: (Span | undefined)[] = [];
  private readonly lineLabel: (Span | undefined)[] = [];
  private readonly planSpans: { names: string[]; span: Span }[];
  private readonly openers: [string, number][];
  /** 今后五年: the years ahead from the planned year, with how many. */
  private readonly ahead: [string, number][];
  /** Any opener or plan name at all: most texts have none, and one search says so. */
  private readonly namedSpanWords: RegExp;
  /** The words of relative years (今年, 去年 …), longest first. */
  private readonly relativeWords: RegExp;
  /** The context asked for last: a figure's kind and then its period ask for the same one. */
  private lastContext: { start: number; upTo: number; span: Span | undefined } | undefined;

  /** The state at the end of this text, for the piece that continues it. */
  readonly carry: PeriodCarry;
  /** The layout's text with years written in Chinese digits (二〇二四年) in Arabic ones, at the same offsets. */
  private readonly text: string;

  /** `roc`: the text counts years by the Republic calendar (Taiwan). */
  constructor(private readonly layout: Layout, private readonly rules: CompiledRules, date: string | undefined, from?: PeriodCarry, roc = false) {
    const p = rules.files.periods;
    const text = (this.text = roc ? rocYears(arabicYears(layout.text)) : arabicYears(layout.text));
    // Longest names first: 十五五 (2026—2030) holds 十五 (2001—2005).
    const longestName = (names: string[]) => Math.max(...names.map((n) => n.length));
    this.planSpans = p.plans.map((pl) => ({ names: pl.names, span: { from: pl.start, to: pl.end } })).sort((a, b) => longestName(b.names) - longestName(a.names));
    this.openers = Object.entries(p.spanOpeners).sort((a, b) => b[0].length - a[0].length);
    this.ahead = Object.entries(p.spansAhead ?? {}).sort((a, b) => b[0].length - a[0].length);
    this.namedSpanWords = alternation([...this.openers.map(([w]) => w), ...this.ahead.map(([w]) => w), ...this.planSpans.flatMap((pl) => pl.names)]);
    this.relativeWords = alternation(Object.keys(p.relativeYears), 'g');
    const docYear = date ? Number(date.slice(0, 4)) : undefined;
    const docMonth = date && date.length >= 7 ? Number(date.slice(5, 7)) : undefined;
    this.docYear = docYear;
    const stated = (patterns: string[]) => {
      for (const pattern of patterns) {
        const m = new RegExp(pattern).exec(text);
        if (m) return Number(m[1]);
      }
      return undefined;
    };
    // A review written early in a year reports on the year before; one written late, on its own year. A
    // text on part of a year (一季度，…) speaks of the latest such part that had ended by its date.
    const partEnds = docMonth !== undefined ? rules.partOfYearEnd(text.slice(0, OPENING_CHARS)) : undefined;
    const fromDate =
      docYear === undefined ? undefined : docMonth === undefined ? docYear : partEnds !== undefined ? (partEnds < docMonth ? docYear : docYear - 1) : docMonth <= 6 ? docYear - 1 : docYear;
    // A later piece of a long text keeps the years its beginning stated, as the whole text would.
    // A plan stated without a review (a 2024年政府工作报告 title) reviews the year before it; a review
    // stated or dated without a plan plans the year after it.
    // A five-year plan's title plans its whole span, from its first year.
    // …第十五个五年规划和二〇三五年远景目标纲要: the vision year a plan's title names beside it is not the
    // year it plans; the plan's span is.
    const statedYear = from ? undefined : stated(p.plannedYearPatterns);
    const title = text.slice(0, OPENING_CHARS).trimStart().split('\n', 1)[0]!;
    const visionTitle = statedYear !== undefined && title.includes('规划') && title.includes('远景');
    const plannedStatedYear = visionTitle ? undefined : statedYear;
    this.plannedSpan = from ? from.plannedSpan : plannedStatedYear === undefined ? this.planTitleSpan(text, title) : undefined;
    // 关于“十四五”规划实施中期评估情况的报告: a report on how a plan goes reviews it and plans nothing, but
    // the targets it quotes are still the plan's, for its span.
    const reviewsPlan = PLAN_REVIEWED.test(title);
    const planned = from ? from.plannedYear : (plannedStatedYear ?? (reviewsPlan ? undefined : this.plannedSpan?.from));
    this.plannedStated = planned !== undefined;
    this.reviewedYear = from ? from.reviewedYear : (stated(p.reviewedYearPatterns) ?? fromDate ?? (planned !== undefined ? planned - 1 : undefined));
    // A text on the first half of a year or less (下半年要…, in July) plans the rest of that year; one on
    // more of it (前三季度…，力争…, in November) may already plan the next.
    const restOfYear = !from && partEnds !== undefined && docMonth !== undefined && partEnds < docMonth && partEnds <= HALF_YEAR && this.reviewedYear === docYear;
    this.plannedYear = planned ?? (this.reviewedYear !== undefined ? this.reviewedYear + (restOfYear ? 0 : 1) : undefined);

    // Section context from headings, paragraph context from a paragraph's opening words,
    // line labels (2017年：…) carried into the continuation lines of a list that follows them.
    const sections: { level: number; span: Span | undefined }[] = from ? from.sections.map((x) => ({ ...x })) : [];
    let label: Span | undefined;
    let labelOpen = false;
    let sectionFirstParagraph = false;
    let caption: Span | undefined;
    const { rowLines } = tableRows(text, layout.lines);
    for (let i = 0; i < layout.lines.length; i++) {
      const line = layout.lines[i]!;
      // The rest of a paragraph wrapped at a page width (text from PDFs) is in its opening line's context.
      if (layout.continuesParagraph(i)) {
        this.lineLabel.push(this.lineLabel[i - 1]);
        this.lineContext.push(this.lineContext[i - 1]);
        continue;
      }
      const lineText = text.slice(line.start, line.end);
      const heading = headingOf(lineText);
      if (heading) {
        while (sections.length && sections[sections.length - 1]!.level >= heading.level) sections.pop();
        sections.push({ level: heading.level, span: this.spanIn(heading.text) });
        sectionFirstParagraph = true;
        label = undefined;
        labelOpen = false;
      }
      const opening = this.openingSpan(lineText.slice(heading ? Math.min(lineText.length, lineText.indexOf(heading.text) + heading.text.length) : 0));
      // 到2023年，…: a target year opening a section's first paragraph holds for the whole section.
      const top = sections[sections.length - 1];
      if (opening && sectionFirstParagraph && top && !top.span && /^\s*(?:到|至)/.test(lineText.slice(0, 4))) top.span = opening;
      if (lineText.trim()) sectionFirstParagraph = sectionFirstParagraph && !!heading;
      const m = LINE_LABEL.exec(lineText);
      if (m) {
        label = { from: Number(m[1]), to: Number(m[1]) };
        labelOpen = /[：:]\s*$/.test(lineText);
      } else if (!(labelOpen && /^\s*[\u4e00-\u9fff]{1,6}[：:]/.test(lineText))) {
        label = undefined;
        labelOpen = false;
      }
      this.lineLabel.push(label);
      // 2025年主要农产品产量 over a table: its year holds for the rows below it, up to the next prose.
      const tableRow = rowLines.has(line.start);
      if (!heading && !tableRow && opening && TABLE_CAPTION.test(lineText)) caption = opening;
      else if (!tableRow && lineText.trim() && !UNIT_LINE.test(lineText)) caption = undefined;
      const section = [...sections].reverse().find((s) => s.span)?.span;
      this.lineContext.push(opening ?? (tableRow ? caption : undefined) ?? section);
    }
    this.carry = { reviewedYear: this.reviewedYear, plannedYear: this.plannedYear, plannedSpan: this.plannedSpan, sections };
  }

  /** A year, a range of years or a named span (五年来, “十三五”) in a heading or opening clause. */
  private spanIn(text: string): Span | undefined {
    YEAR.lastIndex = 0;
    const m = YEAR.exec(text);
    if (m && !BASELINE_BEFORE.test(text.slice(0, m.index))) return this.yearMatch(m);
    return this.namedSpan(text);
  }

  /** 第十五个五年规划纲要, “十五五”规划: a plan's title (its first line `title`), and the span of years it plans. */
  private planTitleSpan(text: string, title: string): Span | undefined {
    const head = text.slice(0, OPENING_CHARS).split('\n').slice(0, 6).join('\n');
    // …实施方案（2025—2027年）, …三年行动计划(2024-2026年): a plan's title that gives its years.
    const spanned = TITLE_SPAN.exec(title);
    if (spanned && this.rules.planTitle(title)) return { from: Number(spanned[1]), to: Number(spanned[2]) };
    if (!head.includes('规划')) return undefined;
    for (const plan of this.planSpans) if (plan.names.some((name) => new RegExp(`${name}”?(?:时期|期间)?[^。，\n]{0,16}规划`).test(head))) return plan.span;
    return undefined;
  }

  private namedSpan(text: string): Span | undefined {
    const m = this.namedSpanWords.exec(text);
    if (!m) return undefined;
    // 今后五年间 looks ahead, though it ends like 五年间, which looks back.
    for (const [word, n] of this.ahead) {
      if (text.includes(word) && this.plannedYear !== undefined) return { from: this.plannedYear, to: this.plannedYear + n - 1 };
    }
    for (const [word, n] of this.openers) {
      if (text.includes(word) && this.reviewedYear !== undefined) return { from: this.reviewedYear - n + 1, to: this.reviewedYear };
    }
    for (const plan of this.planSpans) {
      const name = plan.names.find((n) => text.includes(n));
      if (name === undefined) continue;
      const after = text.slice(text.indexOf(name) + name.length);
      // 到“十五五”末: the plan's last year.
      if (PLAN_END.test(after)) return { from: plan.span.to, to: plan.span.to };
      // “十二五”前两年: the first years of a plan's span, not all of it.
      const first = PLAN_FIRST_YEARS.exec(after);
      const n = first ? smallCount(first[1]!) : undefined;
      return n !== undefined && n < plan.span.to - plan.span.from + 1 ? { from: plan.span.from, to: plan.span.from + n - 1 } : plan.span;
    }
    return undefined;
  }

  private yearMatch(m: RegExpExecArray): Span {
    const from = Number(m[1]);
    if (m[2] && m[2].length === 2) return { from, to: Math.floor(from / 100) * 100 + Number(m[2]), whole: true };
    // 2023/2024学年: a school year is one period across two calendar years, as a fiscal year is.
    if (m[2]) return /学|财政/.test(m[0]) ? { from, to: Number(m[2]), whole: true } : { from, to: Number(m[2]) };
    if (m[3] && this.reviewedYear !== undefined && this.reviewedYear > from) return { from, to: this.reviewedYear };
    return { from, to: from };
  }

  /** The first clause of a paragraph, when it names a year or a span: 五年来，… / 刚刚过去的2017年，… */
  private openingSpan(lineText: string): Span | undefined {
    const first = /^[^，,。；;：:]*/.exec(lineText.trim())?.[0] ?? '';
    if (first.length > 24) return undefined;
    // 失业率由2024年的3.0%…, 比2020年增长…: a year a level grew from, or one compared with, is not the paragraph's.
    const from = OPENING_FROM_YEAR.exec(first);
    return this.spanIn(from ? first.slice(0, from.index) : first);
  }

  /** The year or span the sentence states before the figure, nearest last; baselines (比2020年) excluded. */
  private sentenceSpan(sentenceStart: number, start: number): Span | undefined {
    const before = this.text.slice(sentenceStart, start);
    const found = this.lastYearIn(before);
    if (found) return found;
    const rel = this.relativeYear(before);
    if (rel !== undefined) return { from: rel, to: rel };
    return this.namedSpanOutsideBaseline(before);
  }

  /**
   * The last single year an earlier sentence names (within reach, in this paragraph or the ones before it),
   * not one compared with; none when the figure's own sentence speaks of a year of its own (今年, 去年).
   */
  private paragraphYearBefore(start: number): number | undefined {
    const sentenceStart = this.layout.sentence(start).start;
    this.relativeWords.lastIndex = 0;
    if (this.relativeWords.test(this.text.slice(sentenceStart, start))) return undefined;
    // Not past a section's heading (二、主要工作成效): the section before may be of other years.
    let from = Math.max(0, sentenceStart - PARAGRAPH_YEAR_REACH);
    for (let i = this.layout.lineIndex(sentenceStart) - 1; i >= 0 && this.layout.lines[i]!.end > from; i--) {
      const line = this.layout.lines[i]!;
      if (headingOf(this.text.slice(line.start, line.end))?.level === 1) {
        from = Math.max(from, line.end);
        break;
      }
    }
    // Prose only: a table's caption (表1 2025年主要农产品产量) dates its own rows, and no more.
    let window = '';
    for (let i = this.layout.lineIndex(from); i < this.layout.lines.length && this.layout.lines[i]!.start < sentenceStart; i++) {
      const line = this.layout.lines[i]!;
      const text = this.text.slice(Math.max(from, line.start), Math.min(line.end, sentenceStart));
      if (PROSE_MARK.test(text)) window += text + '\n';
    }
    // 力争到2030年…: a year a target is set for dates nothing that was done.
    const span = this.lastYearIn(window.replace(FUTURE_YEAR_CUE, (m) => ' '.repeat(m.length)));
    return span && span.from === span.to ? span.from : undefined;
  }

  /** The last year or span of years `text` names, not one compared with (比2020年). */
  private lastYearIn(text: string): Span | undefined {
    let found: Span | undefined;
    // 比2020年和2024年: a year joined to one compared with is compared with too.
    let comparedEnd = -1;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
      const joined = comparedEnd >= 0 && YEAR_JOINER.test(text.slice(comparedEnd, m.index));
      // 是2010年的1.6倍: the year a multiple is of.
      const multipleOf = text[m.index - 1] === '是' && text[m.index + m[0].length] === '的';
      if (joined || multipleOf || BASELINE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) {
        comparedEnd = m.index + m[0].length;
        continue;
      }
      comparedEnd = -1;
      found = this.yearMatch(m);
    }
    return found;
  }

  private namedSpanOutsideBaseline(text: string): Span | undefined {
    const span = this.namedSpan(text);
    if (!span) return undefined;
    // 较“十三五”末 is a baseline, and 是“十一五”时期的(2.3倍) what a multiple is of, not the period.
    if (COMPARED_PLAN_END.test(text) || MULTIPLE_OF_PLAN.test(text)) return undefined;
    return span;
  }

  private relativeYear(text: string): number | undefined {
    // Undated, a report that states the year it plans (2025年政府工作报告) is given in that year.
    const now = this.docYear ?? (this.plannedStated ? this.plannedYear : undefined);
    // With no year to count from, no relative year says anything: the text is not searched.
    if (now === undefined && this.reviewedYear === undefined) return undefined;
    // The last relative year in the text, not one compared with (比上年, 较去年, 同上年).
    let word: string | undefined;
    const re = this.relativeWords;
    re.lastIndex = 0;
    const p = this.rules.files.periods;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > 0 && COMPARED_BEFORE.has(text[m.index - 1]!)) continue;
      // 上年结转5.3亿元 is money carried into the year reported, not a figure of the year before.
      if (p.relativeYearNotBefore?.some((w) => text.startsWith(w, m!.index + m![0].length))) continue;
      word = m[0];
    }
    if (word === undefined) return undefined;
    // 上年 and 本年 in a bulletin on 2025 (published in 2026) are 2024 and 2025: they count from the year reported.
    // A text that states the year it plans speaks from that year (本年度将… in a 2025 policy address is 2025).
    const from = p.reviewedRelativeYears?.includes(word) && this.reviewedYear !== undefined && !this.plannedStated ? this.reviewedYear : now;
    return from !== undefined ? from + p.relativeYears[word]! : undefined;
  }

  private isFlow(q: PeriodQuery, clause: string): boolean {
    const p = this.rules.files.periods;
    return q.measure === 'change' || p.flowWords.some((w) => q.indicator.includes(w) || clause.includes(w)) || p.throughout.some((w) => clause.includes(w));
  }

  periodAt(q: PeriodQuery): string | undefined {
    // 较2024年的2.2%, 比上年的4.8%: the level compared with is of the year named, or of the year before.
    const comparedWith = COMPARED_WITH.exec(this.text.slice(q.clauseStart, q.start));
    if (comparedWith) {
      if (comparedWith[1]) return comparedWith[1];
      const own = this.periodOf(q);
      return own && /^\d{4}$/.test(own) ? String(Number(own) - 1) : undefined;
    }
    return this.periodOf(q);
  }

  /** The years the text around a figure speaks of: its sentence's own, a line label's, or its paragraph's and section's. */
  contextAt(start: number, sentenceUpTo = start): Span | undefined {
    if (this.lastContext && this.lastContext.start === start && this.lastContext.upTo === sentenceUpTo) return this.lastContext.span;
    const sentence = this.layout.sentence(start);
    const line = this.layout.lineIndex(start);
    const span = this.sentenceSpan(sentence.start, Math.max(sentence.start, sentenceUpTo)) ?? this.lineLabel[line] ?? this.lineContext[line];
    this.lastContext = { start, upTo: sentenceUpTo, span };
    return span;
  }

  private periodOf(q: PeriodQuery): string | undefined {
    const text = this.text;
    const clause = text.slice(q.clauseStart, q.start);
    // 由2016年的98.6亿元增加到2021年的156.3亿元，年均增长7.8%: the average is of the years after the first level.
    if (q.measure === 'change' && clause.includes(YEARLY_AVERAGE)) {
      const joined = lastMatch(FROM_YEAR_TO_YEAR, text.slice(Math.max(this.layout.sentence(q.start).start, q.clauseStart - FROM_TO_REACH), q.clauseStart));
      if (joined && Number(joined[2]) > Number(joined[1])) return `${Number(joined[1]) + 1}-${joined[2]}`;
    }
    // 两年平均增长5.1%, 连续8年稳定在1300万吨以上: an average or a run over the years up to the one the
    // figure is of (an average only of a change).
    const averaged = clause.includes('年') ? YEARS_AVERAGED.exec(clause) : null;
    if (averaged && (averaged[2] !== undefined || q.measure === 'change')) {
      const own = this.periodOf({ ...q, clauseStart: q.clauseStart + averaged.index + averaged[0].length });
      const n = smallCount(averaged[1] ?? averaged[2]!);
      if (own && /^\d{4}$/.test(own) && n > 1) return `${Number(own) - n + 1}-${own}`;
    }
    // 由“十二五”末的1,286亿元: a level grown from at a plan's end is of its last year.
    const fromPlanEnd = clause.includes('五') ? FROM_PLAN_END.exec(clause) : null;
    if (fromPlanEnd) {
      const plan = this.planSpans.find((p) => p.names.includes(fromPlanEnd[1]!));
      if (plan) return String(plan.span.to);
    }
    // 失业率由2024年的3.0%上升至3.1%: the year named for the level grown from is not the level reached's.
    const namedFrom = REACHED_FROM_NAMED_YEAR.exec(clause);
    const context = this.contextAt(q.start, namedFrom ? q.clauseStart + namedFrom.index : q.start) ?? (q.kind === 'target' ? this.plannedSpan : undefined);
    // 城镇化率由48.2%提高到53.5%: the level grown from stands at the end of the year before
    // (a year named for it, 由2014年的…, comes between 由 and the figure and is taken as it is).
    const grownFrom = /(?:从|由)\s*$/.test(clause);
    // 较2024年的2.2%: the level compared with is that year's.
    if (!context) {
      // 全年增长预测维持在2%至3% in a November release: the year it is dated in, not the year after it.
      const ofTheDate = q.kind === 'target' && this.docYear !== undefined && this.rules.files.periods.yearOfTheDate?.some((w) => text.slice(this.layout.sentence(q.start).start, q.start).includes(w));
      // A text that dates nothing of its own (a news item) goes on in the year an earlier sentence of the
      // paragraph named: 2025年我国国内生产总值…。全年全国居民人均可支配收入… is of 2025.
      // Not a level grown from, nor a yearly average: those the year alone would misdate.
      const carried = q.kind === 'actual' && this.plannedYear === undefined && !grownFrom && !this.rules.files.periods.spanRates?.some((w) => q.indicator.includes(w) || clause.includes(w));
      const fallback = (ofTheDate ? this.docYear : q.kind === 'target' ? this.plannedYear : this.reviewedYear) ?? (carried ? this.paragraphYearBefore(q.start) : undefined);
      return fallback !== undefined ? String(grownFrom ? fallback - 1 : fallback) : undefined;
    }
    if (context.from === context.to) return String(grownFrom ? context.from - 1 : context.from);
    if (context.whole) return format(context);
    // 从54万亿元增加到82.7万亿元: the level grown from stands for the year before the span.
    if (grownFrom) return String(context.from - 1);
    // A contribution to growth or a yearly average is of the whole span, whatever verb reaches it; but
    // one that rose from one level to another (由54.9%提高到58.8%) is a yearly level at the span's end.
    const reachedFrom = /(?:由|从)[^，,；;]*(?:到|至)\s*$/.test(clause);
    if (!reachedFrom && this.rules.files.periods.spanRates?.some((w) => q.indicator.includes(w) || clause.includes(w))) return format(context);
    // …增加到82.7万亿元: a level reached holds at the end of the span.
    if (/(?:到|至)\s*$/.test(clause)) return String(context.to);
    if (q.kind === 'target' || this.isFlow(q, clause)) return format(context);
    return String(context.to);
  }

  /** For a change: the year it is measured against (比2020年, 同比 -> the year before, 较“十三五”末 -> 2020). */
  baselineAt(clauseStart: number, start: number, period: string | undefined): string | undefined {
    return this.baselineIn(this.text.slice(clauseStart, start), period);
  }

  /** The baseline that words before a change (or a table's column header, 比上年增长%) name. */
  baselineIn(before: string, period: string | undefined): string | undefined {
    // 较2024年的2.2%: the figure is the level compared with; what it was measured against is not said.
    if (COMPARED_WITH.test(before)) return undefined;
    const year = /(?:比|较|同)\s*((?:19|20)\d\d)\s*年/.exec(before);
    if (year) return year[1];
    const plan = COMPARED_PLAN_END.exec(before);
    if (plan) {
      const found = this.planSpans.find((p) => p.names.includes(plan[1]!));
      if (found) return String(found.span.to);
    }
    // 比年初 compares with the level the year opened at, which is the year before's closing level (比上年末).
    if (/同比|按年|年增|年减|(?:比|较)(?:上年|去年|上一年|年初)/.test(before) && period && /^\d{4}$/.test(period)) return String(Number(period) - 1);
    return undefined;
  }
}
