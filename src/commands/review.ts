import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from '../batch/decode.js';
import { loadRun } from '../diff/load-run.js';
import { renderReview } from '../review/page.js';

export interface ReviewOptions {
  out: string;
  base?: string;
  limit?: number;
  output?: string;
}

/** `zhibiao review`: writes <out>/review.html from a run's outputs (and a base run's, for a diff). */
export function runReview(options: ReviewOptions): string {
  const out = resolve(options.out);
  const run = loadRun(out);
  const base = options.base ? loadRun(options.base) : undefined;
  const entries = new Map((run.manifest?.inputs ?? []).map((e) => [e.doc, e]));
  const textOf = (doc: string): string | undefined => {
    const entry = entries.get(doc);
    if (!entry) return undefined;
    if (entry.text && existsSync(join(out, entry.text))) return readFileSync(join(out, entry.text), 'utf8');
    if (!existsSync(entry.path)) return undefined;
    try {
      return decodeBytes(readFileSync(entry.path)).text;
    } catch {
      return undefined;
    }
  };
  const target = options.output ?? join(out, 'review.html');
  writeFileSync(target, renderReview({ run, base, textOf, limit: options.limit ?? 200 }));
  return target;
}
