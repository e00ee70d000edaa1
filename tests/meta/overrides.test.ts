import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { parseCsv, readMetaCsv } from '../../src/meta/overrides.js';

describe('metadata given by the user', () => {
  it('parses CSV with quotes, commas and newlines', () => {
    expect(parseCsv('\ufeffdoc,title\n"a.txt","报告,""草案""\n第二行"\r\nb.txt,x\n')).toEqual([['doc', 'title'], ['a.txt', '报告,"草案"\n第二行'], ['b.txt', 'x']]);
  });

  it('refuses a --meta file without a doc column or with a bad date, naming the row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-meta-'));
    writeFileSync(join(dir, 'a.csv'), 'file,title\nx,y\n');
    expect(() => readMetaCsv(join(dir, 'a.csv'))).toThrow(/'doc' column/);
    writeFileSync(join(dir, 'b.csv'), 'doc,date\nx.txt,2024/1/1\n');
    expect(() => readMetaCsv(join(dir, 'b.csv'))).toThrow(/row 2: date '2024\/1\/1' must be YYYY-MM-DD/);
  });

  it('uses a sidecar file and a --meta CSV over what the text says, and records them in the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-meta-in-'));
    writeFileSync(join(dir, 'a.txt'), '全市新建农村公路120公里。');
    writeFileSync(join(dir, 'a.txt.meta.json'), JSON.stringify({ region: '临江市', date: '2023-12-20' }));
    writeFileSync(join(dir, 'b.txt'), '全县新增就业5000人。');
    writeFileSync(join(dir, 'meta.csv'), 'doc,title,date,region\nb.txt,青山县工作总结,2024-01-05,青山县\n');
    const out = mkdtempSync(join(tmpdir(), 'zhibiao-meta-out-'));
    const m = await runBatch({ inputs: [join(dir, 'a.txt'), join(dir, 'b.txt')], out, jobs: 1, metaCsv: join(dir, 'meta.csv') });
    expect(m.inputs.map((e) => e.meta)).toEqual([
      { date: '2023-12-20', region: '临江市' },
      { title: '青山县工作总结', date: '2024-01-05', region: '青山县' },
    ]);
    const records = readFileSync(join(out, 'indicators.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.quote, r.region, r.period])).toEqual([['120公里', '临江市', '2023'], ['5000人', '青山县', '2023']]);
  });
});
