import { toNumber } from '../numbers/decimal.js';
import type { CompiledRules } from '../rules/compile.js';
import type { IndicatorRecord } from '../records/types.js';
import { DE } from '../text/chars.js';
import { Layout, unwrapLines } from '../text/layout.js';
import { foldWidth } from '../text/normalize.js';
import { blankPageDebris } from '../text/page-debris.js';
import { closeLetterSpacing } from '../text/letter-spacing.js';
import { readMarkup } from '../text/markup.js';
import { composeRewrites, sourceEnd, sourceStart } from '../text/rewritten.js';
import { codePointOffsets } from '../text/offsets.js';
import type { Tagger } from '../text/segment.js';
import { findComparator } from './comparator.js';
import { cleanSegment, findIndicator, listOpeningMeasure, stripLeading, subjectHead, type IndicatorContext } from './indicator.js';
import { COMPARED_LEVEL } from '../text/compared.js';
import { distributeRespectively, type ListWords } from './respectively.js';
import { KindResolver, type KindCarry } from './kind.js';
import { findMeasure, type MeasureResult } from './measure.js';
import { implyUnit, readBaseBefore, readRatioToOne, readReachedFromUnit, readUnitInContext, readYears } from './implied-unit.js';
import { notRecordReason } from './not-records.js';
import { scanQuantities, type Quantity } from './scan.js';
import { shareListUnits } from './list-units.js';
import { labelledValues, tableCells } from './tables.js';
import { boundsNextThing } from './threshold.js';
import { Catalogue } from '../meta/catalogue.js';
import { detectMeta, type DocumentMeta, type MetaOverride } from '../meta/document.js';
import { PeriodResolver, type PeriodCarry, type Span } from '../meta/period.js';
import type { PlaceIndex } from '../meta/places.js';
import { sourceCharacters, toSimplified, toSourceScript } from '../text/script.js';

export interface Dropped {
  start: number;
  end: number;
  quote: string;
  reason: string;
}

export interface ExtractResult {
  records: IndicatorRecord[];
  /** What this text leaves in force for a piece that continues it (DocumentOptions.continues). */
  carry: DocumentCarry;
  /** Candidates that a not-record rule turned away, with that rule's id. */
  dropped: Dropped[];
  /** Title, date and region found for the document (or given for it). */
  meta: DocumentMeta;
  /** The text was in Traditional script and matched in Simplified. */
  traditional: boolean;
}

export interface DocumentOptions {
  meta?: MetaOverride;
  /**
   * The carry of the piece before, when this text continues a long one cut into pieces: its title,
   * open headings and stated years stay in force, as they would in the whole text.
   */
  continues?: DocumentCarry;
}

/** Opaque to callers: handed from one piece's result to the next piece's options. */
export interface DocumentCarry {
  kind: KindCarry;
  period: PeriodCarry;
}

/** Everything a record's context needs that is computed once per document. */
interface DocumentContext {
  source: string;
  text: string;
  layout: Layout;
  kinds: KindResolver;
  periods: PeriodResolver;
  places: PlaceIndex;
  catalogue: Catalogue;
  traditional: boolean;
  /** For a Traditional text: how it writes each character its Simplified copy changed, read once when needed. */
  sourceCharacters?: Map<string, string>;
  rules: CompiledRules;
  tagger: Tagger | undefined;
  doc: string;
  /** Clause start of each record, found once in buildRecord and reused by finishRecord. */
  clauseStarts: Map<IndicatorRecord, number>;
  /** A table cell's column header, for a change: its baseline (比上年增长%). */
  columnHeaders: Map<IndicatorRecord, string>;
  /**
   * A figure's year from its table column's header (2024年) or the latest year of the header row, or from a
   * 分别 list of years; or the span of years a yearly average column averages over (2026-2030).
   */
  columnYears: Map<IndicatorRecord, number | string>;
  /** A change's baseline from a 分别 list of years compared with (比2020年和2024年分别增长…). */
  listBaselines: Map<IndicatorRecord, number>;
  /** The earlier record whose subject, and so whose place, a figure took. */
  regionFrom: Map<IndicatorRecord, IndicatorRecord>;
  /** Records whose kind only the text's structure gave (a section, the title), not words around them. */
  kindGuessed: Set<IndicatorRecord>;
  lastSentence?: { start: number; end: number; text: string };
}

