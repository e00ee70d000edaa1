import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, loadRules } from '../../src/index.js';
import { loadRuleFiles } from '../../src/rules/load.js';
import { overlay } from '../../src/rules/merge.js';

function userRules(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-user-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('user rules laid over the built-in ones', () => {
  it('merges objects, joins word lists and replaces rules by id', () => {
    expect(overlay({ a: ['x', 'y'], b: 1, list: [{ id: 'p', v: 1, w: ['a'] }] }, { a: ['y', 'z'], b: 2, list: [{ id: 'p', v: 3 }, { id: 'q', v: 4 }] })).toEqual({
      a: ['x', 'y', 'z'],
      b: 2,
      list: [{ id: 'p', v: 3 }, { id: 'q', v: 4 }],
    });
  });

  it('adds units, cue words, slogans to ignore and dictionary words', () => {
    const dir = userRules({
      'units.json': JSON.stringify({ units: [{ id: 'compute/pflops', unit: 'PFlops', dimension: 'compute', aliases: ['PFlops'] }] }),
      'comparators.json': JSON.stringify({ cues: [{ id: 'comparator/at-least-before', comparator: '>=', position: 'before', words: ['保底'] }] }),
      'not-records.json': JSON.stringify({ ignorePhrases: { id: 'not/ignored-phrase', phrases: ['10万人口以上城市'] } }),
      'jieba-user.dict.txt': '算力规模 n\n',
    });
    const rules = loadRules(dir);
    const text = '算力规模达到5000PFlops，完成投资保底3亿元，覆盖10万人口以上城市，新建基站100个。';
    const got = extract(text, { rules, tagger: false }).map((r) => [r.quote, r.unit, r.comparator]);
    expect(got).toEqual([['5000PFlops', 'PFlops', '='], ['3亿元', '元', '>='], ['100个', '个', '=']]);
    expect(rules.version).not.toBe(loadRules().version);
    expect(rules.jiebaUserDict).toMatch(/jieba-user\.dict\.txt\|.*jieba-user\.dict\.txt$/);
  });

  it.each([
    ['broken JSON, by line', { 'measure.json': '{\n  "increase": ["增长",\n' }, /measure\.json: not valid JSON at line \d+/],
    ['a wrong value, by JSON path', { 'comparators.json': JSON.stringify({ cues: [{ id: 'comparator/x', comparator: 'about', position: 'after', words: ['上下'] }] }) }, /comparators\.json: \/cues\/0\/comparator: must be equal to one of the allowed values/],
    ['a missing field, by JSON path', { 'units.json': JSON.stringify({ units: [{ id: 'x/y', unit: '栋', aliases: ['栋'] }] }) }, /units\.json: \/units\/0: must have required property 'dimension'/],
    ['an unknown file', { 'unit.json': '{}' }, /unit\.json: not a rule file zhibiao reads/],
    ['a bad dictionary line, by line', { 'jieba-user.dict.txt': '算力 n\n算 力 规 模\n' }, /jieba-user\.dict\.txt: line 2/],
  ])('refuses %s naming the file', (_what, files, message) => {
    expect(() => loadRuleFiles(undefined, userRules(files))).toThrow(message);
  });
});
