import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/text/search.js';

describe('lowerBound', () => {
  const keys = [1, 3, 3, 7];
  it.each([
    [0, false, 0], [1, false, 0], [2, false, 1], [3, false, 1], [3, true, 3], [7, true, 4], [8, false, 4],
  ])('key %d (inclusive %s) -> %d', (key, inclusive, index) => {
    expect(lowerBound(keys, key, (k) => k, inclusive)).toBe(index);
  });
});