/**
 * The core: one document's text in, its indicator records out. Pure apart from the tagger,
 * which only reads its dictionaries.
 */
export function extractDocument(original: string, doc: string, rules: CompiledRules, tagger?: Tagger, options: DocumentOptions = {}): ExtractResult {
  // Markup left in a plain-text file is read as a page shows it, and lines set a space between every
  // character are read closed up; offsets go back to the original at the end.
  const markup = readMarkup(original);
  const closed = composeRewrites(markup, closeLetterSpacing(markup ? markup.text : original));
  const source = closed ? closed.text : original;
  const script = toSimplified(foldWidth(source));
  const { text, gaps } = blankPageDebris(script.text);
  const layout = new Layout(text, gaps);
  const kinds = new KindResolver(layout, rules, options.continues?.kind);
  // Taiwan counts years by the Republic calendar (114年 = 2025): a Traditional text, or one naming 民国.
  const roc = (script.converted || text.includes('民国')) && ROC_YEAR_HINT.test(text);
  const { meta, places } = detectMeta(text, rules, options.meta, tagger, roc);
  const ctx: DocumentContext = {
    source, text, layout, kinds, places, rules, tagger, doc,
    periods: new PeriodResolver(layout, rules, meta.date, options.continues?.period, roc),
    catalogue: catalogueFor(rules),
    traditional: script.converted,
    clauseStarts: new Map(),
    columnHeaders: new Map(),
    columnYears: new Map(),
    listBaselines: new Map(),
    regionFrom: new Map(),
    kindGuessed: new Set(),
  };
  const records: IndicatorRecord[] = [];
  const dropped: Dropped[] = [];
  let previousSentenceStart = -1;
  let previousLine = -1;
  const before: Preceding = { end: -1, inUnit: new Map(), lineInUnit: new Map() };
  const quantities = scanQuantities(text, rules, layout.softBreaks);
  shareListUnits(text, quantities, rules);
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi]!;
    implyUnit(q, layout, rules, quantities[qi - 1]);
    readUnitInContext(q, layout, rules);
    readYears(q, layout, rules);
    readRatioToOne(q, layout, rules);
    readBaseBefore(q, layout);
    readReachedFromUnit(q, quantities[qi - 1], layout, rules);
    const reason = notRecordReason(q, layout, rules);
    if (reason) {
      dropped.push({ start: q.start, end: q.end, quote: source.slice(q.start, q.end), reason });
      continue;
    }
    const sentence = layout.sentence(q.start);
    if (sentence.start !== previousSentenceStart) {
      before.indicator = undefined;
      before.record = undefined;
      before.unit = undefined;
      before.subject = undefined;
      before.subjectUnit = undefined;
      before.countedSubject = undefined;
      before.inUnit.clear();
      previousSentenceStart = sentence.start;
    }
    const line = layout.lineIndex(q.start);
    if (line !== previousLine) {
      before.lineIndicator = undefined;
      before.lineInUnit.clear();
      previousLine = line;
    }
    const record = buildRecord(q, ctx, before);
    records.push(record.record);
    // 其中10亿元以上项目6个: a threshold names the thing the next figure counts; that one reads past it.
    if (boundsNextThing(q, quantities[qi + 1], layout)) continue;
    before.measure = record.measure;
    before.end = record.after;
    before.lastIndicator = record.record.indicator;
    // A figure in a bracketed aside (其中…, 包括…) is a part of the one before it, and the share of a
    // plan met (为预算的102.5%) a remark on it: the clauses after either go on speaking of that one.
    if (!layout.insideBrackets(q.start) && !record.aside) {
      before.indicator = before.lineIndicator = record.record.indicator;
      before.record = record.record;
      before.unit = record.record.unit;
      before.inUnit.set(record.record.unit, record.record.indicator);
      before.lineInUnit.set(record.record.unit, record.record.indicator);
      if (before.subject === undefined) {
        before.subject = record.record.indicator;
        before.subjectUnit = record.record.unit;
      }
      before.countedSubject = q.unitRule?.dimension === 'count' ? record.record.indicator : undefined;
    }
  }
  if (rules.patternEnabled('quantity/table-cell') || rules.patternEnabled('quantity/labelled-value')) {
    const { cells, labels } = rules.patternEnabled('quantity/table-cell') ? tableCells(layout, rules, roc) : { cells: [], labels: [] };
    if (rules.patternEnabled('quantity/labelled-value')) {
      const taken = new Set(cells.map((c) => c.start));
      for (const cell of labelledValues(layout, rules)) if (!taken.has(cell.start)) cells.push(cell);
    }
    // A cell the scanner read too (1.2% under 增长) is the table's: it knows the row and the column.
    // A number in a row's label (0—15岁人口) names the row.
    if (cells.length) {
      const taken = new Set(cells.map((c) => c.start));
      const inLabel = (r: IndicatorRecord) => labels.some((l) => r.start >= l.start && r.end <= l.end);
      let kept = 0;
      for (const r of records) if (!taken.has(r.start) && !inLabel(r)) records[kept++] = r;
      records.length = kept;
    }
    for (const cell of cells) {
      const line = layout.line(cell.start);
      // 江南区 | 856.2 under 地区生产总值（亿元）: a row named by a place gives where; its column gives what.
      const measured = cell.column && ctx.places.isPlace(cell.indicator) ? cell.column : cell.indicator;
      const record: IndicatorRecord = {
        doc, start: cell.start, end: cell.end, quote: source.slice(cell.start, cell.end), value: normalizeZero(cell.value), unit: cell.unit,
        measure: cell.measure, indicator: measured, kind: cell.kind ?? columnYearKind(cell.year, ctx.periods.plannedYear) ?? kinds.kindAt(cell.start, line.start, line.end), comparator: cell.comparator ?? '=',
        sentence: source.slice(line.start, line.end).trim(), rule: cell.rule,
      };
      ctx.clauseStarts.set(record, line.start);
      if (cell.header) ctx.columnHeaders.set(record, cell.header);
      const year = cell.year ?? (cell.reportedYearPlan ? ctx.periods.reviewedYear : undefined);
      if (cell.span) ctx.columnYears.set(record, `${cell.span.from}-${cell.span.to}`);
      else if (year !== undefined) ctx.columnYears.set(record, year);
      records.push(record);
    }
    records.sort((a, b) => a.start - b.start);
  }
  const cleaned = (from: number, to: number) => cleanSegment(unwrapLines(text.slice(from, to)), rules);
  distributeRespectively(records, layout, {
    subjectOf: cleaned,
    // Only words that name a measure: a verb alone (新增) or a figure's own words (比上年) add nothing.
    measureBetween: (from, to) => {
      const words = cleaned(from, to);
      return /^[\u4e00-\u9fff]{2,12}$/.test(words) && !rules.objectVerbs.has(words) ? words : '';
    },
    clauseStartOf: (r) => ctx.clauseStarts.get(r) ?? layout.clauseStart(r.start),
    paired: rules.files.indicator.pairedPrefixes,
    counterparts: rules.counterparts,
    words: listWords(rules, tagger),
    listPredicate: rules.listPredicate,
    yearOf: (r, year) => ctx.columnYears.set(r, year),
    baselineOf: (r, year) => ctx.listBaselines.set(r, year),
  });
  for (const r of records) finishRecord(r, ctx);
  if (closed) {
    for (const r of [...records, ...dropped]) {
      r.start = sourceStart(closed, r.start);
      r.end = sourceEnd(closed, r.end - 1);
      r.quote = original.slice(r.start, r.end);
    }
  }
  const toCp = codePointOffsets(original);
  if (toCp) {
    for (const r of records) {
      r.start = toCp(r.start);
      r.end = toCp(r.end);
    }
  }
  // The title is the document's own words, in its own script (the region stays Simplified, as records give it).
  if (script.converted && meta.title && options.meta?.title === undefined) {
    const at = text.indexOf(meta.title);
    if (at >= 0) meta.title = source.slice(at, at + meta.title.length);
  }
  return { records, dropped, meta, traditional: script.converted, carry: { kind: kinds.carry, period: ctx.periods.carry } };
}

