import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../rules/load.js';
import { generateCorpus, generateReport, prng } from './generate-corpus.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'zhibiao.js');

export interface BenchOptions {
  megabytes: number;
  runs: number;
  seed: number;
  dir: string;
}

interface Stat {
  median: number;
  min: number;
  max: number;
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

function corpus(options: BenchOptions): { dir: string; chars: number; bytes: number; files: number } {
  const dir = join(options.dir, `corpus-${options.seed}-${options.megabytes}mb`);
  const stamp = join(dir, 'corpus.json');
  if (existsSync(stamp)) return { dir, ...(JSON.parse(readFileSync(stamp, 'utf8')) as { chars: number; bytes: number; files: number }) };
  rmSync(dir, { recursive: true, force: true });
  const made = generateCorpus({ dir, megabytes: options.megabytes, seed: options.seed });
  writeFileSync(stamp, JSON.stringify(made));
  return { dir, ...made };
}

/** Each run is a first run into an empty folder, started with the disk idle: the previous run's ~400 MB
 * of outputs would otherwise still be written back while this one runs, and overwriting files that are
 * being written back is slow on ext4. */
function freshOut(...outs: string[]): void {
  for (const out of outs) rmSync(out, { recursive: true, force: true });
  execFileSync('sync');
}

interface Run {
  seconds: number;
  rssMb: number;
  records: number;
  /** CPU time of all the process's threads over wall time: how many cores the run kept busy. */
  cores: number;
}

/**
 * One end-to-end run of the CLI: wall seconds, and the process's peak RSS and CPU time as it reports them.
 * `oneCore` confines the whole process, helper threads included, to the first CPU (taskset).
 */
function extractRun(inputs: string[], out: string, jobs: number, fresh = true, oneCore = false): Promise<Run> {
  if (fresh) freshOut(out);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const args = [BIN, 'extract', ...inputs, '--out', out, '--jobs', String(jobs), '--force', '-q'];
    const [command, argv] = oneCore ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
    const child = spawn(command, argv, { env: { ...process.env, ZHIBIAO_STATS: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const m = /zhibiao-stats (\{.*\})/.exec(stderr);
      if (code !== 0 || !m) return reject(new Error(`extract exited ${code}: ${stderr.slice(-2000)}`));
      const stats = JSON.parse(m[1]!) as { maxRssKb: number; cpuSeconds: number };
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { summary: { records: number } };
      resolve({ seconds, rssMb: stats.maxRssKb / 1024, records: manifest.summary.records, cores: stats.cpuSeconds / seconds });
    });
  });
}

/** Seconds from spawning the CLI to the first record it writes, for one page of report text. */
function firstRecord(page: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'extract', '--stdin-jsonl', '-q']);
    let done = false;
    child.stdout.on('data', () => {
      if (!done) {
        done = true;
        resolve((performance.now() - started) / 1000);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!done) reject(new Error(`no record from the one-page file (exit ${code})`));
    });
    child.stdin.end(JSON.stringify({ doc: 'page.txt', text: page }) + '\n');
  });
}

/** Whether `taskset` can confine a process to one CPU here (util-linux; absent on some systems). */
function canPin(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The corpus's files in two halves of about equal size (largest first, each to the smaller half). */
export function halves(dir: string): [string[], string[]] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const sized = files.map((f) => ({ f, bytes: statSync(f).size })).sort((a, b) => b.bytes - a.bytes);
  const out: [string[], string[]] = [[], []];
  const total = [0, 0];
  for (const { f, bytes } of sized) {
    const i = total[0]! <= total[1]! ? 0 : 1;
    out[i]!.push(f);
    total[i]! += bytes;
  }
  return out;
}

/**
 * The machine's own scaling for this workload: two independent one-worker processes, each on half of
 * the corpus, at the same time. No threading design can scale better than separate processes do.
 */
async function pairRun(half: [string[], string[]], outs: [string, string]): Promise<number> {
  freshOut(...outs);
  const started = performance.now();
  await Promise.all([extractRun(half[0], outs[0], 1, false), extractRun(half[1], outs[1], 1, false)]);
  return (performance.now() - started) / 1000;
}

