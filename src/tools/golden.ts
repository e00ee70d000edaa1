import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffRecords, hasDifferences, type RecordDiff } from '../diff/diff.js';
import { formatText } from '../diff/format.js';
import { extract, loadRules } from '../index.js';
import { PACKAGE_ROOT } from '../rules/load.js';
import type { IndicatorRecord } from '../records/types.js';
import { orderedRecord } from '../records/write.js';

export const GOLDEN_DIR = join(PACKAGE_ROOT, 'tests', 'golden');

export interface GoldenCase {
  name: string;
  input: string;
  expected: string;
}

/** Every folder under tests/golden with an input file. */
export function goldenCases(dir = GOLDEN_DIR): GoldenCase[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'input.txt')))
    .sort()
    .map((name) => ({ name, input: join(dir, name, 'input.txt'), expected: join(dir, name, 'expected.jsonl') }));
}

export function currentRecords(c: GoldenCase): IndicatorRecord[] {
  return extract(readFileSync(c.input, 'utf8'), { doc: `${c.name}/input.txt`, rules: loadRules() });
}

export function expectedRecords(c: GoldenCase): IndicatorRecord[] {
  if (!existsSync(c.expected)) return [];
  return readFileSync(c.expected, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as IndicatorRecord);
}

export function compareCase(c: GoldenCase): { diff: RecordDiff; report: string } {
  const expected = expectedRecords(c);
  const current = currentRecords(c);
  const diff = diffRecords(expected, current);
  const run = (label: string, records: IndicatorRecord[]) => ({ label, records, manifest: undefined, rulesVersion: undefined, toolVersion: undefined });
  return { diff, report: formatText(diff, run(`expected ${c.name}`, expected), run(`current ${c.name}`, current)) };
}

export function writeExpected(c: GoldenCase): void {
  writeFileSync(c.expected, currentRecords(c).map((r) => JSON.stringify(orderedRecord(r))).join('\n') + '\n');
}

/** `npm run golden:update`: show what changed in each case, then accept it as the new expectation. */
function update(): void {
  let changed = 0;
  for (const c of goldenCases()) {
    const { diff, report } = compareCase(c);
    if (!hasDifferences(diff) && existsSync(c.expected)) continue;
    changed++;
    process.stdout.write(`== ${c.name}\n${report}\n`);
    writeExpected(c);
  }
  process.stdout.write(changed ? `updated ${changed} golden case(s)\n` : 'golden cases already match\n');
}

if (process.argv[1] && process.argv[1].endsWith('golden.js')) update();
