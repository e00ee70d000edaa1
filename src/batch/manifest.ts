import { existsSync, readFileSync } from 'node:fs';

export type FileStatus = 'ok' | 'failed' | 'unchanged';

/** One input as the manifest records it. */
export interface ManifestEntry {
  doc: string;
  path: string;
  status: FileStatus;
  records: number;
  rejects: number;
  /** sha256 of the file's bytes. */
  hash: string;
  bytes: number;
  /** Modification time seen when the file was hashed: a later run trusts the hash while it is unchanged. */
  mtime_ms?: number;
  duration_ms: number;
  encoding?: string;
  /** The decoded text the records' offsets point into, when it is not the file itself (HTML, GBK …). */
  text?: string;
  warnings?: string[];
  error?: string;
  /** With --verbose: the numbers a not-record rule turned away, with that rule's id (not kept in the manifest file). */
  dropped?: { quote: string; start: number; reason: string }[];
  /** Title, date and region of the document, found in it or given for it. */
  meta?: { title?: string; date?: string; region?: string };
}

export interface Manifest {
  tool: 'zhibiao';
  tool_version: string;
  rules_version: string;
  started_at: string;
  finished_at: string;
  summary: { files: number; ok: number; unchanged: number; failed: number; records: number; rejects: number };
  inputs: ManifestEntry[];
}

/** A cached result standing for an input that has not changed since it was made. */
export function asUnchanged(cached: ManifestEntry, path: string, mtimeMs: number | undefined): ManifestEntry {
  return { ...cached, path, status: 'unchanged', duration_ms: 0, ...(mtimeMs !== undefined ? { mtime_ms: mtimeMs } : {}) };
}

export function readManifest(path: string): Manifest | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
