import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Per-document results kept between runs under <out>/.zhibiao-cache, keyed by what determines them:
 * the file's bytes, its document name, the rules and tool versions and the options that shape output.
 */
export interface CacheKeyParts {
  doc: string;
  hash: string;
  rulesVersion: string;
  toolVersion: string;
  encoding: string | undefined;
  /** Anything else the result depends on (metadata given for the document, CSV escaping). */
  extra?: string;
}

export function cacheKey(p: CacheKeyParts): string {
  return createHash('sha256').update(JSON.stringify([p.doc, p.hash, p.rulesVersion, p.toolVersion, p.encoding ?? '', p.extra ?? ''])).digest('hex').slice(0, 32);
}

export function entryPath(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.entry`);
}

/** Kinds of frame in an entry: records as JSONL, the same records as CSV rows, rejects, and the manifest entry. */
export type FrameType = 'R' | 'C' | 'X' | 'M';

/**
 * One file per document, a sequence of frames `T <bytes>\n<payload>` whose last frame is the manifest
 * entry: an entry counts only when that frame is there whole, so a run stopped while writing leaves an
 * entry that is simply redone. One open per document and no rename (both slow on some file systems).
 */
export class CacheEntryWriter {
  private readonly fd: number;
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
  }
  frame(type: FrameType, payload: string): void {
    if (payload.length === 0 && type !== 'M') return;
    const body = Buffer.from(payload, 'utf8');
    writeSync(this.fd, `${type} ${body.length}\n`);
    writeSync(this.fd, body);
  }
  commit(meta: unknown): void {
    this.frame('M', JSON.stringify(meta));
    closeSync(this.fd);
  }
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.path, { force: true });
  }
}

const HEADER = /^([RCXM]) (\d+)\n/;

/** Visits the frames of an entry; `wanted` payloads are read, the others skipped without reading. */
export function forEachFrame(path: string, wanted: (type: FrameType) => boolean, fn: (type: FrameType, payload: Buffer) => void): void {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(32);
  let pos = 0;
  try {
    for (;;) {
      const n = readSync(fd, head, 0, head.length, pos);
      if (n === 0) break;
      const m = HEADER.exec(head.subarray(0, n).toString('latin1'));
      if (!m) throw new Error(`${path}: damaged cache entry at byte ${pos}`);
      const type = m[1] as FrameType;
      const size = Number(m[2]);
      pos += m[0].length;
      if (wanted(type)) {
        const payload = Buffer.alloc(size);
        let read = 0;
        while (read < size) {
          const got = readSync(fd, payload, read, size - read, pos + read);
          if (got === 0) throw new Error(`${path}: truncated cache entry`);
          read += got;
        }
        fn(type, payload);
      }
      pos += size;
    }
  } finally {
    closeSync(fd);
  }
}

/** The manifest entry stored in a cached result, or undefined when there is none (or it is damaged). */
export function readCachedMeta<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    let meta: T | undefined;
    forEachFrame(path, (t) => t === 'M', (_t, payload) => (meta = JSON.parse(payload.toString('utf8')) as T));
    return meta;
  } catch {
    return undefined;
  }
}
