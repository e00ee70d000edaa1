import { describe, expect, it } from 'vitest';
import { CharSet, CLAUSE_DELIMITERS, smallCount } from '../../src/text/chars.js';

describe('CharSet', () => {
  const set = new CharSet(['，', '。', ',']);

  it.each([
    ['，', true],
    ['。', true],
    [',', true],
    ['、', false],
    ['，，', false],
    ['', false],
    [undefined, false],
  ])('has(%j) is %s', (ch, expected) => {
    expect(set.has(ch)).toBe(expected);
  });

  it('tests a position of a text, and nothing past either end', () => {
    const text = '增长5.1%，高于全国';
    expect(set.at(text, text.indexOf('，'))).toBe(true);
    expect(set.at(text, 0)).toBe(false);
    expect(set.at(text, -1)).toBe(false);
    expect(set.at(text, text.length)).toBe(false);
  });

  it('refuses what is not one BMP character', () => {
    expect(() => new CharSet(['，。'])).toThrow(/single BMP/);
    expect(() => new CharSet(['𠀀'])).toThrow(/single BMP/);
  });

  it('lists what it holds', () => {
    expect([...CLAUSE_DELIMITERS]).toContain('；');
  });
});

describe('smallCount', () => {
  it.each([
    ['3', 3],
    ['12', 12],
    ['八', 8],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十五', 35],
    ['百', 0],
  ])('reads %s as %d', (written, n) => {
    expect(smallCount(written)).toBe(n);
  });
});
