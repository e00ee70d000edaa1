import { toNumber } from '../numbers/decimal.js';
import type { CompiledRules } from '../rules/compile.js';
import type { IndicatorRecord } from '../records/types.js';
import { Layout } from '../text/layout.js';
import { foldWidth } from '../text/normalize.js';
import { codePointOffsets } from '../text/offsets.js';
import type { Tagger } from '../text/segment.js';
import { findComparator } from './comparator.js';
import { cleanSegment, findIndicator, type IndicatorContext } from './indicator.js';
import { distributeRespectively } from './respectively.js';
import { KindResolver } from './kind.js';
import { findMeasure, type MeasureResult } from './measure.js';
import { notRecordReason } from './not-records.js';
import { scanQuantities, type Quantity } from './scan.js';

export interface Dropped {
  start: number;
  end: number;
  quote: string;
  reason: string;
}

export interface ExtractResult {
  records: IndicatorRecord[];
  /** Candidates that a not-record rule turned away, with that rule's id. */
  dropped: Dropped[];
}

/**
 * The core: one document's text in, its indicator records out. Pure apart from the tagger,
 * which only reads its dictionaries.
 */
export function extractDocument(source: string, doc: string, rules: CompiledRules, tagger?: Tagger): ExtractResult {
  const text = foldWidth(source);
  const layout = new Layout(text);
  const kinds = new KindResolver(layout, rules);
  const records: IndicatorRecord[] = [];
  const dropped: Dropped[] = [];
  let previousEnd = -1;
  let previousSentenceStart = -1;
  let previousIndicator: string | undefined;
  let sentenceSubject: string | undefined;
  let previousMeasure: MeasureResult | undefined;
  for (const q of scanQuantities(text, rules)) {
    const reason = notRecordReason(q, layout, rules);
    if (reason) {
      dropped.push({ start: q.start, end: q.end, quote: source.slice(q.start, q.end), reason });
      continue;
    }
    const sentence = layout.sentence(q.start);
    if (sentence.start !== previousSentenceStart) {
      previousIndicator = undefined;
      sentenceSubject = undefined;
      previousSentenceStart = sentence.start;
    }
    const record = buildRecord(q, source, text, layout, kinds, rules, tagger, doc, previousEnd, previousIndicator, sentenceSubject, previousMeasure);
    records.push(record.record);
    previousMeasure = record.measure;
    previousEnd = record.after;
    previousIndicator = record.record.indicator;
    sentenceSubject ??= record.record.indicator;
  }
  distributeRespectively(records, layout, (clauseStart, at) => cleanSegment(text.slice(clauseStart, at), rules));
  const toCp = codePointOffsets(source);
  if (toCp) {
    for (const r of records) {
      r.start = toCp(r.start);
      r.end = toCp(r.end);
    }
  }
  return { records, dropped };
}

function buildRecord(
  q: Quantity,
  source: string,
  text: string,
  layout: Layout,
  kinds: KindResolver,
  rules: CompiledRules,
  tagger: Tagger | undefined,
  doc: string,
  previousEnd: number,
  previousIndicator: string | undefined,
  sentenceSubject: string | undefined,
  previousMeasure: MeasureResult | undefined,
): { record: IndicatorRecord; after: number; measure: MeasureResult } {
  const clauseStart = layout.clauseStart(q.start);
  const clauseEnd = layout.clauseEnd(q.end);
  const cmp = findComparator(q, text, rules);
  let after = q.end;
  const afterCue = rules.comparatorAfter.matchAt(text, q.end);
  if (afterCue) after += afterCue.word.length;
  const joinedToPrevious = previousEnd >= clauseStart && /^[、和及与]?$/.test(text.slice(previousEnd, cmp.cueStart));
  // 分别增长5.1%和7.2%: a figure joined to the one before by 和 or 、 alone shares its measure.
  const measure = joinedToPrevious && previousMeasure ? previousMeasure : findMeasure(text.slice(Math.max(clauseStart, previousEnd), cmp.cueStart), rules);
  const indicatorContext: IndicatorContext = {
      text,
      clauseStart,
      clauseEnd,
      cueStart: cmp.cueStart,
      after,
      previousEnd: previousEnd >= clauseStart ? previousEnd : -1,
      previousIndicator,
      previousAdjacent: joinedToPrevious,
      sentenceSubject,
      isChange: measure.measure === 'change',
  };
  const indicator = findIndicator(indicatorContext, rules, tagger);
  // The counted noun after the number belongs to this figure, not to the next one's indicator.
  if (indicatorContext.nounEnd !== undefined && indicatorContext.nounEnd > after) after = indicatorContext.nounEnd;
  let value = toNumber(q.value);
  let valueMax = q.valueMax ? toNumber(q.valueMax) : undefined;
  if (measure.measure === 'change' && measure.sign < 0) {
    if (valueMax !== undefined) [value, valueMax] = [-Math.abs(valueMax), -Math.abs(value)];
    else value = -Math.abs(value);
  }
  const s = layout.sentence(q.start);
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
    kind: kinds.kindAt(q.start, clauseStart, clauseEnd),
    comparator: cmp.comparator,
    sentence: source.slice(s.start, s.end).trim() || source.slice(q.start, q.end),
    rule: q.pattern,
  };
  return { record, after, measure };
}

function normalizeZero(v: number): number {
  return Object.is(v, -0) ? 0 : v;
}
