import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, loadRules } from '../index.js';
import { readGold } from '../eval/gold.js';
import { charF1, fieldChecks, score, type Score } from '../eval/score.js';
import type { IndicatorRecord } from '../records/types.js';

export interface EvalOptions {
  gold: string;
  docs: string;
  show?: boolean;
  json?: boolean;
  ifPresent?: boolean;
  rules?: string;
}

const pct = (x: number | null) => (x === null ? '   n/a' : (x * 100).toFixed(1).padStart(6));

export function formatMetrics(s: Score): string {
  const m = s.metrics;
  return [
    `gold ${m.gold}  predicted ${m.predicted}  matched ${m.matched}`,
    `detect     P ${pct(m.detect.precision)}  R ${pct(m.detect.recall)}  F1 ${pct(m.detect.f1)}`,
    `quantity   F1 ${pct(m.quantityF1)}`,
    `indicator  acc ${pct(m.indicatorAccuracy)}`,
    `kind       acc ${pct(m.kindAccuracy)}`,
    `comparator acc ${pct(m.comparatorAccuracy)}`,
    `measure    acc ${pct(m.measureAccuracy)}`,
    `record     F1 ${pct(m.recordF1)}`,
    `period     acc ${pct(m.periodAccuracy)}`,
    `region     acc ${pct(m.regionAccuracy)}`,
  ].join('\n');
}

function formatDetails(s: Score): string {
  const lines: string[] = [];
  for (const g of s.misses) lines.push(`MISS  ${g.doc}@${g.start} ${g.quote} (${g.indicator ?? ''})`);
  for (const p of s.extras) lines.push(`EXTRA ${p.doc}@${p.start} ${p.quote} [${p.indicator}] ${p.rule}`);
  for (const { gold: g, pred: p } of s.pairs) {
    const wrong: string[] = [];
    if (!fieldChecks.quantity(p, g)) wrong.push(`quantity ${g.value} ${g.unit} -> ${p.value} ${p.unit}`);
    if (!fieldChecks.indicator(p, g)) wrong.push(`indicator ${g.indicator} -> ${p.indicator} (${charF1(p.indicator, g.indicator ?? '').toFixed(2)})`);
    if (!fieldChecks.kind(p, g)) wrong.push(`kind ${g.kind} -> ${p.kind}`);
    if (!fieldChecks.comparator(p, g)) wrong.push(`comparator ${g.comparator} -> ${p.comparator}`);
    if (!fieldChecks.measure(p, g)) wrong.push(`measure ${g.measure} -> ${p.measure}`);
    if (g.period !== undefined && g.period !== p.period) wrong.push(`period ${g.period} -> ${p.period ?? '-'}`);
    if (g.region !== undefined && g.region !== (p.region ?? '')) wrong.push(`region ${g.region} -> ${p.region ?? '-'}`);
    if (wrong.length) lines.push(`WRONG ${g.doc}@${g.start} ${g.quote}: ${wrong.join('; ')}`);
  }
  return lines.join('\n');
}

/** `zhibiao eval`: extract every document the gold file names and score the records as RECORDS.md defines. */
export function runEval(options: EvalOptions, print: (text: string) => void = console.log): number {
  if (!existsSync(options.gold) || !existsSync(options.docs)) {
    const missing = !existsSync(options.gold) ? options.gold : options.docs;
    if (options.ifPresent) {
      print(`evaluation data not found (${missing}); nothing to evaluate`);
      return 0;
    }
    throw new Error(`evaluation data not found: ${missing}`);
  }
  const gold = readGold(options.gold);
  const rules = loadRules(options.rules);
  const docs = [...new Set(gold.map((g) => g.doc))].sort();
  const predicted: IndicatorRecord[] = [];
  for (const doc of docs) {
    const path = join(options.docs, doc);
    if (!existsSync(path)) throw new Error(`document named in gold not found: ${path}`);
    predicted.push(...extract(readFileSync(path, 'utf8'), { doc, rules }));
  }
  const result = score(gold, predicted);
  if (options.json) print(JSON.stringify(result.metrics, null, 2));
  else {
    print(`evaluated ${docs.length} document(s) from ${options.docs}`);
    print(formatMetrics(result));
  }
  if (options.show) print(formatDetails(result));
  return 0;
}
