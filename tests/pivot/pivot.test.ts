import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pivot, wideCsv } from '../../src/pivot/pivot.js';
import type { IndicatorRecord } from '../../src/records/types.js';

const ROOT = join(__dirname, '..', '..');

function rec(extra: Partial<IndicatorRecord>): IndicatorRecord {
  return { doc: 'a.txt', start: 0, end: 4, quote: '9.8亿元', value: 980000000, unit: '元', measure: 'level', indicator: '一般公共预算收入', indicator_id: 'fiscal/general-budget-revenue', kind: 'actual', comparator: '=', period: '2023', region: '临江市', sentence: 's', rule: 'quantity/number-unit', ...extra };
}

describe('wide table', () => {
  it('keys rows by region, period, indicator id, kind and measure, counting duplicate sources', () => {
    const rows = pivot([
      rec({}),
      rec({ doc: 'b.txt', value: 990000000 }),
      rec({ measure: 'change', value: 5.2, unit: '%', quote: '5.2%' }),
      rec({ kind: 'target', period: '2024', value: 1030000000 }),
      rec({ indicator_id: undefined }),
      rec({ region: undefined }),
    ]);
    expect(rows.map((r) => [r.period, r.kind, r.measure, r.value, r.sources])).toEqual([
      ['2023', 'actual', 'change', 5.2, 1],
      ['2023', 'actual', 'level', 980000000, 2],
      ['2024', 'target', 'level', 1030000000, 1],
    ]);
    expect(wideCsv(rows).split('\n')[0]).toBe('region,period,indicator_id,kind,measure,value,value_max,unit,comparator,indicator,doc,quote,sources');
  });

  it('is written by zhibiao pivot and by extract --wide', () => {
    const out = mkdtempSync(join(tmpdir(), 'zhibiao-pivot-'));
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'zhibiao.js'), 'extract', join(ROOT, 'input'), '--out', out, '--wide', '-q'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const wide = readFileSync(join(out, 'indicators_wide.csv'), 'utf8');
    expect(wide).toMatch(/^region,period,indicator_id,kind/);
    expect(wide).toContain('云溪县,2023,economy/gdp,actual,level,12860000000');
    const again = spawnSync(process.execPath, [join(ROOT, 'bin', 'zhibiao.js'), 'pivot', '--out', out, '--output', join(out, 'w2.csv')], { encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(readFileSync(join(out, 'w2.csv'), 'utf8')).toBe(wide);
  });
});
