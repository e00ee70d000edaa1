import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvHeader } from '../records/write.js';
import type { CachePaths } from './cache.js';
import type { Manifest, ManifestEntry } from './manifest.js';

export interface OutputOptions {
  /** Start indicators.csv with a UTF-8 BOM so Excel reads it as UTF-8. */
  bom?: boolean;
  /** Neutralise text cells that a spreadsheet would run as a formula (default on). */
  csvFormulaEscape?: boolean;
}

const COPY_BUFFER = Buffer.alloc(1 << 20);
const FIRST_ITEM = Buffer.from('\n    ');
const NEXT_ITEM = Buffer.from(',\n    ');

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
  /** Append a file's bytes as they are. */
  copy(path: string): void {
    const fd = openSync(path, 'r');
    try {
      for (let n = readSync(fd, COPY_BUFFER, 0, COPY_BUFFER.length, null); n > 0; n = readSync(fd, COPY_BUFFER, 0, COPY_BUFFER.length, null)) writeSync(this.fd, COPY_BUFFER, 0, n);
    } finally {
      closeSync(fd);
    }
  }
  /**
   * Append JSONL lines as the items of a JSON array ("\n    {…},\n    {…}"), working on bytes so a
   * document with millions of records is never decoded; returns whether anything was written.
   */
  copyAsJsonItems(path: string, first: boolean): boolean {
    const fd = openSync(path, 'r');
    let wrote = false;
    let atLineStart = true;
    try {
      for (let n = readSync(fd, COPY_BUFFER, 0, COPY_BUFFER.length, null); n > 0; n = readSync(fd, COPY_BUFFER, 0, COPY_BUFFER.length, null)) {
        const parts: Buffer[] = [];
        let from = 0;
        for (let i = COPY_BUFFER.indexOf(0x0a, 0); from < n; i = COPY_BUFFER.indexOf(0x0a, from)) {
          const end = i < 0 || i >= n ? n : i;
          if (end > from) {
            if (atLineStart) parts.push(!wrote && first ? FIRST_ITEM : NEXT_ITEM);
            parts.push(COPY_BUFFER.subarray(from, end));
            wrote = true;
          }
          atLineStart = end < n;
          from = end + 1;
          if (end === n) break;
        }
        const out = Buffer.concat(parts);
        if (out.length) writeSync(this.fd, out);
      }
    } finally {
      closeSync(fd);
    }
    return wrote;
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
      jsonl.copy(paths.records);
      csv.copy(paths.csv);
      if (json.copyAsJsonItems(paths.records, first)) first = false;
      if (existsSync(paths.rejects)) rejects.copy(paths.rejects);
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
