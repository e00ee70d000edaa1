import { describe, expect, it } from 'vitest';
import { charF1, score, type GoldRecord } from '../../src/eval/score.js';
import type { IndicatorRecord } from '../../src/records/types.js';

function pred(start: number, end: number, extra: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return { doc: 'd', start, end, quote: 'x', value: 1, unit: '个', measure: 'level', indicator: '市场主体', kind: 'actual', comparator: '=', sentence: 's', rule: 'quantity/number-unit', ...extra };
}
function gold(start: number, end: number, extra: Partial<GoldRecord> = {}): GoldRecord {
  return { doc: 'd', start, end, quote: 'x', value: 1, unit: '个', measure: 'level', indicator: '市场主体', kind: 'actual', comparator: '=', ...extra };
}

describe('evaluation metrics', () => {
  it('computes character-multiset F1', () => {
    expect(charF1('绿色工厂', '省级绿色工厂')).toBeCloseTo(0.8, 6);
    expect(charF1('', '工厂')).toBe(0);
  });

  it('matches each gold record to the most-overlapping unmatched prediction', () => {
    const s = score([gold(0, 4), gold(10, 14)], [pred(2, 12), pred(10, 14)]);
    expect(s.pairs.map((p) => p.pred.start)).toEqual([2, 10]);
    expect(s.metrics.detect.f1).toBe(1);
  });

  it('counts extras, misses and wrong fields', () => {
    const s = score(
      [gold(0, 4), gold(10, 14, { kind: 'target' }), gold(20, 24)],
      [pred(0, 4), pred(10, 14), pred(30, 34)],
    );
    expect(s.metrics.matched).toBe(2);
    expect(s.metrics.detect.precision).toBeCloseTo(2 / 3, 9);
    expect(s.metrics.detect.recall).toBeCloseTo(2 / 3, 9);
    expect(s.metrics.kindAccuracy).toBe(0.5);
    expect(s.metrics.recordF1).toBeCloseTo(1 / 3, 9);
    expect(s.misses.map((g) => g.start)).toEqual([20]);
    expect(s.extras.map((p) => p.start)).toEqual([30]);
  });

  it('lets predictions that match optional gold count neither way', () => {
    const s = score([gold(0, 4), gold(10, 14, { optional: true })], [pred(0, 4), pred(10, 14)]);
    expect(s.metrics.predicted).toBe(1);
    expect(s.metrics.detect.f1).toBe(1);
  });

  it('compares values relatively, so float noise does not count', () => {
    const s = score([gold(0, 4, { value: 1640000000 })], [pred(0, 4, { value: 1640000000.0000002 })]);
    expect(s.metrics.quantityF1).toBe(1);
    const wrong = score([gold(0, 4, { value: 1640000000 })], [pred(0, 4, { value: 1640010000 })]);
    expect(wrong.metrics.quantityF1).toBe(0);
  });
});
