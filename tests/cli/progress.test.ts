import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/batch/manifest.js';
import { progressReporter } from '../../src/cli/progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (t: string) => (chunks.push(t), true) }, text: () => chunks.join('') };
}

const entry = (doc: string, status: ManifestEntry['status'] = 'ok'): ManifestEntry => ({ doc, path: doc, status, records: 3, rejects: 0, hash: 'h', bytes: 1, duration_ms: 1, ...(status === 'failed' ? { error: 'binary file' } : {}) });

function feed(report: ReturnType<typeof progressReporter>) {
  report({ type: 'start', files: 2, toProcess: 2, unchanged: 0 });
  report({ type: 'file', entry: entry('a.txt'), done: 1, files: 2, records: 3 });
  report({ type: 'file', entry: entry('b.txt', 'failed'), done: 2, files: 2, records: 3 });
  report({ type: 'writing' });
}

describe('progress', () => {
  it('draws a bar with files, records, rate and ETA on a terminal', () => {
    let t = 0;
    const out = sink(true);
    feed(progressReporter({ stream: out.stream, now: () => (t += 500) }));
    expect(out.text()).toMatch(/\r\x1b\[K\[#{12}-{12}\] 1\/2 files · 3 records · [\d.]+ files\/s · ETA \d+:\d\d/);
    expect(out.text()).toContain('b.txt: FAILED binary file');
  });

  it('says which files of the folders were skipped, by their ending', () => {
    const out = sink(false);
    progressReporter({ stream: out.stream })({ type: 'start', files: 1, toProcess: 1, unchanged: 0, skipped: { '.pdf': 3, '.docx': 1 } });
    expect(out.text()).toContain('skipped files that are not .txt, .md or .html (3 .pdf, 1 .docx)');
  });

  it('prints plain lines without escape codes when not on a terminal', () => {
    const out = sink(false);
    feed(progressReporter({ stream: out.stream, plainEvery: 0 }));
    expect(out.text()).not.toContain('\x1b');
    expect(out.text()).toContain('2/2 files · 3 records');
  });

  it('prints nothing with --quiet and every file with --verbose', () => {
    const quiet = sink(false);
    feed(progressReporter({ stream: quiet.stream, quiet: true }));
    expect(quiet.text()).toBe('');
    const verbose = sink(false);
    feed(progressReporter({ stream: verbose.stream, verbose: true }));
    expect(verbose.text()).toContain('a.txt: ok 3 record(s)');
  });
});
