import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { extractDocument } from '../extract/extract.js';
import { loadRules } from '../index.js';
import { partitionValid } from '../records/validate.js';
import { orderedRecord } from '../records/write.js';
import { jiebaTagger } from '../text/segment.js';

export interface StreamSummary {
  lines: number;
  records: number;
  rejects: number;
  failed: number;
}

/**
 * The map step for Spark, Hadoop Streaming or GNU parallel: one {"doc","text"} object per input line,
 * records as JSONL on the output, one line in memory at a time. A bad line is reported and skipped.
 */
export async function extractJsonlStream(input: Readable, output: Writable, log: (line: string) => void, rulesDir?: string): Promise<StreamSummary> {
  const rules = loadRules(rulesDir);
  const tagger = jiebaTagger(rules.jiebaUserDict);
  const summary: StreamSummary = { lines: 0, records: 0, rejects: 0, failed: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    summary.lines++;
    if (!line.trim()) continue;
    let doc: string;
    let text: string;
    try {
      const parsed = JSON.parse(line) as { doc?: unknown; text?: unknown };
      if (typeof parsed.text !== 'string') throw new Error('"text" must be a string');
      doc = typeof parsed.doc === 'string' && parsed.doc ? parsed.doc : `line-${summary.lines}`;
      text = parsed.text.charCodeAt(0) === 0xfeff ? parsed.text.slice(1) : parsed.text;
    } catch (err) {
      summary.failed++;
      log(`line ${summary.lines}: ${(err as Error).message}`);
      continue;
    }
    const { valid, rejects } = partitionValid(extractDocument(text, doc, rules, tagger).records, text);
    summary.records += valid.length;
    summary.rejects += rejects.length;
    for (const r of rejects) log(`line ${summary.lines}: rejected ${JSON.stringify(r.record)}: ${r.reason}`);
    const chunk = valid.map((r) => JSON.stringify(orderedRecord(r)) + '\n').join('');
    if (chunk && !output.write(chunk)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return summary;
}
