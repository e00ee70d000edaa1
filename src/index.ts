import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractResult } from './extract/extract.js';
import { compileRules, type CompiledRules } from './rules/compile.js';
import { BUILTIN_RULES_DIR, loadRuleFiles } from './rules/load.js';
import type { IndicatorRecord } from './records/types.js';
import { jiebaTagger, type Tagger } from './text/segment.js';

export type { IndicatorRecord } from './records/types.js';
export type { CompiledRules } from './rules/compile.js';
export type { Tagger } from './text/segment.js';
export { RECORD_FIELDS } from './records/types.js';
export { ZhibiaoError } from './rules/errors.js';

export interface ExtractOptions {
  /** Document name written into each record's `doc`. */
  doc?: string;
  /** Compiled rules; defaults to the built-in rules/ folder, loaded once. */
  rules?: CompiledRules;
  /** Part-of-speech tagger for indicator boundaries; `false` runs without one. Defaults to nodejieba. */
  tagger?: Tagger | false;
}

const cache = new Map<string, { stamp: string; rules: CompiledRules }>();

/** Sizes and modification times of a folder's files: a cheap test that rules on disk changed. */
function stampOf(dir: string): string {
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const s = statSync(join(dir, name));
        return `${name}:${s.size}:${s.mtimeMs}`;
      })
      .join('|');
  } catch {
    return '';
  }
}

/**
 * The built-in rules with an optional folder of the user's rule files laid over them; loaded and
 * validated once per process, and again only when a file changes.
 */
export function loadRules(userRulesDir?: string, expectedVersion?: string): CompiledRules {
  const key = userRulesDir ?? '';
  const stamp = stampOf(BUILTIN_RULES_DIR) + (userRulesDir ? `#${stampOf(userRulesDir)}` : '');
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.rules;
  // Rules the caller has validated already (a worker given the run's rules version) load without the
  // schemas; if the files turn out to be another version, they are loaded again and validated.
  let rules = compileRules(loadRuleFiles(BUILTIN_RULES_DIR, userRulesDir, { trusted: expectedVersion !== undefined }));
  if (expectedVersion !== undefined && rules.version !== expectedVersion) rules = compileRules(loadRuleFiles(BUILTIN_RULES_DIR, userRulesDir));
  cache.set(key, { stamp, rules });
  return rules;
}

function resolve(options: ExtractOptions): { rules: CompiledRules; tagger: Tagger | undefined; doc: string } {
  const rules = options.rules ?? loadRules();
  const tagger = options.tagger === false ? undefined : (options.tagger ?? jiebaTagger(rules.jiebaUserDict));
  return { rules, tagger, doc: options.doc ?? 'text' };
}

/** Indicator records of one text, in document order. */
export function extract(text: string, options: ExtractOptions = {}): IndicatorRecord[] {
  return extractWithDropped(text, options).records;
}

/** Records and the candidates that not-record rules turned away (for --verbose and rule debugging). */
export function extractWithDropped(text: string, options: ExtractOptions = {}): ExtractResult {
  const { rules, tagger, doc } = resolve(options);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return extractDocument(source, doc, rules, tagger);
}
