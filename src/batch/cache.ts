import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Per-document results kept between runs under <out>/.zhibiao-cache, keyed by what determines them:
 * the file's bytes, its document name, the rules and tool versions and the forced encoding.
 */
export interface CacheKeyParts {
  doc: string;
  hash: string;
  rulesVersion: string;
  toolVersion: string;
  encoding: string | undefined;
  /** Anything else the result depends on (metadata given for the document). */
  extra?: string;
}

export function cacheKey(p: CacheKeyParts): string {
  return createHash('sha256').update(JSON.stringify([p.doc, p.hash, p.rulesVersion, p.toolVersion, p.encoding ?? '', p.extra ?? ''])).digest('hex').slice(0, 32);
}

export interface CachePaths {
  records: string;
  /** The same records as CSV rows, so merging outputs is copying, not re-encoding. */
  csv: string;
  rejects: string;
  meta: string;
}

export function cachePaths(cacheDir: string, key: string): CachePaths {
  return { records: join(cacheDir, `${key}.records.jsonl`), csv: join(cacheDir, `${key}.records.csv`), rejects: join(cacheDir, `${key}.rejects.jsonl`), meta: join(cacheDir, `${key}.meta.json`) };
}

/** Meta is written last, so its presence says the whole entry is there. */
export function readCachedMeta<T>(paths: CachePaths): T | undefined {
  if (!existsSync(paths.meta) || !existsSync(paths.records) || !existsSync(paths.csv) || !existsSync(paths.rejects)) return undefined;
  try {
    return JSON.parse(readFileSync(paths.meta, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
