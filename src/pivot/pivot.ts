import { stringify } from 'csv-stringify/sync';
import type { IndicatorRecord } from '../records/types.js';
import { csvCell } from '../records/write.js';

export const WIDE_FIELDS = ['region', 'period', 'indicator_id', 'kind', 'measure', 'value', 'value_max', 'unit', 'comparator', 'indicator', 'doc', 'quote', 'sources'] as const;

export interface WideRow {
  region: string;
  period: string;
  indicator_id: string;
  kind: string;
  measure: string;
  value: number;
  value_max?: number;
  unit: string;
  comparator: string;
  indicator: string;
  doc: string;
  quote: string;
  /** How many records gave this key; the row shows the first by document and position. */
  sources: number;
}

/**
 * One row per region × period × indicator_id × kind (× measure, so a level and its growth both stay):
 * records without a catalogue id, region or period cannot be joined and are left out.
 */
export function pivot(records: Iterable<IndicatorRecord>): WideRow[] {
  const rows = new Map<string, WideRow>();
  for (const r of records) {
    if (!r.indicator_id || !r.region || !r.period) continue;
    const key = [r.region, r.period, r.indicator_id, r.kind, r.measure].join('\u0000');
    const row = rows.get(key);
    if (row) {
      row.sources++;
      continue;
    }
    rows.set(key, {
      region: r.region, period: r.period, indicator_id: r.indicator_id, kind: r.kind, measure: r.measure,
      value: r.value, ...(r.value_max !== undefined ? { value_max: r.value_max } : {}),
      unit: r.unit, comparator: r.comparator, indicator: r.indicator, doc: r.doc, quote: r.quote, sources: 1,
    });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()].sort((a, b) => cmp(a.region, b.region) || cmp(a.period, b.period) || cmp(a.indicator_id, b.indicator_id) || cmp(a.kind, b.kind) || cmp(a.measure, b.measure));
}

export function wideCsv(rows: WideRow[], bom = false): string {
  const body = stringify([[...WIDE_FIELDS], ...rows.map((row) => WIDE_FIELDS.map((f) => csvCell(f, row[f as keyof WideRow], true)))], { record_delimiter: '\n' });
  return (bom ? '\ufeff' : '') + body;
}
