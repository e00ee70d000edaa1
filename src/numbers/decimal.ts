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
  const clean = text.replace(/,/g, '');
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

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.exp === b.exp) return [a.int, b.int, a.exp];
  if (a.exp < b.exp) return [a.int, b.int * 10n ** BigInt(b.exp - a.exp), a.exp];
  return [a.int * 10n ** BigInt(a.exp - b.exp), b.int, b.exp];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { int: x + y, exp };
}

export function isZero(d: Decimal): boolean {
  return d.int === 0n;
}

export function negate(d: Decimal): Decimal {
  return { int: -d.int, exp: d.exp };
}

/** Nearest double to the exact decimal; JS parses `NeM` with correct rounding. */
export function toNumber(d: Decimal): number {
  return Number(`${d.int}e${d.exp}`);
}
