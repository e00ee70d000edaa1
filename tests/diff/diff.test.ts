import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/commands/diff.js';
import { diffRecords } from '../../src/diff/diff.js';
import type { IndicatorRecord } from '../../src/records/types.js';

function rec(start: number, end: number, extra: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return { doc: 'a.txt', start, end, quote: '5%', value: 5, unit: '%', measure: 'change', indicator: '地区生产总值', kind: 'actual', comparator: '=', sentence: '增长5%', rule: 'quantity/percent', ...extra };
}

describe('diff of two runs', () => {
  it('finds added, removed and changed records, field by field, with counts per rule and document', () => {
    const old = [rec(0, 2), rec(10, 12, { kind: 'actual' }), rec(20, 22, { doc: 'b.txt' })];
    const now = [rec(0, 2), rec(10, 12, { kind: 'target' }), rec(30, 35, { quote: '120公里', unit: '公里', rule: 'quantity/number-unit' })];
    const d = diffRecords(old, now);
    expect(d.unchanged).toBe(1);
    expect(d.changed.map((c) => c.fields)).toEqual([[{ field: 'kind', old: 'actual', new: 'target' }]]);
    expect(d.added.map((r) => r.quote)).toEqual(['120公里']);
    expect(d.removed.map((r) => r.doc)).toEqual(['b.txt']);
    expect(d.byRule).toEqual({ 'quantity/percent': { added: 0, removed: 1, changed: 1 }, 'quantity/number-unit': { added: 1, removed: 0, changed: 0 } });
    expect(d.byDoc['b.txt']).toEqual({ added: 0, removed: 1, changed: 0 });
  });

  it('compares flags by their items, as two runs read from files give two arrays', () => {
    const d = diffRecords([rec(0, 2, { flags: ['unit-dimension'] }), rec(4, 6, { flags: ['unit-dimension'] })], [rec(0, 2, { flags: ['unit-dimension'] }), rec(4, 6, { flags: ['value-range'] })]);
    expect(d.unchanged).toBe(1);
    expect(d.changed.map((c) => c.fields.map((f) => f.field))).toEqual([['flags']]);
  });

  it('pairs a quote that grew over the same place as one changed record', () => {
    const d = diffRecords([rec(4, 6)], [rec(4, 9, { quote: '5%—6%', value_max: 6, rule: 'quantity/range' })]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed[0]!.fields.map((f) => f.field)).toEqual(['end', 'quote', 'value_max', 'rule']);
  });

  it('exits 1 when the runs differ and 0 when they hold the same records, in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-diff-'));
    const write = (name: string, records: IndicatorRecord[]) => {
      writeFileSync(join(dir, name), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      return join(dir, name);
    };
    const a = write('a.jsonl', [rec(0, 2)]);
    const b = write('b.jsonl', [rec(0, 2, { comparator: '≈' })]);
    const printed: string[] = [];
    expect(runDiff(a, a, {}, (t) => printed.push(t))).toBe(0);
    expect(runDiff(a, b, {}, (t) => printed.push(t))).toBe(1);
    expect(printed[1]).toContain('comparator: "=" -> "≈"');
    expect(runDiff(a, b, { format: 'json' }, (t) => printed.push(t))).toBe(1);
    expect(JSON.parse(printed[2]!).summary).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 0 });
    expect(runDiff(a, b, { format: 'html' }, (t) => printed.push(t))).toBe(1);
    expect(printed[3]).toMatch(/^<!doctype html>/);
    expect(() => runDiff(a, b, { format: 'xml' })).toThrow(/--format must be one of/);
  });
});
