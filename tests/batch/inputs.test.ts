import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInputs, globToRegExp } from '../../src/batch/inputs.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'zhibiao-inputs-'));
  for (const f of ['a/one.txt', 'a/two.md', 'a/deep/three.html', 'a/skip.pdf', 'b/one.txt', 'b/four.htm', 'a/.hidden.txt']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '增长5%');
  }
  return root;
}

describe('finding inputs', () => {
  it('walks a folder recursively, keeping report files, naming them relative to it', () => {
    const root = tree();
    expect(findInputs([join(root, 'a')]).map((f) => f.doc)).toEqual(['deep/three.html', 'one.txt', 'two.md']);
  });

  it('counts the files of a folder it does not read, by their ending', () => {
    const root = tree();
    const skipped = new Map<string, number>();
    findInputs([root], skipped);
    expect(Object.fromEntries(skipped)).toEqual({ '.pdf': 1 });
  });

  it('names documents from several inputs relative to their common folder, so names never collide', () => {
    const root = tree();
    expect(findInputs([join(root, 'a', 'one.txt'), join(root, 'b')]).map((f) => f.doc)).toEqual(['a/one.txt', 'b/four.htm', 'b/one.txt']);
  });

  it('expands globs', () => {
    const root = tree();
    expect(findInputs([`${root}/**/*.htm*`]).map((f) => f.path.slice(root.length))).toEqual(['/a/deep/three.html', '/b/four.htm']);
    expect(() => findInputs([`${root}/**/*.docx`])).toThrow(/no input matches/);
  });

  it('translates glob syntax', () => {
    expect(globToRegExp('/r/**/*.txt').test('/r/x/y/z.txt')).toBe(true);
    expect(globToRegExp('/r/**/*.txt').test('/r/z.txt')).toBe(true);
    expect(globToRegExp('/r/*.txt').test('/r/x/z.txt')).toBe(false);
    expect(globToRegExp('/r/report-?.md').test('/r/report-1.md')).toBe(true);
    expect(globToRegExp('/r/[ab].txt').test('/r/c.txt')).toBe(false);
  });

  it('says which input is missing', () => {
    expect(() => findInputs(['/no/such/place'])).toThrow(/input not found: \/no\/such\/place/);
  });
});
