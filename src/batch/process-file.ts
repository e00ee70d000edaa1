import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile } from '../records/atomic.js';
import { extractDocument, type DocumentCarry } from '../extract/extract.js';
import { loadRules } from '../index.js';
import type { CompiledRules } from '../rules/compile.js';
import { partitionValid } from '../records/validate.js';
import { serializeRecordInto } from '../records/write.js';
import { jiebaTagger } from '../text/segment.js';
import { codePointLength, keepPairWhole } from '../text/offsets.js';
import { createHash } from 'node:crypto';
import { cacheKey, CacheEntryWriter, entryPath, FrameText, readCachedMeta, writeEntrySync, type CacheKeyParts, type Frame } from './cache.js';
import { declaredCharset, decodeBytes, InputError, sniffEncoding } from './decode.js';
import { htmlToText, isHtmlPath } from './html.js';
import { asUnchanged, type ManifestEntry } from './manifest.js';
import type { MetaOverride } from '../meta/document.js';

/** Whether a job's file is read whole (else streamed in blocks): only such files are read ahead. */
export function readWhole(job: FileJob): boolean {
  return isHtmlPath(job.path) || job.bytes <= (job.streamBytes ?? STREAM_BYTES);
}

/** One file's work, as sent to a worker thread: plain data only. */
export interface FileJob {
  path: string;
  doc: string;
  bytes: number;
  mtimeMs?: number;
  /** What the cache key is made of, but for the content hash, which the worker takes from the bytes it reads. */
  keyParts: Omit<CacheKeyParts, 'hash'>;
  /** Reuse a cached result with the same key (false with --force). */
  useCache: boolean;
  cacheDir: string;
  textDir: string;
  encoding?: string;
  rulesDir?: string;
  /** Files larger than this fail with a clear message instead of exhausting memory. */
  maxBytes?: number;
  /** Neutralise CSV cells that a spreadsheet would run as formulas (default on). */
  csvFormulaEscape?: boolean;
  /** Version of the rules the run was planned with: a worker that holds them skips checking the files. */
  rulesVersion?: string;
  /** Report the candidates that not-record rules dropped (--verbose). */
  explain?: boolean;
  /**
   * Leave writing the cache entry to the caller (FileResult.cachePath), which does it on libuv's threads:
   * worth it when a core is spare; when every core extracts, each thread writing its own is cheaper.
   */
  deferCacheWrite?: boolean;
  /** Title, date or region given for this document (sidecar or --meta). */
  meta?: MetaOverride;
  /** Plain-text files above this many bytes are streamed (default STREAM_BYTES). */
  streamBytes?: number;
  /** Largest piece of text extracted at once; longer texts are cut at line or sentence ends. */
  chunkChars?: number;
}

/**
 * Characters extracted at once. Pieces hand on the document's title, headings and stated years
 * (DocumentCarry), so the size hardly matters to the records (a 52 MB file gave the same 1.2 million
 * records in pieces of 2^18 and 2^20 characters); a quarter of a million keeps a large file's peak
 * memory near 270 MB, where a million characters at a time reached 390 MB.
 */
export const DEFAULT_CHUNK = 1 << 18;

/**
 * A file's manifest entry and, when they were small enough to hold, its cache entry's frames: the outputs
 * are merged from them and the caller writes them to `cachePath` (see Committed).
 */
export interface FileResult {
  entry: ManifestEntry;
  frames?: Frame[];
  cachePath?: string;
}

let held: { dir: string | undefined; rules: CompiledRules } | undefined;

/** The rules a job was planned with, loaded once per thread rather than checked on disk per file. */
function rulesFor(job: FileJob): CompiledRules {
  if (held && held.dir === job.rulesDir && job.rulesVersion !== undefined && held.rules.version === job.rulesVersion) return held.rules;
  const rules = loadRules(job.rulesDir, job.rulesVersion);
  held = { dir: job.rulesDir, rules };
  return rules;
}

/** What a line ends with when its paragraph ends there too, not only a line wrapped at a page width. */
const ENDS_PARAGRAPH = /[。！？!?；;：:”」』）)]\s*$/;

/**
 * The last line break in the second half of the piece [start, end) that ends a paragraph (after 。 or
 * before a blank line), -1 if none: in text taken from PDFs most line breaks only wrap a sentence.
 */
