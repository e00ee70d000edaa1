import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { runReview } from '../../src/commands/review.js';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reports');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, '.tmp', 'review.png');

interface Shown {
  id: string;
  quote: string;
  kind: string;
  change?: string;
  indicator: string;
  sentence: string;
  doc: string;
}

let browser: Browser;
let page: Page;
let records: Shown[];
let diffPage: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh (apt-get install chromium)`);
  const base = mkdtempSync(join(tmpdir(), 'zhibiao-review-base-'));
  const out = mkdtempSync(join(tmpdir(), 'zhibiao-review-'));
  const edited = mkdtempSync(join(tmpdir(), 'zhibiao-review-in-'));
  cpSync(FIXTURES, edited, { recursive: true });
  await runBatch({ inputs: [edited], out: base, jobs: 1 });
  const review = join(edited, 'linjiang-2023-review.txt');
  writeFileSync(review, readFileSync(review, 'utf8').replace('全年粮食总产量85.6万吨，比上年增长2.3%。', '全年新建农村公路186公里。'));
  await runBatch({ inputs: [edited], out, jobs: 1 });
  const path = runReview({ out });
  diffPage = runReview({ out, base, output: join(out, 'review-diff.html') });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`file://${path}`);
  records = JSON.parse((await page.textContent('#zhibiao-data'))!).records;
}, 120000);

afterAll(async () => {
  await browser?.close();
});

const visibleRows = () => page.$$eval('#records tbody tr', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length);

describe('review page in Chromium', () => {
  it('highlights every record once, over exactly its quote', async () => {
    const marks = await page.$$eval('#documents mark[data-id]', (ms) => ms.map((m) => ({ id: (m as HTMLElement).dataset.id!, text: m.textContent, cls: m.className })));
    expect(records.length).toBeGreaterThan(10);
    expect(marks.map((m) => m.id).sort()).toEqual(records.map((r) => r.id).sort());
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const m of marks) {
      expect(m.text).toBe(byId.get(m.id)!.quote);
      expect(m.cls).toContain(`k-${byId.get(m.id)!.kind}`);
    }
  });

  it('narrows the table with a filter and with the search box', async () => {
    expect(await visibleRows()).toBe(records.length);
    await page.selectOption('#f-kind', 'target');
    expect(await visibleRows()).toBe(records.filter((r) => r.kind === 'target').length);
    expect(await visibleRows()).toBeLessThan(records.length);
    await page.selectOption('#f-kind', '');
    await page.fill('#f-search', '失业率');
    expect(await visibleRows()).toBe(records.filter((r) => (r.doc + r.indicator + r.sentence).includes('失业率')).length);
    await page.fill('#f-search', '');
  });

  it('shows a record when its row is clicked, and saves a screenshot', async () => {
    await page.click('#records tbody tr >> nth=0');
    expect(await page.isVisible('#detail')).toBe(true);
    expect(await page.textContent('#detail')).toContain(records[0]!.quote);
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10000);
  });

  it('marks added and removed records against a base run', async () => {
    const diff = await browser.newPage();
    await diff.goto(`file://${diffPage}`);
    const added = await diff.$$eval('mark.d-added', (ms) => ms.map((m) => m.textContent));
    const removed = await diff.$$eval('#records tr.d-removed td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
    expect(added).toContain('186公里');
    expect(removed).toEqual(expect.arrayContaining(['85.6万吨', '2.3%']));
    await diff.close();
  });
});
