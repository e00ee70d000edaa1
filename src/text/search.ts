/** Index of the first item whose key is not below `key` (keys ascending); `inclusive` finds the first above it. */
export function lowerBound<T>(items: readonly T[], key: number, keyOf: (item: T) => number, inclusive = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = keyOf(items[mid]!);
    if (k < key || (inclusive && k === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