function lastParagraphBreak(text: string, start: number, end: number): number {
  const floor = start + ((end - start) >> 1);
  for (let nl = text.lastIndexOf('\n', end); nl > floor; nl = text.lastIndexOf('\n', nl - 1)) {
    if (ENDS_PARAGRAPH.test(text.slice(Math.max(floor, nl - 4), nl)) || text.charCodeAt(nl + 1) === 10 || text.charCodeAt(nl + 1) === 13) return nl;
  }
  return -1;
}

/** Cut points that keep sentences whole: the last paragraph's end (else newline, else 。, else anything) before each limit. */
export function chunkBounds(text: string, limit: number): number[] {
  const bounds = [0];
  let start = 0;
  while (text.length - start > limit) {
    let cut = lastParagraphBreak(text, start, start + limit);
    if (cut <= start) cut = text.lastIndexOf('\n', start + limit);
    if (cut <= start) cut = text.lastIndexOf('。', start + limit);
    if (cut <= start) cut = start + limit;
    else cut += 1;
    cut = keepPairWhole(text, cut);
    bounds.push(cut);
    start = cut;
  }
  bounds.push(text.length);
  return bounds;
}

/**
 * Read, decode, convert HTML, extract, validate and cache one file. Never throws for a bad file:
 * the failure is the entry's status and error, so one file cannot stop a run.
 */
export function processFile(job: FileJob, prefetched?: Uint8Array): FileResult {
  const started = performance.now();
  const entry: ManifestEntry = { doc: job.doc, path: job.path, status: 'ok', records: 0, rejects: 0, hash: '', bytes: job.bytes, duration_ms: 0, ...(job.mtimeMs !== undefined ? { mtime_ms: job.mtimeMs } : {}) };
  const open: AtomicFile[] = [];
  let cache: CacheEntryWriter | undefined;
  let cachePath: string | undefined;
  let jsonl: FrameText | undefined;
  let csv: FrameText | undefined;
  let rejected: FrameText | undefined;
  try {
    const html = isHtmlPath(job.path);
    const streamed = !readWhole(job);
    // Small files are read once, for their hash and their text; large ones are hashed in a first pass.
    const bytes = streamed ? undefined : (prefetched ?? readFileSync(job.path));
    entry.hash = bytes ? createHash('sha256').update(bytes).digest('hex') : hashFileSync(job.path);
    cachePath = entryPath(job.cacheDir, cacheKey({ ...job.keyParts, hash: entry.hash }));
    const cached = job.useCache ? readCachedMeta<ManifestEntry>(cachePath) : undefined;
    if (cached) return { entry: asUnchanged(cached, job.path, job.mtimeMs) };
    cache = new CacheEntryWriter(cachePath);
    jsonl = new FrameText('R', cache);
    csv = new FrameText('C', cache);
    rejected = new FrameText('X', cache);
    const rules = rulesFor(job);
    const tagger = jiebaTagger(rules.jiebaUserDict);
    if (job.maxBytes !== undefined && job.bytes > job.maxBytes) {
      throw new InputError(`file too large: ${(job.bytes / 1e6).toFixed(0)} MB is over the ${(job.maxBytes / 1e6).toFixed(0)} MB limit (--max-file-mb)`);
    }
    const escape = job.csvFormulaEscape !== false;
    let cpBase = 0;
    let meta: MetaOverride | undefined = job.meta;
    let carry: DocumentCarry | undefined;
    const extractChunk = (chunk: string) => {
      const result = extractDocument(chunk, job.doc, rules, tagger, { meta, continues: carry });
      carry = result.carry;
      // Later pieces of a long text keep what the first one found out about the document.
      if (!entry.meta) {
        // A copy: the title and region are slices of the text, and would keep the whole text alive
        // for as long as the manifest entry lives (to the end of the run).
        entry.meta = JSON.parse(JSON.stringify(result.meta)) as ManifestEntry['meta'];
        meta = { ...result.meta, ...job.meta };
      }
      const { records } = result;
      if (job.explain) (entry.dropped ??= []).push(...result.dropped.map((d) => ({ quote: d.quote, start: d.start + cpBase, reason: d.reason })));
      const { valid, rejects } = partitionValid(records, chunk);
      for (const r of valid) {
        r.start += cpBase;
        r.end += cpBase;
        serializeRecordInto(r, escape, jsonl!.parts, csv!.parts);
        jsonl!.endLine();
        csv!.endLine();
      }
      for (const r of rejects) rejected!.line(JSON.stringify({ doc: job.doc, ...r }));
      entry.records += valid.length;
      entry.rejects += rejects.length;
      cpBase += codePointLength(chunk);
    };
    const limit = job.chunkChars ?? DEFAULT_CHUNK;
    if (streamed) {
      streamFile(job, entry, limit, extractChunk, open);
    } else {
      // A page's own <meta charset> wins over guessing, unless the user forced an encoding.
      const decoded = decodeBytes(bytes!, job.encoding ?? (html && !startsWithBom(bytes!) ? declaredCharset(bytes!) : undefined));
      entry.encoding = decoded.encoding;
      if (decoded.warnings.length) entry.warnings = decoded.warnings;
      const text = html ? htmlToText(decoded.text) : decoded.text;
      if (html || !decoded.encoding.startsWith('utf-8') || decoded.warnings.some((w) => w.includes('U+FFFD'))) {
        // Offsets point into the decoded text; keep it beside the outputs so every one stays checkable.
        const writer = new AtomicFile(join(job.textDir, `${job.doc}.txt`));
        writer.write(text);
        writer.commit();
        entry.text = `texts/${job.doc}.txt`;
      }
      const bounds = chunkBounds(text, limit);
      for (let c = 0; c + 1 < bounds.length; c++) extractChunk(text.slice(bounds[c], bounds[c + 1]));
    }
  } catch (err) {
    for (const w of open) w.abort();
    cache?.abort();
    entry.status = 'failed';
    entry.error = err instanceof InputError ? err.message : `${(err as Error).name}: ${(err as Error).message}`;
    entry.records = 0;
    entry.rejects = 0;
  }
  entry.duration_ms = Math.round(performance.now() - started);
  if (entry.status !== 'ok' || !cache) return { entry };
  for (const text of [jsonl!, csv!, rejected!]) text.flush();
  const { frames } = cache.commit({ ...entry, dropped: undefined });
  if (!frames) return { entry };
  if (job.deferCacheWrite) return { entry, frames, cachePath };
  try {
    writeEntrySync(cachePath!, frames);
  } catch (err) {
    // The records reach the outputs all the same; only the next run cannot reuse them.
    (entry.warnings ??= []).push(`result not cached: ${(err as Error).message}`);
  }
  return { entry, frames };
}

