import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, writevSync } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Pieces } from '../records/pieces.js';

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

/** One frame of an entry: a kind and its bytes. */
export interface Frame {
  type: FrameType;
  payload: Uint8Array;
}

/** Frames held in memory before the entry is written out; past this, they go to disk as they come. */
const HOLD_BYTES = 8 << 20;

/** What committing an entry leaves to do. */
export interface Committed {
  /**
   * The record frames and then the manifest frame, when the whole entry was held in memory: the outputs
   * are merged from them, and the caller writes them to the entry's file (`writeEntry`), which the
   * extracting thread has not touched. Undefined when the entry was large and is already on disk.
   */
  frames?: Frame[];
}

/**
 * One file per document, a sequence of frames `T <bytes>\n<payload>` whose last frame is the manifest
 * entry: an entry counts only when that frame is there whole, so a run stopped while writing leaves an
 * entry that is simply redone. An ordinary document's frames stay in memory and are handed back at
 * commit: the outputs are merged from them rather than read back, and the file is written later with
 * one open and one gathered write, off the thread that extracts (opens are slow on some file systems).
 * A large document's frames are written here as they come, and the outputs read them back from the file.
 * Payloads must own their memory (no pooled Buffers): they may be moved to another thread.
 */
export class CacheEntryWriter {
  private fd: number | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private held: Frame[] | undefined = [];

  constructor(private readonly path: string, private readonly holdBytes = HOLD_BYTES) {}

  frame(type: FrameType, payload: Uint8Array): void {
    if (payload.length === 0 && type !== 'M') return;
    if (this.held) {
      this.held.push({ type, payload });
      this.pending.push(payload);
      this.pendingBytes += payload.length;
      if (this.pendingBytes <= this.holdBytes) return;
      // Too large to hold: from here on, the file is written as frames come.
      this.pending = this.held.flatMap(framed);
      this.held = undefined;
    } else this.pending.push(...framed({ type, payload }));
    this.flush();
  }

  /** Adds the manifest frame last; see Committed for what is left to do. */
  commit(meta: unknown): Committed {
    this.frame('M', new TextEncoder().encode(JSON.stringify(meta)));
    if (this.held) return { frames: this.held };
    this.flush();
    closeSync(this.fd!);
    this.fd = undefined;
    return {};
  }

  /** Drops what was written of the entry. */
  abort(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    this.fd = undefined;
    rmSync(this.path, { force: true });
  }

  private flush(): void {
    this.fd ??= openEntry(this.path);
    if (this.pending.length) writevSync(this.fd, this.pending);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

function framed(f: Frame): Uint8Array[] {
  return [Buffer.from(`${f.type} ${f.payload.length}\n`, 'latin1'), f.payload];
}

/** Opens an entry for writing, making the cache folder only when it is missing (a mkdir per entry is not free). */
function openEntry(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, 'w');
  }
}

/** Writes a held entry (Committed.frames) to its file now, on this thread. */
export function writeEntrySync(path: string, frames: readonly Frame[]): void {
  const fd = openEntry(path);
  try {
    writevSync(fd, frames.flatMap(framed));
  } finally {
    closeSync(fd);
  }
}

/** Writes a held entry (Committed.frames) to its file, on libuv's threads: the caller goes on extracting. */
export async function writeEntry(path: string, frames: readonly Frame[]): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'w');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(dirname(path), { recursive: true });
    handle = await open(path, 'w');
  }
  try {
    await handle.writev(frames.flatMap(framed));
  } finally {
    await handle.close();
  }
}

/** Most bytes one character of a JavaScript string takes in UTF-8 (a lone surrogate: 3; a pair: 4 for 2). */
const MAX_UTF8 = 3;

/** Pieces gathered before they are joined and encoded (a few dozen records' lines): one native call for many. */
const PIECES_PER_ENCODE = 3072;

/**
 * Lines of text for one kind of frame, encoded straight into a buffer of their own: no long string is
 * built and then encoded again, and each finished frame owns its memory, so it can be moved to another
 * thread without a copy. Lines come as pieces pushed onto `parts` (see serializeRecordInto), joined into
 * one flat string per few dozen lines and encoded in one call.
 */
export class FrameText {
  /** Pieces of whole lines, each line ending in a line break, not yet encoded. */
  readonly parts = new Pieces();
  private buf: Buffer | undefined;
  private pos = 0;

  constructor(private readonly type: FrameType, private readonly writer: CacheEntryWriter, private readonly size = 1 << 18) {}

  /** Appends `text` and a line break. */
  line(text: string): void {
    this.parts.push(text);
    this.parts.push('\n');
    this.endLine();
  }

  /** Counts a line whose pieces, line break included, were pushed onto `parts`. */
  endLine(): void {
    if (this.parts.length >= PIECES_PER_ENCODE) this.encode();
  }

  private encode(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.take();
    let need = text.length * MAX_UTF8;
    if (!this.buf || this.pos + need > this.buf.length) {
      // The exact size only matters when the worst case does not fit: then it decides whether this frame ends.
      need = Buffer.byteLength(text, 'utf8');
      if (!this.buf || this.pos + need > this.buf.length) {
        this.endFrame();
        this.buf = Buffer.allocUnsafeSlow(Math.max(need, this.size));
      }
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  private endFrame(): void {
    if (this.buf && this.pos > 0) this.writer.frame(this.type, this.buf.subarray(0, this.pos));
    this.buf = undefined;
    this.pos = 0;
  }

  /** Ends the current frame; the next line starts a new one. */
  flush(): void {
    this.encode();
    this.endFrame();
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
