import { existsSync, mkdirSync } from 'node:fs';
import { AtomicFile } from '../records/atomic.js';
import { join } from 'node:path';
import { csvHeader } from '../records/write.js';
import { forEachFrame, type Frame, type FrameType } from './cache.js';
import type { Manifest, ManifestEntry } from './manifest.js';

export interface OutputOptions {
  /** Start indicators.csv with a UTF-8 BOM so Excel reads it as UTF-8. */
  bom?: boolean;
  /** Neutralise text cells that a spreadsheet would run as a formula (default on). */
  csvFormulaEscape?: boolean;
}

const ITEM_INDENT = Buffer.from('\n    ');

/** JSONL lines as the items of a JSON array ("\n    {…},\n    {…}"), on bytes, never decoded. */
function jsonItems(jsonl: Uint8Array, first: boolean): Buffer {
  const src = Buffer.from(jsonl.buffer, jsonl.byteOffset, jsonl.byteLength);
  let lines = 0;
  for (let i = src.indexOf(0x0a); i >= 0; i = src.indexOf(0x0a, i + 1)) lines++;
  // Each line loses its "\n" and gains ",\n    " (the first of a file "\n    ").
  const out = Buffer.allocUnsafe(src.length + lines * (ITEM_INDENT.length + 1) + ITEM_INDENT.length + 1);
  let to = 0;
  let from = 0;
  while (from < src.length) {
    let end = src.indexOf(0x0a, from);
    if (end < 0) end = src.length;
    if (end > from) {
      if (!first) out[to++] = 0x2c;
      first = false;
      to += ITEM_INDENT.copy(out, to);
      to += src.copy(out, to, from, end);
    }
    from = end + 1;
  }
  return out.subarray(0, to);
}

/**
 * Streams every document's cached records, in document order, into indicators.csv / .jsonl / .json and
 * rejects.jsonl as they become available, then renames all of them into place and the manifest last:
 * an interrupted run leaves the previous outputs whole, and memory holds one piece of a document at a time.
 * Documents must be added in document order; the batch core adds each as soon as those before it are done,
 * so merging runs alongside extraction.
 */
export class OutputMerger {
  private readonly csv: AtomicFile;
  private readonly jsonl: AtomicFile;
  private readonly json: AtomicFile;
  private readonly rejects: AtomicFile;
  private readonly manifestFile: AtomicFile;
  private readonly staged: AtomicFile[];
  private first = true;

  constructor(out: string, toolVersion: string, rulesVersion: string, options: OutputOptions = {}) {
    mkdirSync(out, { recursive: true });
    this.csv = new AtomicFile(join(out, 'indicators.csv'));
    this.jsonl = new AtomicFile(join(out, 'indicators.jsonl'));
    this.json = new AtomicFile(join(out, 'indicators.json'));
    this.rejects = new AtomicFile(join(out, 'rejects.jsonl'));
    this.manifestFile = new AtomicFile(join(out, 'manifest.json'));
    this.staged = [this.csv, this.jsonl, this.json, this.rejects, this.manifestFile];
    this.csv.write(csvHeader(options.bom));
    this.json.write(`{\n  "tool": "zhibiao",\n  "tool_version": ${JSON.stringify(toolVersion)},\n  "rules_version": ${JSON.stringify(rulesVersion)},\n  "records": [`);
  }

  /**
   * Append one document's results: from its frames when they were handed over in memory, else from its
   * cache entry (nothing for a failed input).
   */
  add(entry: ManifestEntry, path: string, frames?: readonly Frame[]): void {
    if (entry.status === 'failed') return;
    if (frames) for (const f of frames) this.frame(f.type, f.payload);
    else if (existsSync(path)) forEachFrame(path, (t) => t !== 'M', (type, payload) => this.frame(type, payload));
  }

  private frame(type: FrameType, payload: Uint8Array): void {
    if (type === 'R') {
      this.jsonl.write(payload);
      this.json.write(jsonItems(payload, this.first));
      this.first = false;
    } else if (type === 'C') this.csv.write(payload);
    else if (type === 'X') this.rejects.write(payload);
  }

  finish(manifest: Manifest): void {
    this.json.write(`${this.first ? '' : '\n  '}]\n}\n`);
    this.manifestFile.write(JSON.stringify(manifest, null, 2) + '\n');
    // The manifest is the last file renamed into place.
    for (const s of this.staged) s.commit();
  }

  /** Drop the temporary files, leaving the previous outputs as they were. */
  abort(): void {
    for (const s of this.staged) s.abort();
  }
}
