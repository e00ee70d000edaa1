import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/tools/generate-corpus.js';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'zhibiao.js');

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input });
}

function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

describe('zhibiao extract as a batch tool', () => {
  it('exits 1 when an input fails, naming it, and still writes the others', () => {
    const dir = tmp('zhibiao-cli-bad-');
    writeFileSync(join(dir, 'good.txt'), '全县新建农村公路120公里。');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));
    const out = tmp('zhibiao-cli-out-');
    const r = run(['extract', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: FAILED binary file/);
    expect(readFileSync(join(out, 'indicators.jsonl'), 'utf8')).toContain('120公里');
  });

  it('lists with --verbose the numbers each not-record rule turned away', () => {
    const dir = tmp('zhibiao-cli-verbose-');
    writeFileSync(join(dir, 'a.txt'), '2023年，全县落实“四个不摘”，沿321国道新建5G基站200个。');
    const r = run(['extract', dir, '--out', tmp('zhibiao-cli-out-'), '--verbose']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('a.txt: ok 1 record(s)');
    expect(r.stderr).toMatch(/dropped "四个" at \d+ by not\/numbered-slogan/);
    expect(r.stderr).toMatch(/dropped "2023" at 0 by not\/bare-number/);
  });

  it('fails an input over --max-file-mb with a clear reason instead of reading it', () => {
    const dir = tmp('zhibiao-cli-big-');
    writeFileSync(join(dir, 'big.txt'), '全县新建农村公路120公里。\n'.repeat(80000));
    const out = tmp('zhibiao-cli-out-');
    const r = run(['extract', dir, '--out', out, '--max-file-mb', '1']);
    expect(r.status).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs[0].error).toMatch(/file too large: \d+ MB is over the 1 MB limit/);
  });

  it.each([
    [['extract', 'input', '--jobs', 'many']],
    [['extract']],
    [['extract', 'input', '--no-such-flag']],
    [['no-such-command']],
  ])('exits 2 for the usage error %j', (args) => {
    expect(run(args).status).toBe(2);
  });

  it('streams {"doc","text"} lines to JSONL records on stdout, reporting bad lines', () => {
    const lines = [
      JSON.stringify({ doc: 'a', text: '全县地区生产总值达到128.6亿元，同比增长6.8%。' }),
      'this is not json',
      JSON.stringify({ doc: 'b', text: '力争新设市场主体8000家。' }),
    ].join('\n');
    const r = run(['extract', '--stdin-jsonl'], lines + '\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 2:');
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => [x.doc, x.quote])).toEqual([['a', '128.6亿元'], ['a', '6.8%'], ['b', '8000家']]);
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const line = JSON.stringify({ doc: 'a', text: '全县地区生产总值达到128.6亿元，同比增长6.8%。新建农村公路120公里。'.repeat(20) });
    const input = join(tmp('zhibiao-cli-pipe-'), 'in.jsonl');
    writeFileSync(input, (line + '\n').repeat(400));
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" extract --stdin-jsonl -q < "${input}" | head -c 100 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.status).toBe(141);
  });

  it('leaves the previous outputs whole when killed, and the next run completes', async () => {
    const dir = tmp('zhibiao-cli-kill-');
    generateCorpus({ dir, megabytes: 0.3, seed: 11, fileChars: 3000 });
    const out = tmp('zhibiao-cli-out-');
    expect(run(['extract', dir, '--out', out, '--jobs', '1']).status).toBe(0);
    const before = Object.fromEntries(['indicators.csv', 'indicators.jsonl', 'indicators.json', 'manifest.json'].map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    generateCorpus({ dir: join(dir, 'more'), megabytes: 6, seed: 12, fileChars: 3000 });
    const child = spawn(process.execPath, [BIN, 'extract', dir, '--out', out, '--jobs', '1', '--quiet'], { cwd: ROOT });
    const cache = join(out, '.zhibiao-cache');
    const metas = () => readdirSync(cache).filter((f) => f.endsWith('.entry')).length;
    const start = metas();
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (metas() >= start + 10) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('run finished before it could be killed'));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(out, f), 'utf8')).toBe(text);
    const r = run(['extract', dir, '--out', out, '--jobs', '1']);
    expect(r.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.summary.failed).toBe(0);
    // Work finished before the kill is kept (an entry being written when it struck is redone).
    expect(manifest.summary.unchanged).toBeGreaterThanOrEqual(start + 5);
    expect(manifest.inputs.some((e: { doc: string }) => e.doc.startsWith('more/'))).toBe(true);
    expect(existsSync(join(out, 'indicators.csv.tmp'))).toBe(false);
  }, 120000);
});
