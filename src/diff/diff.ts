import { RECORD_FIELDS, type IndicatorRecord } from '../records/types.js';

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface ChangedRecord {
  old: IndicatorRecord;
  new: IndicatorRecord;
  fields: FieldChange[];
}

export interface Counts {
  added: number;
  removed: number;
  changed: number;
}

export interface RecordDiff {
  added: IndicatorRecord[];
  removed: IndicatorRecord[];
  changed: ChangedRecord[];
  unchanged: number;
  byRule: Record<string, Counts>;
  byDoc: Record<string, Counts>;
}

/** Fields compared once two records are paired; doc, start and end are the key. */
const COMPARED = RECORD_FIELDS.filter((f) => f !== 'doc');

function key(r: IndicatorRecord): string {
  return `${r.doc}\u0000${r.start}\u0000${r.end}`;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  // Lists (flags) read from two files are two arrays: equal when their items are.
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

export function fieldChanges(a: IndicatorRecord, b: IndicatorRecord): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of COMPARED) if (!same(a[f], b[f])) out.push({ field: f, old: a[f], new: b[f] });
  return out;
}

function bump(table: Record<string, Counts>, name: string, what: keyof Counts): void {
  (table[name] ??= { added: 0, removed: 0, changed: 0 })[what]++;
}

/**
 * Record by record, keyed by document and span: same span and fields is unchanged, same span with other
 * fields is changed; of the rest, an old and a new record of the same document with the same quote and
 * sentence, or with overlapping spans where one quote holds the other (5% -> 5%—6%), are one changed
 * record, and what is left is removed or added.
 */
export function diffRecords(oldRecords: readonly IndicatorRecord[], newRecords: readonly IndicatorRecord[]): RecordDiff {
  const result: RecordDiff = { added: [], removed: [], changed: [], unchanged: 0, byRule: {}, byDoc: {} };
  const oldByKey = new Map(oldRecords.map((r) => [key(r), r]));
  const leftNew: IndicatorRecord[] = [];
  const matched = new Set<IndicatorRecord>();
  for (const n of newRecords) {
    const o = oldByKey.get(key(n));
    if (!o) {
      leftNew.push(n);
      continue;
    }
    matched.add(o);
    const fields = fieldChanges(o, n);
    if (fields.length) result.changed.push({ old: o, new: n, fields });
    else result.unchanged++;
  }
  const leftOldByDoc = new Map<string, IndicatorRecord[]>();
  for (const o of oldRecords) if (!matched.has(o)) (leftOldByDoc.get(o.doc) ?? leftOldByDoc.set(o.doc, []).get(o.doc)!).push(o);
  for (const n of leftNew) {
    const candidates = leftOldByDoc.get(n.doc) ?? [];
    // The same figure moved by an edit earlier in the text (same quote and sentence), or a quote that
    // grew or shrank over the same place (5% -> 5%—6%).
    let i = candidates.findIndex((o) => o.quote === n.quote && o.sentence === n.sentence);
    if (i < 0) i = candidates.findIndex((o) => o.start < n.end && n.start < o.end && (o.quote.includes(n.quote) || n.quote.includes(o.quote)));
    if (i >= 0) {
      const o = candidates.splice(i, 1)[0]!;
      result.changed.push({ old: o, new: n, fields: fieldChanges(o, n) });
    } else result.added.push(n);
  }
  for (const list of leftOldByDoc.values()) result.removed.push(...list);
  const order = (a: IndicatorRecord, b: IndicatorRecord) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start);
  result.added.sort(order);
  result.removed.sort(order);
  result.changed.sort((a, b) => order(a.new, b.new));
  for (const r of result.added) (bump(result.byRule, r.rule, 'added'), bump(result.byDoc, r.doc, 'added'));
  for (const r of result.removed) (bump(result.byRule, r.rule, 'removed'), bump(result.byDoc, r.doc, 'removed'));
  for (const c of result.changed) (bump(result.byRule, c.new.rule, 'changed'), bump(result.byDoc, c.new.doc, 'changed'));
  return result;
}

export function hasDifferences(d: RecordDiff): boolean {
  return d.added.length + d.removed.length + d.changed.length > 0;
}
