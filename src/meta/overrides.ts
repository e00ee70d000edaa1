import { existsSync, readFileSync } from 'node:fs';
import { ZhibiaoError } from '../rules/errors.js';
import type { MetaOverride } from './document.js';

/** RFC 4180 fields: commas, quotes doubled inside quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const FIELDS = ['title', 'date', 'region'] as const;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checked(source: string, values: Record<string, unknown>): MetaOverride {
  const out: MetaOverride = {};
  for (const f of FIELDS) {
    const v = values[f];
    if (v === undefined || v === '') continue;
    if (typeof v !== 'string') throw new ZhibiaoError('INPUT_INVALID', `${source}: ${f} must be text`);
    if (f === 'date' && !DATE.test(v)) throw new ZhibiaoError('INPUT_INVALID', `${source}: date '${v}' must be YYYY-MM-DD, YYYY-MM or YYYY`);
    out[f] = v;
  }
  return out;
}

/** `--meta FILE.csv` with columns doc, title, date, region: values per document name. */
export function readMetaCsv(path: string): Map<string, MetaOverride> {
  if (!existsSync(path)) throw new ZhibiaoError('USAGE', `--meta file not found: ${path}`);
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  if (!cols.includes('doc')) throw new ZhibiaoError('INPUT_INVALID', `${path}: the first row must name the columns, with a 'doc' column (doc,title,date,region)`);
  const map = new Map<string, MetaOverride>();
  rows.forEach((row, i) => {
    const values = Object.fromEntries(cols.map((c, k) => [c, (row[k] ?? '').trim()]));
    map.set(values.doc!, checked(`${path}: row ${i + 2}`, values));
  });
  return map;
}

/** A sidecar `<file>.meta.json` beside an input: {"title": …, "date": …, "region": …}. */
export function readSidecar(inputPath: string): MetaOverride | undefined {
  const path = `${inputPath}.meta.json`;
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ZhibiaoError('INPUT_INVALID', `${path}: not valid JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object') throw new ZhibiaoError('INPUT_INVALID', `${path}: must hold an object`);
  return checked(path, data as Record<string, unknown>);
}