/**
 * A span of years before the years a text plans is reviewed; one starting with them is planned. A single
 * year says less: a text may plan more than one (目标 for 2017 and for 2018), and report a month of its own.
 */
function kindOfSpan(span: Span | undefined, plannedYear: number | undefined): 'actual' | 'target' | undefined {
  if (!span || plannedYear === undefined || span.from === span.to) return undefined;
  if (span.to < plannedYear) return 'actual';
  if (span.from >= plannedYear) return 'target';
  return undefined;
}

/** A span or year that ended before the year a text is dated in: what it says of it is reviewed. */
function pastSpan(span: Span | undefined, docYear: number | undefined): 'actual' | undefined {
  return span && docYear !== undefined && span.to < docYear ? 'actual' : undefined;
}

/**
 * 2026年，常委会计划…，开展执法检查4次以上 in a review dated early in 2026: a year after the one the text
 * reviews, not yet over when it was written, can only be planned.
 */
function yearAhead(span: Span | undefined, reviewedYear: number | undefined, docYear: number): 'target' | undefined {
  return span && reviewedYear !== undefined && span.from === span.to && span.from > reviewedYear && span.from >= docYear ? 'target' : undefined;
}

/** Units that count people or households: what they count has no 产值 or 总投资 of its own. */
const PEOPLE_UNITS = new Set(['人', '户', '人次']);
/** How far back the last figure may stand for a sentence about another whole place to share its measure. */
const MAX_SENTENCE_GAP = 8;
/** The longest indicator read as a bare head (总产量, 增速) that may borrow the subject of the figure before. */
const MAX_BARE_HEAD = 4;