/** Plain-text files above this size are read, decoded and extracted a block at a time. */
export const STREAM_BYTES = 16 << 20;
const READ_BYTES = 4 << 20;

/**
 * A large file never becomes one string: blocks are decoded as a stream and handed on in pieces
 * cut at line or sentence ends, with the decoded text saved alongside when it is not UTF-8.
 */
function streamFile(job: FileJob, entry: ManifestEntry, limit: number, extractChunk: (chunk: string) => void, open: AtomicFile[]): void {
  const fd = openSync(job.path, 'r');
  try {
    const buffer = Buffer.alloc(READ_BYTES);
    let n = readSync(fd, buffer, 0, READ_BYTES, null);
    const encoding = sniffEncoding(buffer.subarray(0, n), job.encoding);
    entry.encoding = encoding;
    const decoder = new TextDecoder(encoding);
    let textOut: AtomicFile | undefined;
    if (encoding !== 'utf-8') {
      textOut = new AtomicFile(join(job.textDir, `${job.doc}.txt`));
      open.push(textOut);
      entry.text = `texts/${job.doc}.txt`;
    }
    let pending = '';
    let replaced = 0;
    while (n > 0) {
      const piece = decoder.decode(buffer.subarray(0, n), { stream: true });
      replaced += countChar(piece, '\ufffd');
      textOut?.write(piece);
      pending += piece;
      if (pending.length > limit) {
        const bounds = chunkBounds(pending, limit);
        for (let c = 0; c + 2 < bounds.length; c++) extractChunk(pending.slice(bounds[c], bounds[c + 1]));
        pending = pending.slice(bounds[bounds.length - 2]);
      }
      n = readSync(fd, buffer, 0, READ_BYTES, null);
    }
    const tail = decoder.decode();
    textOut?.write(tail);
    pending += tail;
    const bounds = chunkBounds(pending, limit);
    for (let c = 0; c + 1 < bounds.length; c++) extractChunk(pending.slice(bounds[c], bounds[c + 1]));
    textOut?.commit();
    if (replaced) entry.warnings = [`${replaced} byte sequence(s) invalid in ${encoding} were replaced with U+FFFD`];
  } finally {
    closeSync(fd);
  }
}

function startsWithBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function hashFileSync(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(READ_BYTES);
  try {
    for (let n = readSync(fd, buffer, 0, READ_BYTES, null); n > 0; n = readSync(fd, buffer, 0, READ_BYTES, null)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

