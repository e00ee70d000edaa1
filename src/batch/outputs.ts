import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { forEachLineBlock } from '../records/lines.js';
import { csvHeader, csvRows } from '../records/write.js';
import type { CachePaths } from './cache.js';
import type { Manifest, ManifestEntry } from './manifest.js';

export interface OutputOptions {
  /** Start indicators.csv with a UTF-8 BOM so Excel reads it as UTF-8. */
  bom?: boolean;
  /** Neutralise text cells that a spreadsheet would run as a formula (default on). */
  csvFormulaEscape?: boolean;
}

class Staged {
  readonly tmp: string;
  private readonly fd: number;
  constructor(readonly path: string) {
    this.tmp = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.tmp, 'w');
  }
  write(text: string): void {
    if (text.length) writeSync(this.fd, text);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Streams every document's cached records, in document order, into indicators.csv / .jsonl / .json and
 * rejects.jsonl, then renames all of them into place and the manifest last: an interrupted run leaves
 * the previous outputs whole, and memory holds one document at a time.
 */
export function writeBatchOutputs(out: string, manifest: Manifest, pathsFor: (entry: ManifestEntry) => CachePaths, options: OutputOptions = {}): void {
  mkdirSync(out, { recursive: true });
  const escape = options.csvFormulaEscape !== false;
  const csv = new Staged(join(out, 'indicators.csv'));
  const jsonl = new Staged(join(out, 'indicators.jsonl'));
  const json = new Staged(join(out, 'indicators.json'));
  const rejects = new Staged(join(out, 'rejects.jsonl'));
  const manifestFile = new Staged(join(out, 'manifest.json'));
  const staged = [csv, jsonl, json, rejects, manifestFile];
  try {
    csv.write(csvHeader(options.bom));
    json.write(`{\n  "tool": "zhibiao",\n  "tool_version": ${JSON.stringify(manifest.tool_version)},\n  "rules_version": ${JSON.stringify(manifest.rules_version)},\n  "records": [`);
    let first = true;
    for (const entry of manifest.inputs) {
      if (entry.status === 'failed') continue;
      const paths = pathsFor(entry);
      if (!existsSync(paths.records)) continue;
      forEachLineBlock(paths.records, (block) => {
        jsonl.write(block.join('\n') + '\n');
        csv.write(csvRows(block.map((line) => JSON.parse(line) as Record<string, unknown>), escape));
        let jsonPart = '';
        for (const line of block) {
          jsonPart += `${first ? '' : ','}\n    ${line}`;
          first = false;
        }
        json.write(jsonPart);
      });
      if (existsSync(paths.rejects)) forEachLineBlock(paths.rejects, (block) => rejects.write(block.join('\n') + '\n'));
    }
    json.write(`${first ? '' : '\n  '}]\n}\n`);
    manifestFile.write(JSON.stringify(manifest, null, 2) + '\n');
    for (const s of staged) s.close();
  } catch (err) {
    for (const s of staged) {
      try {
        s.close();
      } catch {
        // already closed
      }
      rmSync(s.tmp, { force: true });
    }
    throw err;
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}
