import { describe, expect, it } from 'vitest';
import { hasDifferences } from '../../src/diff/diff.js';
import { compareCase, goldenCases } from '../../src/tools/golden.js';

const cases = goldenCases();

describe('golden cases (npm run golden:update accepts a change after showing it)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { diff, report } = compareCase(c);
    if (hasDifferences(diff)) expect.fail(`output changed:\n${report}`);
  });
});
