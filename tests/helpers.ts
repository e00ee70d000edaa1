import { extract, loadRules, type IndicatorRecord } from '../src/index.js';

export const rules = loadRules();

/** Records of one sentence, run without the tagger unless asked, so table tests stay fast. */
export function records(text: string, withTagger = false): IndicatorRecord[] {
  return extract(text, { rules, ...(withTagger ? {} : { tagger: false }) });
}

export function only(text: string, quote: string, withTagger = false): IndicatorRecord {
  const found = records(text, withTagger).filter((r) => r.quote === quote);
  if (found.length !== 1) throw new Error(`expected one record quoting ${quote} in ${text}, got ${JSON.stringify(records(text).map((r) => r.quote))}`);
  return found[0]!;
}
