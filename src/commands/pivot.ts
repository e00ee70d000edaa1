import { join, resolve } from 'node:path';
import { loadRun } from '../diff/load-run.js';
import { pivot, wideCsv } from '../pivot/pivot.js';
import { writeAtomic } from '../records/atomic.js';

export interface PivotOptions {
  out: string;
  output?: string;
  bom?: boolean;
}

/** `zhibiao pivot`: the wide table of a run, ready to join across reports. */
export function runPivot(options: PivotOptions): { path: string; rows: number } {
  const out = resolve(options.out);
  const rows = pivot(loadRun(out).records);
  const path = options.output ?? join(out, 'indicators_wide.csv');
  writeAtomic(path, wideCsv(rows, options.bom));
  return { path, rows: rows.length };
}