/** A three-digit year (114年), as only the Republic calendar writes years now. */
const ROC_YEAR_HINT = /(?<![\d.])1\d\d\s?年/;

/** A table's column of a year before the one the text plans (2025年 in a plan for 2026—2030) holds results. */
function columnYearKind(year: number | undefined, plannedYear: number | undefined): 'actual' | undefined {
  return year !== undefined && plannedYear !== undefined && year < plannedYear ? 'actual' : undefined;
}

/** Words of a 分别 list, from the tagger when there is one. */
function listWords(rules: CompiledRules, tagger: Tagger | undefined): ListWords | undefined {
  if (!tagger) return undefined;
  return {
    words: (s) => tagger.tag(s).map((t) => t.word),
    isMeasure: (s) => rules.indicatorSuffixes.matchEnd(s) !== undefined && !rules.thingsNamedLikeMeasures.has(s),
    measureEnd: (s) => rules.indicatorSuffixes.matchEnd(s)?.word,
  };
}

const SEMICOLONS = new Set(['；', ';']);
/** The longest words after a number that may name what it counts (农村贫困人口全部脱贫). */
const MAX_NAMED_AFTER = 12;
/** What stands between a figure and a signed percent in brackets after it: the bracket alone. */
const SIGNED_ASIDE = /^\s*[（(]\s*$/;
const SIGNS = new Set(['+', '＋', '-', '−']);

/** An indicator that opens with what looks like a place name (江南区…); 地区生产总值 does not. */
const PLACE_LIKE_START = /^(?!地区)[\u4e00-\u9fff]{2,4}[省市县区州旗]/;

/** What the figures before this one in its sentence (and line) left: the end of the last, its indicator and unit. */
interface Preceding {
  /** End of the last figure and of what belongs to it (a comparator, a counted noun). */
  end: number;
  indicator?: string;
  unit?: string;
  /** Indicator of the sentence's first figure: the subject that generic heads (总投资) belong to. */
  subject?: string;
  subjectUnit?: string;
  /** Indicator of the figure just before, when it counts things (项目12个): what a 总投资 after it is spent on. */
  countedSubject?: string;
  measure?: MeasureResult;
  /** The last indicator of the sentence in each unit. */
  inUnit: Map<string, string>;
  /** The same for the line, across its sentences. */
  lineInUnit: Map<string, string>;
  /** Indicator of the last figure on the line, across sentences (…；青石县312.4亿元). */
  lineIndicator?: string;
  /** The last figure of the sentence whose indicator later clauses take. */
  record?: IndicatorRecord;
  /** Indicator of the last figure anywhere before, whatever sentence or line it stood in. */
  lastIndicator?: string;
}

/** The category `indicator` with the measure `previous` ends in, if `indicator` is a category alone and `previous` one with a measure. */
function withSharedHead(indicator: string, previous: string, rules: CompiledRules): string {
  if (!rules.sharedHeadCategories.matchEnd(indicator) || rules.indicatorSuffixes.matchEnd(indicator)) return indicator;
  const head = rules.sharedHeads.matchEnd(previous);
  if (!head || previous.length - head.word.length < 2 || !rules.sharedHeadCategories.matchEnd(previous.slice(0, -head.word.length))) return indicator;
  return indicator + head.word;
}

/** The measure `indicator` of the category `previous` measured otherwise, if `indicator` is a shared measure alone. */
function withSharedCategory(indicator: string, previous: string, rules: CompiledRules): string {
  if (rules.sharedHeads.matchEnd(indicator)?.word !== indicator) return indicator;
  const head = rules.sharedHeads.matchEnd(previous);
  if (!head || head.word === indicator || previous.length - head.word.length < 2) return indicator;
  const category = previous.slice(0, -head.word.length);
  return rules.sharedHeadCategories.matchEnd(category) ? category + indicator : indicator;
}

/** 增长, 比上年增长, 同比下降: a label naming only a change. */
const CHANGE_LABEL = /^(?:比上年|较上年|同比|比去年|较去年)?[\u4e00-\u9fff]{2}$/;

/** The change a label before a colon names, where the label is only that (增长：5.6%), on a line of its own. */
function changeLabelBefore(text: string, layout: Layout, clauseStart: number, rules: CompiledRules): MeasureResult | undefined {
  const colon = text[clauseStart - 1];
  if (colon !== '：' && colon !== ':') return undefined;
  const line = layout.line(clauseStart);
  const label = text.slice(line.start, clauseStart - 1).trim();
  if (!CHANGE_LABEL.test(label)) return undefined;
  const m = findMeasure(label, rules);
  return m.measure === 'change' ? m : undefined;
}

function buildRecord(q: Quantity, ctx: DocumentContext, prev: Preceding): { record: IndicatorRecord; after: number; measure: MeasureResult; aside: boolean } {
  const { source, text, layout, kinds, rules, tagger, doc } = ctx;
  const clauseStart = layout.clauseStart(q.start);
  const clauseEnd = layout.clauseEnd(q.end);
  const cmp = findComparator(q, text, rules, layout.softBreaks);
  let after = q.end;
  const afterCue = rules.comparatorAfter.matchAt(text, q.end);
  if (afterCue) after += afterCue.word.length;
  const previousEnd = prev.end;
  const joinedToPrevious = previousEnd >= clauseStart && /^[、和及与]?$/.test(text.slice(previousEnd, cmp.cueStart));
  // 分别增长5.1%和7.2%: a figure joined to the one before by 和 or 、 alone shares its measure.
  const between = text.slice(Math.max(clauseStart, previousEnd), cmp.cueStart);
  // 增长2.5%，较2024年的2.2%: the level compared with is measured as the one before.
  const sameMeasure = (joinedToPrevious || (previousEnd >= 0 && COMPARED_LEVEL.test(between))) && prev.measure;
  // 控制在3%左右的目标以内: the words after the figure and its bound name it a target.
  const target = text.charCodeAt(after) === DE && rules.targetNamedAfter(text.slice(after, after + 8)) !== undefined;
  let measure = sameMeasure ? prev.measure! : findMeasure(between, rules);
  // 1,234.5亿元（+5.2%）: a signed percent in brackets right after a figure is that figure's change.
  if (measure.measure === 'level' && q.unit === '%' && previousEnd >= clauseStart && SIGNED_ASIDE.test(between) && SIGNS.has(text[q.start]!)) measure = { measure: 'change', sign: 1 };
  // 上涨0.3%，控制在3%左右的目标以内: a target named after a figure of the same unit is in its measure, unless
  // its own words give one (实现增长6%的目标).
  if (target && !sameMeasure && measure.measure === 'level' && prev.measure && prev.unit === q.unit) measure = prev.measure;
  // 地区生产总值：2683.5亿元 / 增长：5.6%: a label that is only a change, before a colon, is the change of the
  // figure on the line before.
  const changeLabel = between.trim() === '' ? changeLabelBefore(text, layout, clauseStart, rules) : undefined;
  if (changeLabel) measure = changeLabel;
  const indicatorContext: IndicatorContext = {
      text,
      clauseStart,
      clauseEnd,
      cueStart: cmp.cueStart,
      after,
      previousEnd: previousEnd >= clauseStart ? previousEnd : -1,
      previousIndicator: prev.indicator,
      previousAdjacent: joinedToPrevious,
      sameUnitAsPrevious: prev.unit !== undefined && prev.unit === q.unit,
      earlierInUnit: prev.inUnit.get(q.unit!),
      lineEarlierInUnit: prev.lineInUnit.get(q.unit!),
      lineIndicator: prev.lineIndicator,
      lastFigure: prev.lastIndicator !== undefined ? { end: prev.end, indicator: prev.lastIndicator } : undefined,
      // 实施重点项目320个…，新开工项目150个、总投资800亿元: the investment is in the things just counted.
      sentenceSubject: prev.countedSubject ?? prev.subject,
      sentenceSubjectCountsPeople: prev.countedSubject === undefined && prev.subjectUnit !== undefined && PEOPLE_UNITS.has(prev.subjectUnit),
      isChange: measure.measure === 'change',
      namesTarget: target,
  };
  let indicator = findIndicator(indicatorContext, rules, tagger);
  // 现行标准下32.6万农村贫困人口全部脱贫: a number whose unit the noun after it gave counts what those words say.
  if (q.namedAfter) {
    const named = cleanSegment(text.slice(q.end, clauseEnd), rules);
    if (named.length >= 2 && named.length <= MAX_NAMED_AFTER && !indicator.includes(named.slice(0, 2))) indicator = named;
  }
  // 外销订单金额…，年增率为12.4%，较上月增加3.2%: a change in percent after a growth rate is of the amount;
  // the rate's own change would be in points.
  if (measure.measure === 'change' && q.unit === '%' && indicator === prev.indicator) {
    const rate = rules.rateNouns.matchEnd(indicator);
    if (rate && indicator.length - rate.word.length >= 2) indicator = indicator.slice(0, -rate.word.length);
  }
  if (changeLabel && prev.lastIndicator && layout.lineIndex(prev.end) === layout.lineIndex(clauseStart) - 1) indicator = prev.lastIndicator;
  // 建设安置房1469套（其中：广顺镇400套、摆所镇127套）: a place alone in a breakdown says where, not what.
  if (ctx.places.isPlace(indicator)) {
    if (prev.indicator && layout.insideBrackets(q.start)) indicator += prev.indicator;
    // 江南区地区生产总值856.2亿元；青石县312.4亿元: a place alone in a run of places has the same measure.
    else if (prev.lineIndicator) {
      // Not when the one before starts with a place this document did not recognise (江南区…).
      const measured = ctx.places.withoutLeadingPlace(prev.lineIndicator);
      if (measured && (measured !== prev.lineIndicator || !PLACE_LIKE_START.test(measured))) indicator = measured;
    } else {
      // 各乡镇新增就业情况：\n河西镇：1200人: a place labelling a line of a list takes what the list's opening line
      // names; a township keeps its name, which no region field will carry.
      const measure = listOpeningMeasure(text, layout.line(q.start).start, rules);
      if (measure) indicator = ctx.places.isTownship(indicator) ? indicator + measure : measure;
    }
  }
  // 粮食播种面积稳定在86.2万亩，总产量达到36.8万吨: a bare head continues the subject of the figure before.
  // A name the catalogue knows as it stands (5G基站) is no bare head.
  if (prev.indicator && indicator.length <= MAX_BARE_HEAD && indicator !== prev.indicator && !ctx.catalogue.find(indicator)) indicator = ctx.catalogue.completeHead(indicator, prev.indicator) ?? subjectHead(indicator, prev.indicator, rules) ?? indicator;
  // 规上工业企业营业收入412.3亿元，利润总额26.7亿元: a measure alone after a category's other measure is the category's.
  if (prev.indicator && indicator !== prev.indicator) indicator = withSharedCategory(indicator, prev.indicator, rules);
  // 国有控股企业增加值增长6.2%，股份制企业增长8.1%: a category alone, in the unit and measure of the
  // category before, shares its measure.
  if (prev.indicator && prev.unit === q.unit && prev.measure?.measure === measure.measure && indicator !== prev.indicator) indicator = withSharedHead(indicator, prev.indicator, rules);
  // …企业增加值增长5.2%；股份制企业增长7.6%: a bulletin's semicolon parts one list, not its measure.
  else if (!prev.indicator && SEMICOLONS.has(text[clauseStart - 1] ?? '') && q.unit !== null) {
    const sibling = prev.lineInUnit.get(q.unit);
    if (sibling && sibling !== indicator) indicator = withSharedHead(indicator, sibling, rules);
    // …营业收入486.3亿元，同比增长11.4%；利润总额32.8亿元: and a measure alone, the category's.
    if (sibling && sibling !== indicator) indicator = withSharedCategory(indicator, sibling, rules);
  }
  // 接待游客785万人次，增速12.3%: a growth rate alone is the rate of the figure before.
  if (prev.indicator && rules.rateNouns.matchEnd(indicator)?.word === indicator && !prev.indicator.endsWith(indicator)) indicator = prev.indicator + indicator;
  // 临江市地区生产总值增长5.2%，全省增长5.0%: a figure for another whole place shares the measure, not the place;
  // in a sentence of its own (…增长6.1%。全市增长4.9%。) it names no measure but the last figure's.
  const wholePlace = ctx.places.wholeOpening(text.slice(clauseStart, q.start));
  if (wholePlace && indicator === prev.indicator) indicator = ctx.places.withoutLeadingPlace(indicator) || indicator;
  // 今年增长6%左右。明年力争突破300亿元: a sentence that names nothing goes on with the one right before it,
  // in the same paragraph (a figure alone on a line of its own names nothing).
  else if (!indicator && prev.lastIndicator && prev.end >= layout.sentence(q.start).start - MAX_SENTENCE_GAP && (wholePlace || layout.lineIndex(prev.end - 1) === layout.lineIndex(q.start))) indicator = ctx.places.withoutLeadingPlace(prev.lastIndicator) || prev.lastIndicator;
  // The counted noun after the number belongs to this figure, not to the next one's indicator.
  if (indicatorContext.nounEnd !== undefined && indicatorContext.nounEnd > after) after = indicatorContext.nounEnd;
  let value = toNumber(q.value);
  let valueMax = q.valueMax ? toNumber(q.valueMax) : undefined;
  if (measure.measure === 'change' && measure.sign < 0) {
    if (valueMax !== undefined) [value, valueMax] = [-Math.abs(valueMax), -Math.abs(value)];
    else value = -Math.abs(value);
  }
  // 完成年度计划的116%, 为预算的101.3%: the share of a plan met is a result, unless the words around it say
  // it is aimed at (力争完成年度计划的100%); the paragraph's plan style alone does not.
  // 控制在3%左右的目标以内: the words after the figure name it the target.
  let stated = target ? { kind: 'target' as const, said: true } : kinds.decide(q.start, clauseStart, clauseEnd);
  // 计划实施重点项目120个，总投资860亿元: the size of things planned just before is planned with them.
  const counted = prev.countedSubject;
  if (!stated.said && counted && prev.record?.kind === 'target' && !ctx.kindGuessed.has(prev.record) && indicator.length > counted.length && indicator.startsWith(counted)) stated = { kind: 'target', said: true };
  const decided = indicatorContext.aside && !stated.said ? { kind: 'actual' as const, said: true } : stated;
  const record: IndicatorRecord = {
    doc,
    start: q.start,
    end: q.end,
    quote: source.slice(q.start, q.end),
    value: normalizeZero(value),
    ...(valueMax !== undefined ? { value_max: normalizeZero(valueMax) } : {}),
    unit: q.unit!,
    measure: measure.measure,
    indicator: indicator || '(未识别)',
    kind: decided.kind,
    // 低于5.5%的控制目标: a word before a named target compares the result with it; only its own bound
    // (3%左右的目标) is the target's.
    comparator: target && !afterCue ? (q.approx ? '>' : '=') : cmp.comparator,
    sentence: sentenceText(q, ctx),
    rule: q.pattern,
  };
  if (!decided.said) ctx.kindGuessed.add(record);
  ctx.clauseStarts.set(record, clauseStart);
  // 青石县地区生产总值312.4亿元，增长5.8%: a figure that takes the subject of the one before is about its place too.
  if (prev.record && indicator === prev.indicator) ctx.regionFrom.set(record, prev.record);
  return { record, after, measure, aside: indicatorContext.aside === true };
}

/** The sentence around a quantity, as one string shared by all the records of that sentence. */
function sentenceText(q: Quantity, ctx: DocumentContext): string {
  const s = ctx.layout.sentence(q.start);
  let last = ctx.lastSentence;
  if (!last || last.start !== s.start || last.end !== s.end) last = ctx.lastSentence = { start: s.start, end: s.end, text: joinedSentence(ctx.source, s.start, s.end, ctx.layout.softBreaks).trim() };
  return last.text || ctx.source.slice(q.start, q.end);
}

/**
 * The source between two offsets without its soft line breaks and the page furniture blanked into them
 * (text from PDFs): the sentence as a reader reads it, on one line. Quotes keep the source as it is.
 */
function joinedSentence(source: string, start: number, end: number, soft: ReadonlySet<number>): string {
  if (soft.size === 0) return source.slice(start, end);
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    if (!soft.has(i)) continue;
    out += source.slice(from, i);
    from = i + 1;
  }
  return out + source.slice(from, end);
}

