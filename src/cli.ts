import { Command, InvalidArgumentError } from 'commander';
import { runEval } from './commands/eval.js';
import { runExtract } from './commands/extract.js';
import { ZhibiaoError } from './rules/errors.js';
import { PACKAGE_VERSION } from './version.js';

const program = new Command();
program
  .name('zhibiao')
  .description('Turn Chinese government report prose into a structured indicator dataset.')
  .version(PACKAGE_VERSION)
  .showHelpAfterError();

program
  .command('extract')
  .description('Extract indicator records from report files and folders (.txt, .md) into CSV, JSON and JSONL.')
  .argument('<paths...>', 'files or folders to read (folders are searched recursively)')
  .option('-o, --out <dir>', 'output folder', 'output')
  .option('--bom', 'start indicators.csv with a UTF-8 BOM so Excel opens it right')
  .option('-q, --quiet', 'print nothing but errors')
  .option('-v, --verbose', 'print per-file counts and every candidate a not-record rule dropped')
  .addHelpText('after', '\nWrites <out>/indicators.csv, indicators.json, indicators.jsonl and rejects.jsonl (records that failed the schema, with reasons).')
  .action((paths: string[], opts: { out: string; bom?: boolean; quiet?: boolean; verbose?: boolean }) => {
    const summary = runExtract(paths, opts);
    process.exitCode = summary.failed > 0 ? 1 : 0;
  });

program
  .command('eval')
  .description('Score extraction against hand-made gold records (metrics of RECORDS.md).')
  .requiredOption('--gold <file>', 'gold records, one JSON object per line')
  .requiredOption('--docs <dir>', 'folder holding the documents the gold records name')
  .option('--show', 'list misses, extras and wrong fields')
  .option('--json', 'print the metrics as JSON')
  .option('--if-present', 'exit 0 with a message when the evaluation data is absent')
  .action((opts: { gold: string; docs: string; show?: boolean; json?: boolean; ifPresent?: boolean }) => {
    process.exitCode = runEval(opts);
  });

export async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof ZhibiaoError) {
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
