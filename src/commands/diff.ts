import { writeFileSync } from 'node:fs';
import { diffRecords, hasDifferences } from '../diff/diff.js';
import { formatHtml, formatJson, formatText, type DiffFormat } from '../diff/format.js';
import { loadRun } from '../diff/load-run.js';
import { ZhibiaoError } from '../rules/errors.js';

export interface DiffOptions {
  format?: string;
  output?: string;
}

const FORMATS = { text: formatText, json: formatJson, html: formatHtml } satisfies Record<DiffFormat, unknown>;

/** `zhibiao diff OLD NEW`: returns 1 when the runs differ, so it can gate CI. */
export function runDiff(oldPath: string, newPath: string, options: DiffOptions, print: (text: string) => void = (t) => process.stdout.write(t)): number {
  const format = (options.format ?? 'text') as DiffFormat;
  if (!(format in FORMATS)) throw new ZhibiaoError('USAGE', `--format must be one of ${Object.keys(FORMATS).join(', ')}`);
  const oldRun = loadRun(oldPath);
  const newRun = loadRun(newPath);
  const d = diffRecords(oldRun.records, newRun.records);
  const text = FORMATS[format](d, oldRun, newRun);
  if (options.output) writeFileSync(options.output, text);
  else print(text);
  return hasDifferences(d) ? 1 : 0;
}
