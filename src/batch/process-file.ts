import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractDocument } from '../extract/extract.js';
import { loadRules } from '../index.js';
import { partitionValid } from '../records/validate.js';
import { orderedRecord } from '../records/write.js';
import { jiebaTagger } from '../text/segment.js';
import { cachePaths } from './cache.js';
import { decodeBytes, InputError } from './decode.js';
import { htmlToText, isHtmlPath } from './html.js';
import type { ManifestEntry } from './manifest.js';

/** One file's work, as sent to a worker thread: plain data only. */
export interface FileJob {
  path: string;
  doc: string;
  hash: string;
  bytes: number;
  key: string;
  cacheDir: string;
  textDir: string;
  encoding?: string;
  rulesDir?: string;
  /** Files larger than this fail with a clear message instead of exhausting memory. */
  maxBytes?: number;
  /** Largest piece of text extracted at once; longer texts are cut at line or sentence ends. */
  chunkChars?: number;
}

export const DEFAULT_CHUNK = 1 << 20;

/** Temporary file beside the target, renamed into place when complete. */
class AtomicWriter {
  private readonly tmp: string;
  private readonly fd: number;
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    this.fd = openSync(this.tmp, 'w');
  }
  write(text: string): void {
    if (text.length > 0) writeSync(this.fd, text);
  }
  commit(): void {
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
  }
}

/** Cut points that keep sentences whole: the last newline (else 。, else anything) before each limit. */
export function chunkBounds(text: string, limit: number): number[] {
  const bounds = [0];
  let start = 0;
  while (text.length - start > limit) {
    let cut = text.lastIndexOf('\n', start + limit);
    if (cut <= start) cut = text.lastIndexOf('。', start + limit);
    if (cut <= start) cut = start + limit;
    else cut += 1;
    // Never split a surrogate pair.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut++;
    bounds.push(cut);
    start = cut;
  }
  bounds.push(text.length);
  return bounds;
}

function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Read, decode, convert HTML, extract, validate and cache one file. Never throws for a bad file:
 * the failure is the entry's status and error, so one file cannot stop a run.
 */
export function processFile(job: FileJob): ManifestEntry {
  const started = performance.now();
  const entry: ManifestEntry = { doc: job.doc, path: job.path, status: 'ok', records: 0, rejects: 0, hash: job.hash, bytes: job.bytes, duration_ms: 0 };
  const paths = cachePaths(job.cacheDir, job.key);
  const open: AtomicWriter[] = [];
  try {
    const rules = loadRules(job.rulesDir);
    const tagger = jiebaTagger(rules.jiebaUserDict);
    if (job.maxBytes !== undefined && job.bytes > job.maxBytes) {
      throw new InputError(`file too large: ${(job.bytes / 1e6).toFixed(0)} MB is over the ${(job.maxBytes / 1e6).toFixed(0)} MB limit (--max-file-mb)`);
    }
    const decoded = decodeBytes(readFileSync(job.path), job.encoding);
    entry.encoding = decoded.encoding;
    if (decoded.warnings.length) entry.warnings = decoded.warnings;
    let text = decoded.text;
    const html = isHtmlPath(job.path);
    if (html) text = htmlToText(text);
    if (html || !decoded.encoding.startsWith('utf-8') || decoded.warnings.some((w) => w.includes('U+FFFD'))) {
      // Offsets point into the decoded text; keep it beside the outputs so every one stays checkable.
      const rel = `texts/${job.doc}.txt`;
      const writer = new AtomicWriter(join(job.textDir, `${job.doc}.txt`));
      writer.write(text);
      writer.commit();
      entry.text = rel;
    }
    const recordsOut = new AtomicWriter(paths.records);
    const rejectsOut = new AtomicWriter(paths.rejects);
    open.push(recordsOut, rejectsOut);
    const bounds = chunkBounds(text, job.chunkChars ?? DEFAULT_CHUNK);
    let cpBase = 0;
    for (let c = 0; c + 1 < bounds.length; c++) {
      const chunk = text.slice(bounds[c], bounds[c + 1]);
      const { records } = extractDocument(chunk, job.doc, rules, tagger);
      const { valid, rejects } = partitionValid(records, chunk);
      let lines = '';
      for (const r of valid) {
        r.start += cpBase;
        r.end += cpBase;
        lines += JSON.stringify(orderedRecord(r)) + '\n';
      }
      recordsOut.write(lines);
      rejectsOut.write(rejects.map((r) => JSON.stringify({ doc: job.doc, ...r }) + '\n').join(''));
      entry.records += valid.length;
      entry.rejects += rejects.length;
      cpBase += codePointLength(chunk);
    }
    recordsOut.commit();
    rejectsOut.commit();
  } catch (err) {
    for (const w of open) w.abort();
    entry.status = 'failed';
    entry.error = err instanceof InputError ? err.message : `${(err as Error).name}: ${(err as Error).message}`;
    entry.records = 0;
    entry.rejects = 0;
  }
  entry.duration_ms = Math.round(performance.now() - started);
  if (entry.status === 'ok') {
    const meta = new AtomicWriter(paths.meta);
    meta.write(JSON.stringify(entry));
    meta.commit();
  }
  return entry;
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
