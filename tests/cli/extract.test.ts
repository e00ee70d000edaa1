import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zhibiao.js');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reports');

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('zhibiao extract (end to end)', () => {
  let out: string;
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'zhibiao-out-'));
    result = run(['extract', FIXTURES, '--out', out]);
  });

  it('exits 0 and reports the counts', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/2 file\(s\): 2 extracted, 0 unchanged, 0 failed; \d+ record\(s\), 0 reject\(s\)/);
  });

  it('writes the same records to CSV, JSON and JSONL, sorted by doc and start', () => {
    const jsonl = readFileSync(join(out, 'indicators.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const json = JSON.parse(readFileSync(join(out, 'indicators.json'), 'utf8'));
    const csv = readFileSync(join(out, 'indicators.csv'), 'utf8').trim().split('\n');
    expect(jsonl.length).toBeGreaterThan(10);
    expect(json.records).toEqual(jsonl);
    expect(csv.length).toBe(jsonl.length + 1);
    expect(json.rules_version).toMatch(/^[0-9a-f]{16}$/);
    const keys = jsonl.map((r: { doc: string; start: number }) => `${r.doc}\u0000${String(r.start).padStart(8, '0')}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(jsonl.map((r: { doc: string }) => r.doc))).toEqual(new Set(['2023/qingshan-plan.md', 'linjiang-2023-review.txt']));
  });

  it('points every record at its source span', () => {
    const jsonl = readFileSync(join(out, 'indicators.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const r of jsonl) {
      const source = readFileSync(join(FIXTURES, r.doc), 'utf8');
      expect([...source].slice(r.start, r.end).join('')).toBe(r.quote);
    }
  });

  it('tells review figures from plan figures', () => {
    const jsonl = readFileSync(join(out, 'indicators.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const kinds = new Set(jsonl.filter((r: { doc: string }) => r.doc.endsWith('plan.md')).map((r: { kind: string }) => r.kind));
    expect(kinds).toEqual(new Set(['target']));
    const gdp = jsonl.find((r: { quote: string }) => r.quote === '1862.4亿元');
    expect(gdp).toMatchObject({ value: 186240000000, unit: '元', indicator: '地区生产总值', kind: 'actual' });
  });

  it('gives byte-identical outputs on a rerun', () => {
    const again = mkdtempSync(join(tmpdir(), 'zhibiao-out-'));
    expect(run(['extract', FIXTURES, '--out', again]).status).toBe(0);
    for (const f of ['indicators.csv', 'indicators.jsonl', 'indicators.json']) {
      expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
    }
  });

  it('exits 2 with a clear message for a missing input', () => {
    const r = run(['extract', join(FIXTURES, 'no-such-folder'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('input not found');
  });

  it('explains itself with --help', () => {
    const help = execFileSync(process.execPath, [BIN, 'extract', '--help'], { encoding: 'utf8' });
    expect(help).toContain('--out');
    expect(help).toContain('indicators.csv');
  });
});

describe('zhibiao eval', () => {
  it('says so and exits 0 when the evaluation data is absent with --if-present', () => {
    const r = run(['eval', '--gold', '/nonexistent/gold.jsonl', '--docs', '/nonexistent', '--if-present']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('not found');
  });
});
