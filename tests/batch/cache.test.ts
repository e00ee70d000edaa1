import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheEntryWriter, forEachFrame, FrameText, readCachedMeta, writeEntry, type Frame } from '../../src/batch/cache.js';
import { OutputMerger } from '../../src/batch/outputs.js';
import type { ManifestEntry } from '../../src/batch/manifest.js';

const temp = () => mkdtempSync(join(tmpdir(), 'zhibiao-cache-'));

const lines = ['{"quote":"538公里"}', '{"quote":"1.27万元"}', '{"quote":"增长15.5%"}'];

/** Writes the lines as R frames, their upper-case twins as C frames; returns what commit handed back. */
function makeEntry(path: string, frameBytes: number, holdBytes?: number): Frame[] | undefined {
  const writer = new CacheEntryWriter(path, holdBytes);
  const r = new FrameText('R', writer, frameBytes);
  const c = new FrameText('C', writer, frameBytes);
  for (const l of lines) {
    r.line(l);
    c.line(l.toUpperCase());
  }
  r.flush();
  c.flush();
  return writer.commit({ doc: 'a.txt', records: lines.length }).frames;
}

function framesOnDisk(path: string): { type: string; text: string }[] {
  const out: { type: string; text: string }[] = [];
  forEachFrame(path, (t) => t !== 'M', (type, payload) => out.push({ type, text: payload.toString() }));
  return out;
}

const joined = (frames: { type: string; text: string }[], type: string) => frames.filter((f) => f.type === type).map((f) => f.text).join('');

describe('cache entries', () => {
  it.each([
    ['one frame per kind', 1 << 16],
    ['a frame per line, lines longer than a frame', 8],
  ])('holds a small entry in memory, written later as it was held: %s', async (_name, frameBytes) => {
    const path = join(temp(), 'cache', 'k.entry');
    const held = makeEntry(path, frameBytes)!;
    expect(held).toBeDefined();
    expect(held.at(-1)!.type).toBe('M');
    expect(existsSync(path)).toBe(false);
    await writeEntry(path, held);
    const disk = framesOnDisk(path);
    const memory = held.filter((f) => f.type !== 'M').map((f) => ({ type: f.type, text: Buffer.from(f.payload).toString() }));
    expect(memory).toEqual(disk);
    expect(joined(disk, 'R')).toBe(lines.map((l) => l + '\n').join(''));
    expect(joined(disk, 'C')).toBe(lines.map((l) => l.toUpperCase() + '\n').join(''));
    expect(readCachedMeta(path)).toEqual({ doc: 'a.txt', records: lines.length });
  });

  it.each([
    ['frames smaller than one encoding', 1000],
    ['frames larger than several', 1 << 18],
  ])('keeps every byte of many lines encoded a few dozen at a time: %s', (_name, frameBytes) => {
    const path = join(temp(), 'many.entry');
    const writer = new CacheEntryWriter(path, 1 << 30);
    const text = new FrameText('R', writer, frameBytes);
    const expected: string[] = [];
    for (let i = 0; i < 5000; i++) {
      // Lines of ASCII, CJK and an astral character, of varying length, pushed as pieces like records are.
      const line = `{"n":${i},"quote":"${'粮食产量'.repeat(i % 7)}${i}万吨${i % 11 === 0 ? '𠀀' : ''}"}`;
      text.parts.push(line.slice(0, 5));
      text.parts.push(line.slice(5));
      text.parts.push('\n');
      text.endLine();
      expected.push(line + '\n');
    }
    text.flush();
    const frames = writer.commit({ doc: 'many.txt' }).frames!;
    const payloads = frames.filter((f) => f.type === 'R');
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.map((f) => Buffer.from(f.payload).toString()).join('')).toBe(expected.join(''));
  });

  it('keeps nothing in memory once a document outgrows the hold, but writes it all', () => {
    const path = join(temp(), 'k.entry');
    expect(makeEntry(path, 8, 16)).toBeUndefined();
    expect(readCachedMeta(path)).toEqual({ doc: 'a.txt', records: lines.length });
    expect(joined(framesOnDisk(path), 'R')).toBe(lines.map((l) => l + '\n').join(''));
  });

  it('leaves no file behind when aborted, even after spilling', () => {
    const dir = temp();
    const held = new CacheEntryWriter(join(dir, 'held.entry'));
    held.frame('R', Buffer.from('x\n'));
    held.abort();
    const spilled = new CacheEntryWriter(join(dir, 'spilled.entry'), 1);
    spilled.frame('R', Buffer.from('xyz\n'));
    expect(existsSync(join(dir, 'spilled.entry'))).toBe(true);
    spilled.abort();
    expect(existsSync(join(dir, 'held.entry'))).toBe(false);
    expect(existsSync(join(dir, 'spilled.entry'))).toBe(false);
  });

  it('merges the same outputs from frames in memory as from the file', async () => {
    const dir = temp();
    const path = join(dir, 'k.entry');
    const held = makeEntry(path, 24)!;
    await writeEntry(path, held);
    const entry = { doc: 'a.txt', status: 'ok' } as ManifestEntry;
    const manifest = { summary: {}, inputs: [] } as never;
    const outputs = (frames: Frame[] | undefined) => {
      const out = join(dir, frames ? 'memory' : 'file');
      const merger = new OutputMerger(out, '0.0.0', 'r1');
      merger.add(entry, path, frames);
      merger.add({ ...entry, doc: 'b.txt' }, path, frames);
      merger.finish(manifest);
      return ['indicators.csv', 'indicators.jsonl', 'indicators.json'].map((f) => readFileSync(join(out, f), 'utf8'));
    };
    const [csv, jsonl, json] = outputs(held);
    expect(outputs(undefined)).toEqual([csv, jsonl, json]);
    expect(jsonl!.trim().split('\n')).toEqual([...lines, ...lines]);
    expect(JSON.parse(json!).records.map((r: { quote: string }) => r.quote)).toEqual([...lines, ...lines].map((l) => JSON.parse(l).quote));
  });
});
