import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import { Piscina } from 'piscina';
import { loadRules } from '../index.js';
import { PACKAGE_ROOT } from '../rules/load.js';
import { BUILD_ID, PACKAGE_VERSION } from '../version.js';
import { cacheKey, entryPath, readCachedMeta, writeEntry, type Frame } from './cache.js';
import { findInputs, type InputFile } from './inputs.js';
import { readMetaCsv, readSidecar } from '../meta/overrides.js';
import type { MetaOverride } from '../meta/document.js';
import { runPivot } from '../commands/pivot.js';
import { asUnchanged, readManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { processFile, readWhole, type FileJob, type FileResult } from './process-file.js';
import { OutputMerger, type OutputOptions } from './outputs.js';

export interface BatchOptions extends OutputOptions {
  inputs: string[];
  out: string;
  /** Worker threads; 0 or 1 runs in this thread. */
  jobs?: number;
  force?: boolean;
  encoding?: string;
  rulesDir?: string;
  maxFileMb?: number;
  chunkChars?: number;
  streamBytes?: number;
  /** --meta FILE.csv: title, date and region per document name. */
  metaCsv?: string;
  /** Also write indicators_wide.csv. */
  wide?: boolean;
  /** List, per extracted input, the candidates that not-record rules dropped. */
  explain?: boolean;
  onEvent?: (event: BatchEvent) => void;
}

export type BatchEvent =
  | { type: 'start'; files: number; toProcess: number; unchanged: number; skipped?: Record<string, number> }
  | { type: 'file'; entry: ManifestEntry; done: number; files: number; records: number }
  | { type: 'writing' }
  | { type: 'done'; manifest: Manifest };

export const CACHE_DIR = '.zhibiao-cache';
/** The built worker: also what tests running the TypeScript sources use, so workers never need a transpiler. */
const WORKER = join(PACKAGE_ROOT, 'dist', 'batch', 'worker.js');

export function defaultJobs(): number {
  return Math.max(1, cpus().length);
}

/**
 * The batch core: find inputs, skip those whose bytes and rules are unchanged since a cached run,
 * extract the rest on a pool of worker threads, and write outputs that do not depend on the order
 * in which workers finish. Reports progress through `onEvent`; draws nothing itself.
 */
export async function runBatch(options: BatchOptions): Promise<Manifest> {
  const started = new Date();
  const emit = options.onEvent ?? (() => undefined);
  const out = resolve(options.out);
  const cacheDir = join(out, CACHE_DIR);
  const textDir = join(out, 'texts');
  mkdirSync(cacheDir, { recursive: true });
  const rules = loadRules(options.rulesDir);
  // Files a folder holds that are no report text (.pdf, .docx) are skipped, and said to be.
  const skippedEndings = new Map<string, number>();
  const inputs = findInputs(options.inputs, skippedEndings);
  const metaByDoc = options.metaCsv ? readMetaCsv(options.metaCsv) : new Map<string, MetaOverride>();
  const metaOf = (input: InputFile): MetaOverride | undefined => {
    const given = { ...readSidecar(input.path), ...metaByDoc.get(input.doc) };
    return Object.keys(given).length ? given : undefined;
  };
  /** What each document's cache key is made of, but for its content hash. */
  const keyPartsOf = new Map<string, FileJob['keyParts']>();
  const io = pLimit(16);
  const maxBytes = options.maxFileMb !== undefined ? options.maxFileMb * 1e6 : undefined;

  // A file whose size and modification time match the last run keeps its hash without being read again;
  // any other file is hashed by the worker that reads it, which then looks for a cached result itself.
  const previous = new Map((readManifest(join(out, 'manifest.json'))?.inputs ?? []).map((e) => [e.doc, e]));
  const planned = await Promise.all(
    inputs.map((input: InputFile) =>
      io(async () => {
        try {
          const st = await stat(input.path);
          const meta = metaOf(input);
          // CSV cells are cached too, so the escaping choice is part of what a cached result depends on.
          const extra = meta || options.csvFormulaEscape === false ? JSON.stringify([meta ?? null, options.csvFormulaEscape !== false]) : undefined;
          const keyParts = { doc: input.doc, rulesVersion: rules.version, toolVersion: `${PACKAGE_VERSION}+${BUILD_ID}`, encoding: options.encoding, extra };
          keyPartsOf.set(input.doc, keyParts);
          const job: FileJob = { path: input.path, doc: input.doc, bytes: st.size, mtimeMs: st.mtimeMs, keyParts, useCache: !options.force, cacheDir, textDir, encoding: options.encoding, rulesDir: options.rulesDir, maxBytes, chunkChars: options.chunkChars, streamBytes: options.streamBytes, meta, csvFormulaEscape: options.csvFormulaEscape, rulesVersion: rules.version, explain: options.explain };
          const prev = previous.get(input.doc);
          let cached: ManifestEntry | undefined;
          if (!options.force && prev && prev.path === input.path && prev.bytes === st.size && prev.mtime_ms === st.mtimeMs && prev.hash) {
            const hit = readCachedMeta<ManifestEntry>(entryPath(cacheDir, cacheKey({ ...keyParts, hash: prev.hash })));
            if (hit) cached = asUnchanged(hit, input.path, st.mtimeMs);
          }
          return { input, job, cached };
        } catch (err) {
          return { input, job: undefined, cached: undefined, error: (err as Error).message };
        }
      }),
    ),
  );

  const entries = new Map<string, ManifestEntry>();
  let done = 0;
  let records = 0;
  const keyOf = (e: ManifestEntry) => cacheKey({ ...keyPartsOf.get(e.doc)!, hash: e.hash });
  // Outputs are written in document order while workers still run: each document as soon as all before it are done.
  const order = planned.map((p) => p.input.doc);
  let nextToMerge = 0;
  const merger = new OutputMerger(out, PACKAGE_VERSION, rules.version, options);
  // Frames handed over in memory wait here only until their document's turn to be merged.
  const framesOf = new Map<string, Frame[]>();
  const mergeReady = () => {
    while (nextToMerge < order.length && entries.has(order[nextToMerge]!)) {
      const entry = entries.get(order[nextToMerge]!)!;
      merger.add(entry, entryPath(cacheDir, keyOf(entry)), framesOf.get(entry.doc));
      framesOf.delete(entry.doc);
      nextToMerge++;
    }
  };
  // Cache entries held in memory are written on libuv's threads while extraction goes on.
  const cacheWrites: Promise<void>[] = [];
  // A limit of their own, and a small one: reads ahead must not queue behind them for libuv's threads.
  const cacheIo = pLimit(4);
  // When the disk (or the CPU that the writes need) falls behind, extraction waits for it rather than
  // holding ever more results in memory: no more than MAX_QUEUED_WRITES wait for their turn.
  const paceCacheWrites = async () => {
    const behind = cacheWrites.length - MAX_QUEUED_WRITES;
    if (behind > 0) await cacheWrites[behind - 1];
  };
  const finish = ({ entry, frames, cachePath }: FileResult) => {
    if (frames) {
      framesOf.set(entry.doc, frames);
      if (cachePath) {
        cacheWrites.push(
          cacheIo(() => writeEntry(cachePath, frames)).catch((err: Error) => {
            // The records are in the outputs all the same; only the next run cannot reuse them.
            (entry.warnings ??= []).push(`result not cached: ${err.message}`);
          }),
        );
      }
    }
    entries.set(entry.doc, entry);
    done++;
    records += entry.records;
    emit({ type: 'file', entry, done, files: inputs.length, records });
    mergeReady();
  };
  const toRun: FileJob[] = planned.flatMap((p) => (p.job && !p.cached && !('error' in p && p.error !== undefined) ? [p.job] : []));
  const jobs = options.jobs ?? defaultJobs();
  // One extracting thread leaves a core spare for writing the cache; with more, each writes its own.
  const oneThread = jobs <= 1 || toRun.length <= 1;
  for (const job of toRun) job.deferCacheWrite = oneThread;
  emit({ type: 'start', files: inputs.length, toProcess: toRun.length, unchanged: inputs.length - toRun.length, ...(skippedEndings.size ? { skipped: Object.fromEntries(skippedEndings) } : {}) });
  for (const p of planned) {
    if ('error' in p && p.error !== undefined) {
      finish({ entry: { doc: p.input.doc, path: p.input.path, status: 'failed', records: 0, rejects: 0, hash: '', bytes: 0, duration_ms: 0, error: `cannot read: ${p.error}` } });
    } else if (p.cached) finish({ entry: p.cached });
  }

  const phase = (name: string) => process.env.ZHIBIAO_STATS && process.stderr.write(`zhibiao-phase ${name} ${(performance.now() / 1000).toFixed(2)}\n`);
  phase('planned');
  try {
    if (oneThread) {
      const ahead = readAhead(toRun, io);
      for (let i = 0; i < toRun.length; i++) {
        finish(processFile(toRun[i]!, ahead.arrived(i)));
        await turn();
        await paceCacheWrites();
      }
    } else await runShared(toRun, jobs - 1, finish, readAhead(toRun, io));
  } catch (err) {
    merger.abort();
    throw err;
  }

  await Promise.all(cacheWrites);
  phase('extracted');
  emit({ type: 'writing' });
  const ordered = [...entries.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  const summary = {
    files: ordered.length,
    ok: ordered.filter((e) => e.status === 'ok').length,
    unchanged: ordered.filter((e) => e.status === 'unchanged').length,
    failed: ordered.filter((e) => e.status === 'failed').length,
    records: ordered.reduce((n, e) => n + e.records, 0),
    rejects: ordered.reduce((n, e) => n + e.rejects, 0),
  };
  const manifest: Manifest = {
    tool: 'zhibiao',
    tool_version: PACKAGE_VERSION,
    rules_version: rules.version,
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    summary,
    inputs: ordered.map(({ dropped: _dropped, ...e }) => e),
  };
  mergeReady();
  merger.finish(manifest);
  phase('written');
  pruneCache(cacheDir, new Set(ordered.filter((e) => e.status !== 'failed').map(keyOf)));
  if (options.wide) runPivot({ out, bom: options.bom });
  emit({ type: 'done', manifest });
  return manifest;
}

/** Cache entries held in memory waiting to be written, at most (a few hundred kilobytes each). */
const MAX_QUEUED_WRITES = 32;

/** How many files are read ahead of extraction, so that waiting on the disk overlaps with work. */
const READ_AHEAD = 8;

/**
 * Files read ahead of the one being extracted, through the run's p-limit, each handed over once.
 * `bytes(i)` starts the reads up to i + READ_AHEAD and resolves with file i's bytes; `arrived(i)` does
 * the same but answers at once, with the bytes only if they are already here: a thread that would
 * otherwise wait reads the file itself (the read ahead still warmed the disk cache for it). Undefined
 * also stands for a file that is streamed in blocks, or that could not be read here: the extractor then
 * reads it itself and reports the error.
 */
interface ReadAhead {
  bytes(i: number): Promise<Uint8Array | undefined>;
  arrived(i: number): Uint8Array | undefined;
}

function readAhead(jobs: FileJob[], io: LimitFunction): ReadAhead {
  const pending = new Map<number, Promise<Uint8Array | undefined>>();
  const here = new Map<number, Uint8Array | undefined>();
  let started = 0;
  const start = (i: number) => {
    for (; started < jobs.length && started <= i + READ_AHEAD; started++) {
      const n = started;
      const job = jobs[n]!;
      const read = readWhole(job) ? io(() => readFile(job.path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength), () => undefined)) : Promise.resolve(undefined);
      pending.set(n, read.then((b) => {
        if (pending.has(n)) here.set(n, b);
        return b;
      }));
    }
  };
  return {
    bytes(i) {
      start(i);
      const bytes = pending.get(i) ?? Promise.resolve(undefined);
      pending.delete(i);
      here.delete(i);
      return bytes;
    },
    arrived(i) {
      start(i);
      const bytes = here.get(i);
      pending.delete(i);
      here.delete(i);
      return bytes;
    },
  };
}

/** Lets I/O callbacks (reads ahead, cache writes, finished worker tasks) run between two files. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Extraction on `workers` worker threads and this thread together: each worker holds a few queued files,
 * and between topping them up this thread takes the next file itself, so --jobs N keeps N threads
 * extracting while only N-1 of them pay for starting up. Each thread writes its own cache entries here
 * (FileJob.deferCacheWrite is off), so nothing waits to be written.
 */
async function runShared(jobs: FileJob[], workers: number, finish: (result: FileResult) => void, reads: ReadAhead): Promise<void> {
  // Tasks are queued inside each worker, not only in the pool: this thread is busy extracting between
  // hand-outs, and a worker that had to wait for it to hand out the next file would sit idle meanwhile.
  const perWorker = 4;
  const pool = new Piscina({ filename: WORKER, maxThreads: workers, minThreads: workers, idleTimeout: 1000, concurrentTasksPerWorker: perWorker });
  const ahead = workers * perWorker;
  let next = 0;
  let inflight = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const submit = (i: number) => {
    inflight++;
    reads
      .bytes(i)
      .then((bytes) => pool.run({ job: jobs[i]!, bytes }) as Promise<FileResult>)
      .then(
      (result) => {
        inflight--;
        finish(result);
        wake?.();
      },
      (err: unknown) => {
        inflight--;
        failure ??= err;
        wake?.();
      },
    );
  };
  try {
    while (next < jobs.length || inflight > 0) {
      if (failure) throw failure;
      while (inflight < ahead && next < jobs.length) submit(next++);
      if (next < jobs.length) {
        const i = next++;
        finish(processFile(jobs[i]!, reads.arrived(i)));
        // Let the pool's finished tasks be counted before taking another file.
        await turn();
      } else if (inflight > 0) await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  } finally {
    await pool.destroy();
  }
}

/** Cache entries no input refers to any more (edited or removed files, older rules). */
function pruneCache(cacheDir: string, keep: Set<string>): void {
  for (const name of readdirSync(cacheDir)) {
    const key = name.split('.')[0]!;
    if (!keep.has(key)) rmSync(join(cacheDir, name), { force: true });
  }
}
