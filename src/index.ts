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

const cache = new Map<string, CompiledRules>();

/** Load and validate a rules folder once per process. */
export function loadRules(dir: string = BUILTIN_RULES_DIR): CompiledRules {
  let rules = cache.get(dir);
  if (!rules) {
    rules = compileRules(loadRuleFiles(dir));
    cache.set(dir, rules);
  }
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
