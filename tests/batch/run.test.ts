import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchEvent } from '../../src/batch/run.js';
import { BUILTIN_RULES_DIR } from '../../src/rules/load.js';

const REVIEW = '一、2023年工作回顾\n全县地区生产总值达到128.6亿元，同比增长6.8%。建成农村公路186公里。\n';
const PLAN = '二、2024年工作安排\n地区生产总值增长6%左右，新建幼儿园5所。\n';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-batch-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'review.txt'), REVIEW);
  writeFileSync(join(dir, 'sub', 'plan.md'), PLAN);
  writeFileSync(join(dir, 'page.html'), `<html><body><div class="nav">首页 12345热线</div><p>全年接待游客520万人次。</p></body></html>`);
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xc8, 0xab, 0xca, 0xd0, 0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0x31, 0x38, 0x36, 0x32, 0x2e, 0x34, 0xd2, 0xda, 0xd4, 0xaa]));
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff]));
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

function read(out: string, name: string): string {
  return readFileSync(join(out, name), 'utf8');
}

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'zhibiao-batch-out-'));
}

describe('batch runs', () => {
  it('lists every input in the manifest; a bad file fails alone', async () => {
    const out = outDir();
    const m = await runBatch({ inputs: [corpus()], out, jobs: 1 });
    const byDoc = Object.fromEntries(m.inputs.map((e) => [e.doc, e]));
    expect(Object.keys(byDoc).sort()).toEqual(['broken.txt', 'empty.txt', 'gbk.txt', 'page.html', 'review.txt', 'sub/plan.md']);
    expect(byDoc['broken.txt']).toMatchObject({ status: 'failed', records: 0 });
    expect(byDoc['broken.txt']!.error).toMatch(/binary file/);
    expect(byDoc['empty.txt']).toMatchObject({ status: 'ok', records: 0, warnings: ['empty file'] });
    expect(byDoc['gbk.txt']).toMatchObject({ status: 'ok', encoding: 'gb18030', records: 1, text: 'texts/gbk.txt.txt' });
    expect(byDoc['review.txt']!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof byDoc['review.txt']!.duration_ms).toBe('number');
    expect(m.summary).toMatchObject({ files: 6, failed: 1 });
    expect(JSON.parse(read(out, 'manifest.json')).summary).toEqual(m.summary);
  });

  it('points records of HTML and GBK inputs into the decoded text saved beside the outputs', async () => {
    const out = outDir();
    const m = await runBatch({ inputs: [corpus()], out, jobs: 1 });
    const records = read(out, 'indicators.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    for (const doc of ['page.html', 'gbk.txt']) {
      const entry = m.inputs.find((e) => e.doc === doc)!;
      const text = read(out, entry.text!);
      const mine = records.filter((r) => r.doc === doc);
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) expect([...text].slice(r.start, r.end).join('')).toBe(r.quote);
    }
    expect(records.some((r) => r.quote.includes('12345'))).toBe(false);
  });

  it('reruns only what changed and keeps the records of the rest', async () => {
    const dir = corpus();
    const out = outDir();
    await runBatch({ inputs: [dir], out, jobs: 1 });
    const first = read(out, 'indicators.jsonl');
    const again = await runBatch({ inputs: [dir], out, jobs: 1 });
    expect(again.inputs.filter((e) => e.status === 'unchanged').map((e) => e.doc).sort()).toEqual(['empty.txt', 'gbk.txt', 'page.html', 'review.txt', 'sub/plan.md']);
    expect(read(out, 'indicators.jsonl')).toBe(first);
    writeFileSync(join(dir, 'review.txt'), REVIEW + '新增市场主体4800户。\n');
    const edited = await runBatch({ inputs: [dir], out, jobs: 1 });
    expect(edited.inputs.filter((e) => e.status === 'ok').map((e) => e.doc)).toEqual(['review.txt']);
    expect(read(out, 'indicators.jsonl')).toContain('4800户');
    expect(read(out, 'indicators.jsonl')).toContain('520万人次');
    const forced = await runBatch({ inputs: [dir], out, jobs: 1, force: true });
    expect(forced.inputs.filter((e) => e.status === 'unchanged')).toEqual([]);
  });

  it('reruns everything when the rules change', async () => {
    const dir = corpus();
    const out = outDir();
    const rules = mkdtempSync(join(tmpdir(), 'zhibiao-rules-'));
    cpSync(BUILTIN_RULES_DIR, rules, { recursive: true });
    const first = await runBatch({ inputs: [dir], out, jobs: 1, rulesDir: rules });
    const units = JSON.parse(read(rules, 'units.json'));
    units.units.push({ id: 'count/test-extra', unit: '栋楼', dimension: 'count', aliases: ['栋楼'] });
    writeFileSync(join(rules, 'units.json'), JSON.stringify(units));
    const second = await runBatch({ inputs: [dir], out, jobs: 1, rulesDir: rules });
    expect(second.rules_version).not.toBe(first.rules_version);
    expect(second.inputs.filter((e) => e.status === 'unchanged')).toEqual([]);
  });

  it('writes byte-identical outputs whatever the number of workers', async () => {
    const dir = corpus();
    const one = outDir();
    const four = outDir();
    await runBatch({ inputs: [dir], out: one, jobs: 1 });
    await runBatch({ inputs: [dir], out: four, jobs: 4 });
    for (const f of ['indicators.csv', 'indicators.jsonl', 'indicators.json', 'rejects.jsonl']) expect(read(four, f)).toBe(read(one, f));
  });

  it.each([1, 2])('keeps every record and says so when a result cannot be cached (%i worker(s))', async (jobs) => {
    const dir = corpus();
    const out = outDir();
    const first = await runBatch({ inputs: [dir], out, jobs });
    // Folders where the cache entries go: opening them for writing fails, as on a full or read-only disk.
    const cache = join(out, '.zhibiao-cache');
    for (const name of readdirSync(cache)) {
      rmSync(join(cache, name));
      mkdirSync(join(cache, name));
    }
    const expected = read(out, 'indicators.jsonl');
    const again = await runBatch({ inputs: [dir], out, jobs, force: true });
    expect(read(out, 'indicators.jsonl')).toBe(expected);
    expect(again.summary).toEqual(first.summary);
    const extracted = again.inputs.filter((e) => e.status === 'ok');
    expect(extracted.length).toBeGreaterThan(0);
    for (const e of extracted) expect(e.warnings?.some((w) => w.startsWith('result not cached:'))).toBe(true);
  });

  it('gives the same records when a long text is extracted in pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-chunk-'));
    const lines = Array.from({ length: 200 }, (_, i) => `第${i + 1}段：全县新建农村公路${100 + i}公里，新增市场主体${2000 + i}户。`);
    writeFileSync(join(dir, 'long.txt'), '𠀀' + lines.join('\n'));
    const whole = outDir();
    const pieces = outDir();
    await runBatch({ inputs: [dir], out: whole, jobs: 1 });
    await runBatch({ inputs: [dir], out: pieces, jobs: 1, chunkChars: 500 });
    expect(read(pieces, 'indicators.jsonl')).toBe(read(whole, 'indicators.jsonl'));
  });

  it('cuts a long text taken from a PDF between paragraphs, not inside a wrapped sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-chunk-'));
    // Paragraphs laid out at 60 columns, as pdftotext gives them; each names its figures at its start.
    const paragraph = (i: number) => `全县新建农村公路${100 + i}公里，新增市场主体${2000 + i}户，城镇居民人均可支配收入达到${30000 + i}元，城镇调查失业率控制在5.${i % 10}%以内，高新技术企业达到${50 + i}家。`;
    const wrapped = (p: string) => p.replace(/(.{28})/g, '$1\n').replace(/\n$/, '');
    writeFileSync(join(dir, 'pdf.txt'), Array.from({ length: 60 }, (_, i) => wrapped(paragraph(i))).join('\n'));
    const whole = outDir();
    const pieces = outDir();
    await runBatch({ inputs: [dir], out: whole, jobs: 1 });
    await runBatch({ inputs: [dir], out: pieces, jobs: 1, chunkChars: 700 });
    expect(read(pieces, 'indicators.jsonl')).toBe(read(whole, 'indicators.jsonl'));
  });

  it('keeps the document title, section headings and years in force across the pieces of a long text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-chunk-'));
    const review = Array.from({ length: 40 }, (_, i) => `全县新建农村公路${100 + i}公里，新增市场主体${2000 + i}户。`);
    const plan = Array.from({ length: 40 }, (_, i) => `新建农村公路${300 + i}公里，新增市场主体${5000 + i}户。`);
    const text = ['某县2024年政府工作报告', '一、2023年工作回顾', ...review, '二、2024年主要目标任务', ...plan].join('\n');
    writeFileSync(join(dir, 'report.txt'), text);
    const whole = outDir();
    const pieces = outDir();
    await runBatch({ inputs: [dir], out: whole, jobs: 1 });
    await runBatch({ inputs: [dir], out: pieces, jobs: 1, chunkChars: 300 });
    const records = read(whole, 'indicators.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { kind: string; period?: string });
    // The text itself says which figures are results and which targets, and of which year.
    expect(records.filter((r) => r.kind === 'actual' && r.period === '2023')).toHaveLength(80);
    expect(records.filter((r) => r.kind === 'target' && r.period === '2024')).toHaveLength(80);
    expect(read(pieces, 'indicators.jsonl')).toBe(read(whole, 'indicators.jsonl'));
  });

  it('gives the same records when a large file is read and decoded as a stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-stream-'));
    const lines = Array.from({ length: 300 }, (_, i) => `第${i + 1}段：全县新建农村公路${100 + i}公里，新增市场主体${2000 + i}户。`).join('\n');
    writeFileSync(join(dir, 'long.txt'), lines);
    const whole = outDir();
    const streamed = outDir();
    await runBatch({ inputs: [dir], out: whole, jobs: 1, chunkChars: 700 });
    const m = await runBatch({ inputs: [dir], out: streamed, jobs: 1, chunkChars: 700, streamBytes: 100 });
    expect(m.inputs[0]!.encoding).toBe('utf-8');
    expect(read(streamed, 'indicators.jsonl')).toBe(read(whole, 'indicators.jsonl'));
    expect(read(streamed, 'indicators.jsonl').split('\n').length).toBeGreaterThan(600);
  });

  it('reports progress through events', async () => {
    const events: BatchEvent['type'][] = [];
    await runBatch({ inputs: [corpus()], out: outDir(), jobs: 1, onEvent: (e) => events.push(e.type) });
    expect(events[0]).toBe('start');
    expect(events.filter((t) => t === 'file')).toHaveLength(6);
    expect(events.slice(-2)).toEqual(['writing', 'done']);
  });
});