const catalogues = new WeakMap<CompiledRules, Catalogue>();

function catalogueFor(rules: CompiledRules): Catalogue {
  let c = catalogues.get(rules);
  if (!c) catalogues.set(rules, (c = new Catalogue(rules)));
  return c;
}

/**
 * Fields that depend on the final indicator (after 分别 lists are split): the catalogue id and its
 * unit check, the period, baseline and region, and the indicator back in the source's script.
 */
function finishRecord(r: IndicatorRecord, ctx: DocumentContext): void {
  const { layout, text } = ctx;
  const clauseStart = ctx.clauseStarts.get(r) ?? layout.clauseStart(r.start);
  const match = ctx.catalogue.match(r.indicator, r.unit, r.measure);
  if (match) {
    r.indicator_id = match.entry.id;
    if (match.dimensionMismatch) r.flags = ['unit-dimension'];
  }
  // Years named for the figure settle what only the text's structure guessed, in a text that states the
  // year it plans: “十四五”时期 in a 十五五 plan is its review, “十五五”期间 in a 2026 report its plan.
  // In a dated text that states no plan year (a news page), years wholly before its date are reviewed.
  if (ctx.kindGuessed.has(r)) {
    const { periods } = ctx;
    const context = periods.contextAt(r.start);
    const docYear = periods.docYear;
    const spanKind = periods.plannedStated ? kindOfSpan(context, periods.plannedYear) : docYear !== undefined ? (pastSpan(context, docYear) ?? yearAhead(context, periods.reviewedYear, docYear)) : undefined;
    if (spanKind) r.kind = spanKind;
  }
  // The kind is final here, and the period (which a target's kind can move) is read once, or from the table column.
  const columnYear = ctx.columnYears.get(r);
  const period = columnYear !== undefined ? String(columnYear) : ctx.periods.periodAt({ start: r.start, clauseStart, kind: r.kind, measure: r.measure, indicator: r.indicator });
  if (period) r.period = period;
  if (r.measure === 'change') {
    const header = ctx.columnHeaders.get(r);
    const listed = ctx.listBaselines.get(r);
    const baseline = listed !== undefined ? String(listed) : header !== undefined ? ctx.periods.baselineIn(header, period) : ctx.periods.baselineAt(clauseStart, r.start, period);
    if (baseline) r.baseline = baseline;
  }
  const line = layout.line(r.start);
  const clauseBefore = text.slice(clauseStart, r.start);
  const from = ctx.regionFrom.get(r);
  // Records are finished in text order, so the one a figure took its subject from has its region already.
  const region = from && !ctx.places.placeIn(clauseBefore) && !ctx.places.wholeOpening(clauseBefore) ? from.region : ctx.places.regionFor(clauseBefore, text.slice(line.start, Math.min(line.end, line.start + 12)));
  if (region) r.region = region;
  // 临江市地区生产总值: the place the figure is about is its region, not part of what it measures; a verb
  // of reporting after it (临江市实现地区生产总值) goes with it, as after 全市.
  if (region && r.indicator.length > region.length + 1 && r.indicator.startsWith(region)) {
    const measured = r.indicator.slice(region.length);
    r.indicator = stripLeading(measured, ctx.rules) || measured;
  }
  if (ctx.traditional) {
    const s = layout.sentence(r.start);
    r.indicator = toSourceScript(r.indicator, text, ctx.source, Math.max(0, s.start - 200), Math.min(text.length, s.end + 50), () => (ctx.sourceCharacters ??= sourceCharacters(text, ctx.source)));
  }
}

function normalizeZero(v: number): number {
  return Object.is(v, -0) ? 0 : v;
}
