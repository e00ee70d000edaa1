import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { runDiff } from './commands/diff.js';
import { runEval } from './commands/eval.js';
import { runPivot } from './commands/pivot.js';
import { runReview } from './commands/review.js';
import { runExtract } from './commands/extract.js';
import { ZhibiaoError } from './rules/errors.js';
import { PACKAGE_VERSION } from './version.js';

const program = new Command();
program
  .name('zhibiao')
  .description('Turn Chinese government report prose into a structured indicator dataset.')
  .version(PACKAGE_VERSION)
  .showHelpAfterError()
  .exitOverride();

function positiveInt(name: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1`);
    return n;
  };
}

program
  .command('extract')
  .description('Extract indicator records from report files, folders and globs (.txt, .md, .html) into CSV, JSON and JSONL.')
  .argument('[paths...]', 'files, folders (searched recursively) or quoted globs such as "reports/**/*.html"')
  .option('-o, --out <dir>', 'output folder', 'output')
  .option('-j, --jobs <n>', 'worker threads for extraction (default: all cores)', positiveInt('--jobs'))
  .option('--force', 'extract every input again, ignoring results cached from earlier runs')
  .option('--encoding <name>', 'read every input in this encoding (utf-8, gb18030, gbk, big5, utf-16le …) instead of detecting it')
  .option('--max-file-mb <n>', 'fail inputs larger than this many megabytes instead of reading them', positiveInt('--max-file-mb'), 512)
  .option('--bom', 'start indicators.csv with a UTF-8 BOM so Excel opens it right')
  .option('--no-csv-formula-escape', 'write text cells that begin with = + - @ as they are (by default they get a leading apostrophe)')
  .option('--stdin-jsonl', 'read {"doc","text"} lines from standard input and write records as JSONL to standard output')
  .option('--rules <dir>', 'a folder of your own rule files laid over the built-in ones (see README, "Your own rules")')
  .option('--meta <file.csv>', 'title, date and region per document (columns doc,title,date,region); a <file>.meta.json beside an input does the same')
  .option('--wide', 'also write indicators_wide.csv (see zhibiao pivot)')
  .option('-q, --quiet', 'print nothing but errors')
  .option('-v, --verbose', 'print a line for every input')
  .addHelpText(
    'after',
    `
Writes to the output folder:
  indicators.csv, indicators.jsonl, indicators.json   the records, sorted by document and position
  rejects.jsonl     records that failed the schema, with the reason
  manifest.json     every input: status (ok, unchanged, failed), counts, hash, duration, error
  texts/            decoded text of HTML and non-UTF-8 inputs, which their records' offsets point into

A rerun extracts only inputs whose bytes or rules changed and keeps the records of the others.
Exit code: 0 when every input succeeded, 1 when any failed, 2 for usage errors.`,
  )
  .action(async (paths: string[], opts: { out: string; jobs?: number; force?: boolean; encoding?: string; maxFileMb?: number; bom?: boolean; csvFormulaEscape?: boolean; stdinJsonl?: boolean; rules?: string; meta?: string; wide?: boolean; quiet?: boolean; verbose?: boolean }) => {
    process.exitCode = await runExtract(paths, opts);
  });

program
  .command('diff')
  .description('Compare two runs record by record: added, removed and changed records, with counts per rule and per document.')
  .argument('<old>', 'output folder of the earlier run (or its indicators.jsonl / indicators.json)')
  .argument('<new>', 'output folder of the later run')
  .option('-f, --format <format>', 'text, json or html', 'text')
  .option('-o, --output <file>', 'write the diff to a file instead of standard output')
  .addHelpText('after', '\nExit code: 0 when the runs hold the same records, 1 when they differ, 2 for usage errors.')
  .action((oldPath: string, newPath: string, opts: { format: string; output?: string }) => {
    process.exitCode = runDiff(oldPath, newPath, opts);
  });

program
  .command('review')
  .description('Write a self-contained review.html: each document with its figures highlighted, and a filterable table of records.')
  .option('-o, --out <dir>', 'output folder of the run to review', 'output')
  .option('--base <old>', 'an earlier run to compare with: added, removed and changed records are marked')
  .option('--limit <n>', 'most documents shown with their text', positiveInt('--limit'), 200)
  .option('--output <file>', 'where to write the page (default <out>/review.html)')
  .action((opts: { out: string; base?: string; limit: number; output?: string }) => {
    const path = runReview(opts);
    console.error(`wrote ${path}`);
  });

program
  .command('pivot')
  .description('Write indicators_wide.csv: one row per region × period × indicator_id × kind (and measure), with value, unit, doc and quote.')
  .option('-o, --out <dir>', 'output folder of the run', 'output')
  .option('--output <file>', 'where to write the table (default <out>/indicators_wide.csv)')
  .option('--bom', 'start the CSV with a UTF-8 BOM so Excel opens it right')
  .action((opts: { out: string; output?: string; bom?: boolean }) => {
    const { path, rows } = runPivot(opts);
    console.error(`${rows} row(s) -> ${path}`);
  });

program
  .command('eval')
  .description('Score extraction against hand-made gold records (metrics of RECORDS.md).')
  .requiredOption('--gold <file>', 'gold records, one JSON object per line')
  .requiredOption('--docs <dir>', 'folder holding the documents the gold records name')
  .option('--show', 'list misses, extras and wrong fields')
  .option('--json', 'print the metrics as JSON')
  .option('--if-present', 'exit 0 with a message when the evaluation data is absent')
  .option('--rules <dir>', 'a folder of your own rule files laid over the built-in ones')
  .action((opts: { gold: string; docs: string; show?: boolean; json?: boolean; ifPresent?: boolean; rules?: string }) => {
    process.exitCode = runEval(opts);
  });

/** For benchmarks: ZHIBIAO_STATS=1 reports the process's peak RSS (all threads) when it ends. */
function reportStats(): void {
  if (process.env.ZHIBIAO_STATS) {
    const use = process.resourceUsage();
    // CPU seconds of all the process's threads: extraction, workers, V8's and libuv's own.
    process.stderr.write(`zhibiao-stats ${JSON.stringify({ maxRssKb: use.maxRSS, cpuSeconds: (use.userCPUTime + use.systemCPUTime) / 1e6 })}\n`);
  }
}

/** Exit status of a process whose reader went away, as for SIGPIPE (128 + 13). */
const CLOSED_PIPE_STATUS = 141;

export async function main(argv: string[]): Promise<void> {
  process.once('beforeExit', reportStats);
  // A reader that stops early (zhibiao diff … | head) closes the pipe: the output ends there, as for
  // any Unix tool, quietly and not as a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(CLOSED_PIPE_STATUS);
  });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are not errors; anything else commander refuses is a usage error.
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
    } else if (err instanceof ZhibiaoError) {
      console.error(`zhibiao: ${err.message}`);
      process.exitCode = err.code === 'USAGE' ? 2 : 1;
    } else if (err instanceof InvalidArgumentError) {
      console.error(`zhibiao: ${err.message}`);
      process.exitCode = 2;
    } else {
      console.error(`zhibiao: ${(err as Error).message}`);
      process.exitCode = 1;
    }
  }
}
