import { stringify } from 'csv-stringify/sync';
import { Pieces } from './pieces.js';
import { RECORD_FIELDS, type IndicatorRecord } from './types.js';

/** Fields in the fixed column order, absent optional fields left out. */
export function orderedRecord(r: IndicatorRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of RECORD_FIELDS) if (r[f] !== undefined) out[f] = r[f];
  return out;
}

const NUMERIC = new Set<string>(['start', 'end', 'value', 'value_max']);
/** Columns that only ever hold one of a few fixed symbols (=, >=, …), never text from a report. */
const CONTROLLED = new Set<string>(['comparator', 'measure', 'kind']);
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell beginning with = + - @ (or a tab or carriage return) is run as a formula by Excel and
 * LibreOffice; a leading apostrophe makes it text. Numeric columns hold numbers, so a negative value
 * stays a number; the comparator column holds only the fixed symbols of RECORDS.md (=, >=, …), written
 * as they are so that pandas or DuckDB read the same values as from JSON.
 */
export function csvCell(field: string, value: unknown, escapeFormulas: boolean): string | number {
  if (value === undefined || value === null) return '';
  if (NUMERIC.has(field) && typeof value === 'number') return value;
  return textCell(Array.isArray(value) ? value.join(';') : String(value), CONTROLLED.has(field), escapeFormulas);
}

/** The text of a cell, with a leading apostrophe when a spreadsheet would run it as a formula (see csvCell). */
function textCell(text: string, controlled: boolean, escapeFormulas: boolean): string {
  return controlled || !escapeFormulas || !FORMULA_START.test(text) ? text : `'${text}`;
}

export function csvHeader(bom = false): string {
  return (bom ? '\ufeff' : '') + stringify([[...RECORD_FIELDS]], { record_delimiter: '\n' });
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV lines for records (plain objects as written to JSONL). The same quoting as csv-stringify, which
 * writes the header, done by hand here because this runs once per record on the hot path.
 */
export function csvRows(records: readonly Record<string, unknown>[], escapeFormulas = true): string {
  let out = '';
  for (const record of records) {
    let line = '';
    for (let i = 0; i < RECORD_FIELDS.length; i++) {
      const f = RECORD_FIELDS[i]!;
      line += (i ? ',' : '') + field(csvCell(f, record[f], escapeFormulas));
    }
    out += line + '\n';
  }
  return out;
}

/** Per column, in order: its JSON key prefix, whether it holds numbers, and whether only fixed symbols. */
const COLUMNS = RECORD_FIELDS.map((f) => ({ name: f, key: `"${f}":`, numeric: NUMERIC.has(f), controlled: CONTROLLED.has(f) }));

/**
 * Records of one sentence come one after another and all carry it, and it is the longest field:
 * its JSON and CSV forms are worked out once for the run of records that share it.
 */
let lastSentence: string | undefined;
let lastSentenceJson = '';
const lastSentenceCsv: [string, string] = ['', ''];

/** Text that JSON.stringify would write as it is between quotes: no quote, backslash, control character or surrogate. */
const JSON_PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

function pushJsonString(out: Pieces, v: string): void {
  if (JSON_PLAIN.test(v)) {
    out.push('"');
    out.push(v);
    out.push('"');
  } else out.push(JSON.stringify(v));
}

/**
 * A record as one JSONL line and one CSV line (each ending in a line break), in the fixed column order,
 * in a single pass over its fields: the same bytes as JSON.stringify(orderedRecord(r)) and
 * csvRows([orderedRecord(r)]). The pieces are pushed onto lists that the caller joins once for many
 * records: building each line with `+=` made a hundred short-lived strings per record, a third of all
 * the memory a run allocated.
 */
export function serializeRecordInto(r: IndicatorRecord, escapeFormulas: boolean, json: Pieces, csv: Pieces): void {
  let first = true;
  for (let i = 0; i < COLUMNS.length; i++) {
    const c = COLUMNS[i]!;
    const v = r[c.name];
    if (i) csv.push(',');
    if (v === undefined) continue;
    json.push(first ? '{' : ',');
    json.push(c.key);
    first = false;
    if (c.numeric && typeof v === 'number') {
      const n = String(v);
      json.push(n);
      csv.push(n);
    } else if (c.name === 'sentence' && typeof v === 'string') {
      if (v !== lastSentence) {
        lastSentence = v;
        lastSentenceJson = JSON.stringify(v);
        lastSentenceCsv[0] = field(csvCell('sentence', v, false));
        lastSentenceCsv[1] = field(csvCell('sentence', v, true));
      }
      json.push(lastSentenceJson);
      csv.push(lastSentenceCsv[escapeFormulas ? 1 : 0]);
    } else {
      if (typeof v === 'string') {
        pushJsonString(json, v);
        csv.push(field(textCell(v, c.controlled, escapeFormulas)));
      } else {
        json.push(JSON.stringify(v));
        csv.push(field(csvCell(c.name, v, escapeFormulas)));
      }
    }
  }
  json.push(first ? '{}\n' : '}\n');
  csv.push('\n');
}

/** serializeRecord for one record, without the line breaks. */
export function serializeRecord(r: IndicatorRecord, escapeFormulas = true): { json: string; csv: string } {
  const json = new Pieces(256);
  const csv = new Pieces(256);
  serializeRecordInto(r, escapeFormulas, json, csv);
  return { json: json.take().slice(0, -1), csv: csv.take().slice(0, -1) };
}
