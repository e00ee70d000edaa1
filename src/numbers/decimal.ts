/**
 * Exact decimals as (digits, exponent) so that scale words fold in without
 * binary rounding: 16.4亿 must become 1640000000, not 1639999999.9998.
 */
export interface Decimal {
  readonly int: bigint;
  readonly exp: number;
}

export const ZERO: Decimal = { int: 0n, exp: 0 };

export function decimalFromString(text: string): Decimal {
  const clean = text.includes(',') ? text.replace(/,/g, '') : text;
  const dot = clean.indexOf('.');
  if (dot < 0) return { int: BigInt(clean), exp: 0 };
  const whole = clean.slice(0, dot);
  const frac = clean.slice(dot + 1);
  return { int: BigInt((whole || '0') + frac), exp: -frac.length };
}

export function fromInt(n: number): Decimal {
  return { int: BigInt(n), exp: 0 };
}

export function shift(d: Decimal, by: number): Decimal {
  return { int: d.int, exp: d.exp + by };
}

/** 10n ** n for the exponents that occur (scale words reach 10^12, decimals a few places). */
const POW10: bigint[] = Array.from({ length: 40 }, (_, n) => 10n ** BigInt(n));
const pow10 = (n: number): bigint => POW10[n] ?? 10n ** BigInt(n);

export function add(a: Decimal, b: Decimal): Decimal {
  // Adding an exact zero of no finer exponent changes nothing: the common case of a plain number.
  if (b.int === 0n && b.exp >= a.exp) return a;
  if (a.int === 0n && a.exp >= b.exp) return b;
  if (a.exp === b.exp) return { int: a.int + b.int, exp: a.exp };
  if (a.exp < b.exp) return { int: a.int + b.int * pow10(b.exp - a.exp), exp: a.exp };
  return { int: a.int * pow10(a.exp - b.exp) + b.int, exp: b.exp };
}

export function isZero(d: Decimal): boolean {
  return d.int === 0n;
}

export function negate(d: Decimal): Decimal {
  return { int: -d.int, exp: d.exp };
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
/** Powers of ten that are exact doubles, written as literals so that each is exact. */
const EXACT_POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Nearest double to the exact decimal; JS parses `NeM` with correct rounding. */
export function toNumber(d: Decimal): number {
  // When the digits and the power of ten are both exact doubles, one IEEE division or product is
  // correctly rounded too, so it gives the same double as parsing, without building the string.
  if (d.int <= MAX_EXACT && d.int >= -MAX_EXACT && d.exp >= -22 && d.exp <= 22) {
    const n = Number(d.int);
    return d.exp < 0 ? n / EXACT_POW10[-d.exp]! : n * EXACT_POW10[d.exp]!;
  }
  return Number(`${d.int}e${d.exp}`);
}
