import { resolve } from 'node:path';
import { runBatch } from '../batch/run.js';
import { extractJsonlStream } from '../batch/stream.js';
import { progressReporter } from '../cli/progress.js';
import { ZhibiaoError } from '../rules/errors.js';

export interface ExtractCommandOptions {
  out: string;
  bom?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: number;
  force?: boolean;
  encoding?: string;
  maxFileMb?: number;
  csvFormulaEscape?: boolean;
  stdinJsonl?: boolean;
  rules?: string;
  meta?: string;
  wide?: boolean;
}

/** `zhibiao extract`: returns the exit code (0 all ok, 1 when any input failed). */
export async function runExtract(paths: string[], options: ExtractCommandOptions): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (options.stdinJsonl) {
    if (paths.length) throw new ZhibiaoError('USAGE', '--stdin-jsonl reads standard input; give no paths');
    const s = await extractJsonlStream(process.stdin, process.stdout, log, options.rules);
    if (!options.quiet) log(`${s.lines} line(s), ${s.records} record(s), ${s.rejects} reject(s), ${s.failed} bad line(s)`);
    return s.failed > 0 ? 1 : 0;
  }
  if (paths.length === 0) throw new ZhibiaoError('USAGE', 'give files, folders or globs to read (or --stdin-jsonl)');
  const manifest = await runBatch({
    inputs: paths,
    out: options.out,
    jobs: options.jobs,
    force: options.force,
    encoding: options.encoding,
    rulesDir: options.rules,
    maxFileMb: options.maxFileMb,
    bom: options.bom,
    csvFormulaEscape: options.csvFormulaEscape,
    metaCsv: options.meta,
    wide: options.wide,
    explain: options.verbose,
    onEvent: progressReporter({ stream: process.stderr, quiet: options.quiet, verbose: options.verbose }),
  });
  const s = manifest.summary;
  if (!options.quiet) {
    const out = resolve(options.out);
    log(`${s.files} file(s): ${s.ok} extracted, ${s.unchanged} unchanged, ${s.failed} failed; ${s.records} record(s), ${s.rejects} reject(s) -> ${out}`);
    if (s.rejects) log(`rejected records and their reasons: ${resolve(out, 'rejects.jsonl')}`);
    if (s.failed) log(`failed inputs and their reasons: ${resolve(out, 'manifest.json')}`);
  }
  return s.failed > 0 ? 1 : 0;
}
