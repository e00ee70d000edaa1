import type { IndicatorRecord } from '../records/types.js';

export interface GoldRecord extends Partial<IndicatorRecord> {
  doc: string;
  start: number;
  end: number;
  quote: string;
  value: number;
  unit: string;
  optional?: boolean;
}

export interface Pair {
  gold: GoldRecord;
  pred: IndicatorRecord;
}

export interface Metrics {
  gold: number;
  predicted: number;
  matched: number;
  detect: { precision: number; recall: number; f1: number };
  quantityF1: number;
  indicatorAccuracy: number;
  kindAccuracy: number;
  comparatorAccuracy: number;
  measureAccuracy: number;
  recordF1: number;
  periodAccuracy: number | null;
  regionAccuracy: number | null;
}

export interface Score {
  metrics: Metrics;
  pairs: Pair[];
  misses: GoldRecord[];
  extras: IndicatorRecord[];
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Character-multiset F1 of two strings (code points). */
export function charF1(pred: string, gold: string): number {
  const count = new Map<string, number>();
  for (const ch of gold) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  let predLen = 0;
  for (const ch of pred) {
    predLen++;
    const c = count.get(ch) ?? 0;
    if (c > 0) {
      common++;
      count.set(ch, c - 1);
    }
  }
  const goldLen = [...gold].length;
  if (common === 0 || predLen === 0 || goldLen === 0) return 0;
  const p = common / predLen;
  const r = common / goldLen;
  return (2 * p * r) / (p + r);
}

export function sameQuantity(pred: IndicatorRecord, gold: GoldRecord): boolean {
  const tolerance = 1e-9 * Math.max(Math.abs(gold.value), Number.MIN_VALUE);
  return pred.unit === gold.unit && Math.abs(pred.value - gold.value) <= tolerance;
}

export const fieldChecks = {
  quantity: (p: IndicatorRecord, g: GoldRecord) => sameQuantity(p, g),
  indicator: (p: IndicatorRecord, g: GoldRecord) => charF1(p.indicator, g.indicator ?? '') >= 0.5,
  kind: (p: IndicatorRecord, g: GoldRecord) => p.kind === g.kind,
  comparator: (p: IndicatorRecord, g: GoldRecord) => p.comparator === g.comparator,
  measure: (p: IndicatorRecord, g: GoldRecord) => p.measure === g.measure,
} satisfies Record<string, (p: IndicatorRecord, g: GoldRecord) => boolean>;

/**
 * Match predictions to gold as RECORDS.md says: per document, each gold record in document order
 * takes the not yet matched prediction that overlaps it most; matches of optional gold count neither way.
 */
export function matchRecords(gold: GoldRecord[], pred: IndicatorRecord[]): { pairs: Pair[]; optionalHits: number; extras: IndicatorRecord[]; misses: GoldRecord[] } {
  const predByDoc = new Map<string, IndicatorRecord[]>();
  for (const p of pred) (predByDoc.get(p.doc) ?? predByDoc.set(p.doc, []).get(p.doc)!).push(p);
  const used = new Set<IndicatorRecord>();
  const pairs: Pair[] = [];
  const misses: GoldRecord[] = [];
  let optionalHits = 0;
  const ordered = [...gold].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end));
  for (const g of ordered) {
    let best: IndicatorRecord | undefined;
    let bestOverlap = 0;
    for (const p of predByDoc.get(g.doc) ?? []) {
      if (used.has(p)) continue;
      const o = overlap(p, g);
      if (o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    if (best) {
      used.add(best);
      if (g.optional) optionalHits++;
      else pairs.push({ gold: g, pred: best });
    } else if (!g.optional) misses.push(g);
  }
  const extras = pred.filter((p) => !used.has(p));
  return { pairs, optionalHits, extras, misses };
}

function f1(tp: number, predicted: number, gold: number): number {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function score(gold: GoldRecord[], pred: IndicatorRecord[]): Score {
  const { pairs, optionalHits, extras, misses } = matchRecords(gold, pred);
  const goldCount = gold.filter((g) => !g.optional).length;
  const predicted = pred.length - optionalHits;
  const matched = pairs.length;
  const count = (ok: (p: Pair) => boolean) => pairs.filter(ok).length;
  const acc = (ok: (p: Pair) => boolean) => (matched ? count(ok) / matched : 0);
  const quantityTp = count(({ pred: p, gold: g }) => fieldChecks.quantity(p, g));
  const recordTp = count(({ pred: p, gold: g }) => Object.values(fieldChecks).every((check) => check(p, g)));
  const withPeriod = pairs.filter((p) => p.gold.period !== undefined);
  const withRegion = pairs.filter((p) => p.gold.region !== undefined);
  const precision = predicted ? matched / predicted : 0;
  const recall = goldCount ? matched / goldCount : 0;
  return {
    metrics: {
      gold: goldCount,
      predicted,
      matched,
      detect: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
      quantityF1: f1(quantityTp, predicted, goldCount),
      indicatorAccuracy: acc(({ pred: p, gold: g }) => fieldChecks.indicator(p, g)),
      kindAccuracy: acc(({ pred: p, gold: g }) => fieldChecks.kind(p, g)),
      comparatorAccuracy: acc(({ pred: p, gold: g }) => fieldChecks.comparator(p, g)),
      measureAccuracy: acc(({ pred: p, gold: g }) => fieldChecks.measure(p, g)),
      recordF1: f1(recordTp, predicted, goldCount),
      periodAccuracy: withPeriod.length ? withPeriod.filter((p) => p.pred.period === p.gold.period).length / withPeriod.length : null,
      regionAccuracy: withRegion.length ? withRegion.filter((p) => (p.pred.region ?? '') === p.gold.region).length / withRegion.length : null,
    },
    pairs,
    misses,
    extras,
  };
}
