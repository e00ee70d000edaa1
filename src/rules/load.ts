import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { ZhibiaoError } from './errors.js';
import { RULE_FILE_NAMES, type RuleFiles } from './types.js';

const Ajv = AjvModule.default ?? AjvModule;

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schema');

export interface LoadedRules {
  files: RuleFiles;
  /** sha256 over the rule files' bytes: changes whenever any rule changes. */
  version: string;
  /** jieba user dictionary path, when the rules folder has one. */
  jiebaUserDict: string | undefined;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? ` at ${lineAndColumn(text, Number(pos[1]))}` : '';
    throw new ZhibiaoError('RULES_INVALID', `${path}: not valid JSON${where}: ${message}`);
  }
}

function validate(name: string, path: string, data: unknown): void {
  const schemaPath = join(SCHEMA_DIR, 'rules', `${name}.schema.json`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  if (!check(data)) {
    const problems = (check.errors ?? []).map((e) => {
      const at = e.instancePath || '/';
      const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
      return `${at}: ${e.message ?? 'invalid'}${extra}`;
    });
    throw new ZhibiaoError('RULES_INVALID', `${path}: ${problems.join('; ')}`);
  }
}

/** Ids must be unique within a file, or a record's rule id would not say which rule made it. */
function checkUniqueIds(path: string, data: unknown): void {
  const seen = new Map<string, string>();
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}/${i}`));
    else if (node && typeof node === 'object') {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string') {
        const first = seen.get(id);
        if (first !== undefined) throw new ZhibiaoError('RULES_INVALID', `${path}: ${at}/id: duplicate id '${id}' (first at ${first})`);
        seen.set(id, at);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    }
  };
  walk(data, '');
}

const DICT_LINE = /^\S+(?:\s+\d+)?(?:\s+[a-z]{1,3})?$/;

/** nodejieba reads "word [frequency] [tag]" per line and skips what it cannot parse, so bad lines are caught here. */
function validateUserDict(path: string, text: string): void {
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    if (!DICT_LINE.test(line)) throw new ZhibiaoError('RULES_INVALID', `${path}: line ${i + 1}: expected "word [frequency] [tag]", got "${line}"`);
  });
}

export function loadRuleFiles(dir: string = BUILTIN_RULES_DIR): LoadedRules {
  const hash = createHash('sha256');
  const files: Partial<Record<keyof RuleFiles, unknown>> = {};
  for (const name of RULE_FILE_NAMES) {
    const path = join(dir, `${name}.json`);
    if (!existsSync(path)) throw new ZhibiaoError('RULES_MISSING', `${path}: rule file is missing`);
    const text = readFileSync(path, 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    const data = parseJson(path, text);
    validate(name, path, data);
    checkUniqueIds(path, data);
    files[name] = data;
  }
  const dictPath = join(dir, 'jieba-user.dict.txt');
  const jiebaUserDict = existsSync(dictPath) ? dictPath : undefined;
  if (jiebaUserDict) {
    const text = readFileSync(jiebaUserDict, 'utf8');
    validateUserDict(jiebaUserDict, text);
    hash.update(text);
  }
  return { files: files as RuleFiles, version: hash.digest('hex').slice(0, 16), jiebaUserDict };
}
