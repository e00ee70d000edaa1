import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchArgs, halves } from '../../src/tools/bench.js';

describe('bench corpus halves', () => {
  it.each([
    ['equal files', [100, 100, 100, 100]],
    ['one large file and many small ones', [900, 100, 100, 100, 100, 100, 100, 100, 100, 100]],
    ['uneven sizes across folders', [5, 70, 300, 40, 41, 900, 12, 260]],
  ])('splits every report file once into two halves of about equal size: %s', (_name, sizes) => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-halves-'));
    mkdirSync(join(dir, '000'));
    mkdirSync(join(dir, '001'));
    sizes.forEach((n, i) => writeFileSync(join(dir, i % 2 ? '001' : '000', `r${i}.txt`), 'x'.repeat(n)));
    writeFileSync(join(dir, 'corpus.json'), '{}');
    const [a, b] = halves(dir);
    expect([...a, ...b].sort()).toEqual(sizes.map((_n, i) => join(dir, i % 2 ? '001' : '000', `r${i}.txt`)).sort());
    const bytes = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
    // Largest first, each to the smaller half: the halves differ by at most the largest file.
    expect(Math.abs(bytes(a) - bytes(b))).toBeLessThanOrEqual(Math.max(...sizes));
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
  });
});

describe('bench options', () => {
  it.each([
    [[], { megabytes: 50, runs: 5, seed: 20241122 }],
    [['--mb', '200', '--runs', '3'], { megabytes: 200, runs: 3, seed: 20241122 }],
    [['--seed', '7'], { megabytes: 50, runs: 5, seed: 7 }],
  ])('reads %j', (argv, expected) => {
    expect(benchArgs(argv)).toEqual(expected);
  });

  it('answers --help and -h with the usage', () => {
    expect(benchArgs(['--help'])).toBe('help');
    expect(benchArgs(['--runs', '3', '-h'])).toBe('help');
  });

  it.each([
    [['--foo', '1'], /unknown option --foo/],
    [['--mb', 'x'], /--mb wants a whole number/],
    [['--runs', '0'], /--runs wants a whole number/],
    [['--runs'], /not nothing/],
  ])('refuses %j rather than running with a guess', (argv, message) => {
    expect(() => benchArgs(argv)).toThrow(message);
  });
});
