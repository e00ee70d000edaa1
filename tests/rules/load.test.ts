import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, loadRuleFiles } from '../../src/rules/load.js';

function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-rules-'));
  cpSync(BUILTIN_RULES_DIR, dir, { recursive: true });
  return dir;
}

describe('rule files', () => {
  it('loads and validates the built-in rules, with a version hash', () => {
    const loaded = loadRuleFiles();
    expect(loaded.version).toMatch(/^[0-9a-f]{16}$/);
    expect(loaded.files.units.units.length).toBeGreaterThan(40);
  });

  it('holds no word twice in any list of words of the built-in rules', () => {
    const twice: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        if (node.every((x) => typeof x === 'string')) {
          const seen = new Set<string>();
          for (const w of node as string[]) (seen.has(w) ? twice.push(`${path}: ${w}`) : seen.add(w));
        } else node.forEach((x, i) => walk(x, `${path}[${i}]`));
      } else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
    };
    walk(loadRuleFiles().files, 'rules');
    expect(twice).toEqual([]);
  });

  it('changes the version when a rule changes', () => {
    const dir = copyRules();
    const before = loadRuleFiles(dir).version;
    const path = join(dir, 'comparators.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.cues[0].words.push('或更多');
    writeFileSync(path, JSON.stringify(data));
    expect(loadRuleFiles(dir).version).not.toBe(before);
  });

  it('refuses broken JSON naming the file and line', () => {
    const dir = copyRules();
    writeFileSync(join(dir, 'measure.json'), '{\n  "version": 1,\n  "increase": [\n');
    expect(() => loadRuleFiles(dir)).toThrow(/measure\.json: not valid JSON/);
  });

  it('refuses a schema violation naming the file and JSON path', () => {
    const dir = copyRules();
    const path = join(dir, 'comparators.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.cues[2].comparator = 'about';
    writeFileSync(path, JSON.stringify(data));
    expect(() => loadRuleFiles(dir)).toThrow(/comparators\.json: \/cues\/2\/comparator: must be equal to one of the allowed values/);
  });

  it('refuses a malformed line in the jieba dictionary', () => {
    const dir = copyRules();
    writeFileSync(join(dir, 'jieba-user.dict.txt'), '地区生产总值 n\n这 一 行 不对\n');
    expect(() => loadRuleFiles(dir)).toThrow(/jieba-user\.dict\.txt: line 2: expected "word \[frequency\] \[tag\]"/);
  });

  it('refuses duplicate ids', () => {
    const dir = copyRules();
    const path = join(dir, 'units.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.units[1].id = data.units[0].id;
    writeFileSync(path, JSON.stringify(data));
    expect(() => loadRuleFiles(dir)).toThrow(/units\.json: \/units\/1\/id: duplicate id/);
  });
});
