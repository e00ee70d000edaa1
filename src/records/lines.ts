import { closeSync, openSync, readSync } from 'node:fs';

const BLOCK_BYTES = 4 << 20;

/**
 * Calls `fn` with the lines of a file a few megabytes at a time, so a document with millions of
 * records never becomes one string.
 */
export function forEachLineBlock(path: string, fn: (lines: string[]) => void): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(BLOCK_BYTES);
  let carry = Buffer.alloc(0);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, BLOCK_BYTES, null);
      if (n === 0) break;
      const data = carry.length ? Buffer.concat([carry, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      const lastNewline = data.lastIndexOf(0x0a);
      if (lastNewline < 0) {
        carry = Buffer.from(data);
        continue;
      }
      const lines = data.subarray(0, lastNewline).toString('utf8').split('\n').filter((l) => l.length > 0);
      carry = Buffer.from(data.subarray(lastNewline + 1));
      if (lines.length) fn(lines);
    }
    const rest = carry.toString('utf8').split('\n').filter((l) => l.length > 0);
    if (rest.length) fn(rest);
  } finally {
    closeSync(fd);
  }
}

