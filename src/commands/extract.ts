import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractWithDropped, loadRules } from '../index.js';
import { findInputs } from '../batch/inputs.js';
import { partitionValid, type Reject } from '../records/validate.js';
import { writeOutputs } from '../records/write.js';
import type { IndicatorRecord } from '../records/types.js';
import { PACKAGE_VERSION } from '../version.js';

export interface ExtractCommandOptions {
  out: string;
  bom?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export interface ExtractSummary {
  files: number;
  failed: number;
  records: number;
  rejects: number;
}

/** `zhibiao extract`: read files and folders, write indicators.csv/json/jsonl and rejects.jsonl. */
export function runExtract(paths: string[], options: ExtractCommandOptions, log: (line: string) => void = console.error): ExtractSummary {
  const rules = loadRules();
  const inputs = findInputs(paths);
  const records: IndicatorRecord[] = [];
  const rejects: Reject[] = [];
  let failed = 0;
  for (const input of inputs) {
    let text: string;
    try {
      text = readFileSync(input.path, 'utf8');
    } catch (err) {
      failed++;
      log(`failed ${input.doc}: ${(err as Error).message}`);
      continue;
    }
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const result = extractWithDropped(source, { doc: input.doc, rules });
    const checked = partitionValid(result.records, source);
    records.push(...checked.valid);
    rejects.push(...checked.rejects.map((r) => ({ ...r, doc: input.doc })));
    if (options.verbose) {
      log(`${input.doc}: ${checked.valid.length} records, ${checked.rejects.length} rejects`);
      for (const d of result.dropped) log(`  dropped ${JSON.stringify(d.quote)} at ${d.start} by ${d.reason}`);
    }
  }
  const outDir = resolve(options.out);
  writeOutputs(outDir, records, rejects, { tool: 'zhibiao', tool_version: PACKAGE_VERSION, rules_version: rules.version }, { bom: options.bom });
  const summary = { files: inputs.length, failed, records: records.length, rejects: rejects.length };
  if (!options.quiet) {
    log(`${summary.files} file(s), ${summary.records} record(s), ${summary.rejects} reject(s)${failed ? `, ${failed} failed` : ''} -> ${outDir}`);
    if (summary.rejects) log(`rejected records are in ${resolve(outDir, 'rejects.jsonl')} with their reasons`);
  }
  return summary;
}