export interface BenchResult {
  machine: string;
  corpus: { files: number; megabytes: number; characters: number; records: number };
  oneWorker: { charsPerSecond: Stat; seconds: Stat; rssMb: Stat; cores: Stat };
  allCores: { jobs: number; charsPerSecond: Stat; seconds: Stat; rssMb: Stat; cores: Stat };
  scaling: number;
  /** Two one-worker processes on the two halves at once: their throughput and its ratio to one worker. */
  processPair: { charsPerSecond: Stat; scaling: number };
  /**
   * One worker with its helper threads (V8's compiler and collector, libuv's writes) on one CPU, and the
   * all-cores throughput as a multiple of it: a one-worker run otherwise keeps more than one core busy.
   */
  oneCore?: { charsPerSecond: Stat; scaling: number };
  startupSeconds: Stat;
  peakRssMb: number;
}

export async function bench(options: BenchOptions, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<BenchResult> {
  mkdirSync(options.dir, { recursive: true });
  const c = corpus(options);
  log(`corpus: ${c.files} files, ${(c.bytes / 1e6).toFixed(1)} MB, ${c.chars.toLocaleString('en-US')} characters (seed ${options.seed}) in ${c.dir}`);
  const jobs = cpus().length;
  const out = join(options.dir, 'out');
  const one: Run[] = [];
  const all: Run[] = [];
  // Alternate the variants so that drift on a shared machine falls on both alike.
  const half = halves(c.dir);
  const pair: number[] = [];
  const pinned: Run[] = [];
  const pin = jobs > 1 && canPin();
  if (jobs > 1 && !pin) log('  taskset not found: no one-core runs');
  for (let r = 0; r < options.runs; r++) {
    one.push(await extractRun([c.dir], out, 1));
    log(`  run ${r + 1}/${options.runs}: 1 worker ${one[r]!.seconds.toFixed(2)} s`);
    all.push(await extractRun([c.dir], out, jobs));
    log(`  run ${r + 1}/${options.runs}: ${jobs} workers ${all[r]!.seconds.toFixed(2)} s`);
    if (jobs === 2) {
      pair.push(await pairRun(half, [`${out}-a`, `${out}-b`]));
      log(`  run ${r + 1}/${options.runs}: 2 one-worker processes on the halves ${pair[r]!.toFixed(2)} s`);
    }
    if (pin) {
      pinned.push(await extractRun([c.dir], out, 1, true, true));
      log(`  run ${r + 1}/${options.runs}: 1 worker on one core ${pinned[r]!.seconds.toFixed(2)} s`);
    }
  }
  for (const o of [`${out}-a`, `${out}-b`]) rmSync(o, { recursive: true, force: true });
  const page = generateReport(prng(options.seed + 1), 1, 1500);
  const startup: number[] = [];
  for (let r = 0; r < options.runs; r++) startup.push(await firstRecord(page));
  /** Throughput, time, memory and cores busy of one variant's runs. */
  const summary = (runs: Run[]) => ({
    charsPerSecond: stat(runs.map((x) => c.chars / x.seconds)),
    seconds: stat(runs.map((x) => x.seconds)),
    rssMb: stat(runs.map((x) => x.rssMb)),
    cores: stat(runs.map((x) => x.cores)),
  });
  const result: BenchResult = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    corpus: { files: c.files, megabytes: Number((c.bytes / 1e6).toFixed(1)), characters: c.chars, records: one[0]!.records },
    oneWorker: summary(one),
    allCores: { jobs, ...summary(all) },
    scaling: 0,
    processPair: { charsPerSecond: stat(pair.length ? pair.map((x) => c.chars / x) : [0]), scaling: 0 },
    startupSeconds: stat(startup),
    peakRssMb: Math.max(...one.map((x) => x.rssMb), ...all.map((x) => x.rssMb)),
  };
  result.scaling = result.allCores.charsPerSecond.median / result.oneWorker.charsPerSecond.median;
  result.processPair.scaling = result.processPair.charsPerSecond.median / result.oneWorker.charsPerSecond.median;
  if (pinned.length) {
    const charsPerSecond = summary(pinned).charsPerSecond;
    result.oneCore = { charsPerSecond, scaling: result.allCores.charsPerSecond.median / charsPerSecond.median };
  }
  return result;
}

