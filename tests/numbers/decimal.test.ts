import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, decimalFromString, toNumber, type Decimal } from '../../src/numbers/decimal.js';

/** The reference: JavaScript's own correctly rounded parse of the exact decimal. */
const parsed = (d: Decimal) => Number(`${d.int}e${d.exp}`);

const decimal = fc.record({ int: fc.bigInt({ min: -(1n << 62n), max: 1n << 62n }), exp: fc.integer({ min: -30, max: 30 }) });

describe('toNumber', () => {
  it.each([
    ['1.27', 1.27],
    ['16.4', 16.4],
    ['0.1', 0.1],
    ['538', 538],
    ['9007199254740993', 9007199254740992],
    ['123456789012345678901234', 1.2345678901234568e23],
  ])('%s reads as %d', (text, value) => {
    expect(toNumber(decimalFromString(text))).toBe(value);
  });

  it('scales exactly: 16.4 with 亿 is 1640000000, not 1639999999.9998', () => {
    const d = decimalFromString('16.4');
    expect(toNumber({ int: d.int, exp: d.exp + 8 })).toBe(1640000000);
  });

  it('gives the same double as parsing the decimal, whether or not it takes the short path', () => {
    fc.assert(fc.property(decimal, (d) => Object.is(toNumber(d), parsed(d))), { numRuns: 5000 });
  });
});

describe('add', () => {
  it('is exact and keeps the finer exponent', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const sum = add(a, b);
        const exp = Math.min(a.exp, b.exp);
        const exact = a.int * 10n ** BigInt(a.exp - exp) + b.int * 10n ** BigInt(b.exp - exp);
        return sum.int * 10n ** BigInt(sum.exp - exp) === exact && sum.exp >= exp;
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [{ int: 0n, exp: 0 }, { int: 8900n, exp: -1 }, { int: 8900n, exp: -1 }],
    [{ int: 5n, exp: -1 }, { int: 0n, exp: 0 }, { int: 5n, exp: -1 }],
    [{ int: 12n, exp: 0 }, { int: 5n, exp: -1 }, { int: 125n, exp: -1 }],
  ])('%o + %o = %o', (a, b, sum) => {
    expect(add(a, b)).toEqual(sum);
  });
});
