import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zhibiao.js');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reports');

function zhibiao(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('edit a rule -> rerun -> diff -> review', () => {
  it('shows exactly the records a rule change touches', () => {
    const before = mkdtempSync(join(tmpdir(), 'zhibiao-wf-a-'));
    const after = mkdtempSync(join(tmpdir(), 'zhibiao-wf-b-'));
    const rules = mkdtempSync(join(tmpdir(), 'zhibiao-wf-rules-'));
    expect(zhibiao('extract', FIXTURES, '--out', before, '-q').status).toBe(0);
    // A user decides that 左右 should not make a figure approximate.
    const builtin = JSON.parse(readFileSync(join(ROOT, 'rules', 'comparators.json'), 'utf8'));
    const approx = builtin.cues.find((c: { id: string }) => c.id === 'comparator/approx-after');
    writeFileSync(join(rules, 'comparators.json'), JSON.stringify({ cues: [{ ...approx, words: ['上下'] }] }));
    const run = zhibiao('extract', FIXTURES, '--out', after, '--rules', rules, '-q');
    expect(run.status).toBe(0);
    const manifestA = JSON.parse(readFileSync(join(before, 'manifest.json'), 'utf8'));
    const manifestB = JSON.parse(readFileSync(join(after, 'manifest.json'), 'utf8'));
    expect(manifestB.rules_version).not.toBe(manifestA.rules_version);

    const diff = zhibiao('diff', before, after);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('0 added, 0 removed, 1 changed');
    expect(diff.stdout).toContain('comparator: "≈" -> "="');
    expect(zhibiao('diff', before, before).status).toBe(0);

    const review = zhibiao('review', '--out', after, '--base', before);
    expect(review.status).toBe(0);
    const page = readFileSync(join(after, 'review.html'), 'utf8');
    expect(page.match(/<mark id="r\d+" data-id="r\d+" class="[^"]*d-changed/g)).toHaveLength(1);
  });
});