const fmt = (s: Stat, unit: string, digits = 2, scale = 1) => `${(s.median / scale).toFixed(digits)} ${unit} (min ${(s.min / scale).toFixed(digits)}, max ${(s.max / scale).toFixed(digits)})`;

export function formatBench(r: BenchResult, runs: number): string {
  return [
    `machine: ${r.machine}`,
    `corpus: ${r.corpus.files} files, ${r.corpus.megabytes} MB, ${r.corpus.characters.toLocaleString('en-US')} characters, ${r.corpus.records.toLocaleString('en-US')} records (one per ${Math.round(r.corpus.characters / r.corpus.records)} characters)`,
    `median of ${runs} runs (min, max), end to end: read, extract, validate, write`,
    `1 worker:        ${fmt(r.oneWorker.charsPerSecond, 'M chars/s', 2, 1e6)}  cores busy ${r.oneWorker.cores.median.toFixed(2)}`,
    `${r.allCores.jobs} workers:       ${fmt(r.allCores.charsPerSecond, 'M chars/s', 2, 1e6)}  cores busy ${r.allCores.cores.median.toFixed(2)}  scaling ${r.scaling.toFixed(2)}×`,
    ...(r.processPair.charsPerSecond.median > 0
      ? [`machine ceiling: ${fmt(r.processPair.charsPerSecond, 'M chars/s', 2, 1e6)}  scaling ${r.processPair.scaling.toFixed(2)}× (2 one-worker processes, one per half, at once)`]
      : []),
    ...(r.oneCore
      ? [`1 worker, 1 CPU: ${fmt(r.oneCore.charsPerSecond, 'M chars/s', 2, 1e6)}  ${r.allCores.jobs} workers are ${r.oneCore.scaling.toFixed(2)}× this (taskset -c 0, helper threads included)`]
      : []),
    `first record:    ${fmt(r.startupSeconds, 's')} from process start, one-page file`,
    `peak RSS:        ${r.peakRssMb.toFixed(0)} MB (1 worker ${fmt(r.oneWorker.rssMb, 'MB', 0)}; ${r.allCores.jobs} workers ${fmt(r.allCores.rssMb, 'MB', 0)})`,
  ].join('\n');
}

const USAGE = `Usage: npm run bench -- [--mb N] [--runs N] [--seed N]

Builds a seeded corpus of report-like text (kept in .tmp/bench/ and reused), then times zhibiao end to
end on it: one worker, all cores, two one-worker processes on its halves (the machine's own ceiling),
one worker on one CPU, the first record of a one-page file, and peak RSS; each the median of N runs.

  --mb N      corpus size in megabytes (default 50)
  --runs N    runs of each measurement (default 5)
  --seed N    generator seed (default 20241122)
  -h, --help  this text
`;

/** The bench's options from its command line; a wrong one stops it with the usage rather than running an hour. */
export function benchArgs(argv: string[]): { megabytes: number; runs: number; seed: number } | 'help' {
  const values: Record<string, number> = { '--mb': 50, '--runs': 5, '--seed': 20241122 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    if (!(a in values)) throw new Error(`unknown option ${a}`);
    const n = Number(argv[++i]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${a} wants a whole number of at least 1, not ${argv[i] ?? 'nothing'}`);
    values[a] = n;
  }
  return { megabytes: values['--mb']!, runs: values['--runs']!, seed: values['--seed']! };
}

if (process.argv[1] && process.argv[1].endsWith('bench.js')) {
  let parsed: ReturnType<typeof benchArgs>;
  try {
    parsed = benchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const options: BenchOptions = { ...parsed, dir: join(PACKAGE_ROOT, '.tmp', 'bench') };
  const result = await bench(options);
  const text = formatBench(result, options.runs);
  writeFileSync(join(options.dir, 'results.json'), JSON.stringify(result, null, 2));
  process.stdout.write(`${text}\n`);
}
