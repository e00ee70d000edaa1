import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { RECORD_FIELDS, type IndicatorRecord } from './types.js';
import type { Reject } from './validate.js';

export interface WriteOptions {
  /** Prefix the CSV with a UTF-8 byte order mark so Excel reads it as UTF-8. */
  bom?: boolean;
}

/** Same order on every run: by document, then position, then end. */
export function sortRecords(records: IndicatorRecord[]): IndicatorRecord[] {
  return [...records].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}

/** Fields in the fixed column order, absent optional fields left out. */
export function orderedRecord(r: IndicatorRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of RECORD_FIELDS) if (r[f] !== undefined) out[f] = r[f];
  return out;
}

export function toCsv(records: IndicatorRecord[], options: WriteOptions = {}): string {
  const rows = records.map((r) => RECORD_FIELDS.map((f) => (r[f] === undefined ? '' : r[f])));
  const body = stringify(rows, { header: true, columns: [...RECORD_FIELDS], record_delimiter: '\n' });
  return (options.bom ? '\ufeff' : '') + body;
}

export function toJsonl(records: IndicatorRecord[]): string {
  return records.map((r) => JSON.stringify(orderedRecord(r))).join('\n') + (records.length ? '\n' : '');
}

export function toJson(records: IndicatorRecord[], meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, records: records.map(orderedRecord) }, null, 2) + '\n';
}

/** Write to a temporary file and rename it into place, so a crash never leaves half a file. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function writeOutputs(outDir: string, records: IndicatorRecord[], rejects: Reject[], meta: Record<string, unknown>, options: WriteOptions = {}): void {
  const sorted = sortRecords(records);
  writeAtomic(join(outDir, 'indicators.csv'), toCsv(sorted, options));
  writeAtomic(join(outDir, 'indicators.jsonl'), toJsonl(sorted));
  writeAtomic(join(outDir, 'indicators.json'), toJson(sorted, meta));
  writeAtomic(join(outDir, 'rejects.jsonl'), rejects.map((r) => JSON.stringify(r)).join('\n') + (rejects.length ? '\n' : ''));
}
