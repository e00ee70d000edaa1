import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { ZhibiaoError } from './errors.js';
import { overlay } from './merge.js';
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
    const offset = pos ? Number(pos[1]) : /end of JSON/i.test(message) ? text.length : undefined;
    const where = offset !== undefined ? ` at ${lineAndColumn(text, offset)}` : '';
    throw new ZhibiaoError('RULES_INVALID', `${path}: not valid JSON${where}: ${message}`);
  }
}

/** One Ajv for all rule schemas: compiling its meta-schema once is most of the cost of loading rules. */
let sharedAjv: InstanceType<typeof Ajv> | undefined;
const compiledSchemas = new Map<string, ReturnType<InstanceType<typeof Ajv>['compile']>>();

function schemaCheck(name: string, partial: boolean) {
  const key = `${name}:${partial}`;
  let check = compiledSchemas.get(key);
  if (!check) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'rules', `${name}.schema.json`), 'utf8')) as { required?: string[] };
    // A user's overlay file may hold any part of a rule file; what it holds must still be well formed.
    if (partial) delete schema.required;
    sharedAjv ??= new Ajv({ allErrors: true, strict: false, validateSchema: false });
    check = sharedAjv.compile(schema);
    compiledSchemas.set(key, check);
  }
  return check;
}

function validate(name: string, path: string, data: unknown, partial = false): void {
  const check = schemaCheck(name, partial);
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

const DICT_FILE = 'jieba-user.dict.txt';

/** A user's rules folder may only hold files zhibiao knows: a misspelt name would otherwise be ignored. */
function checkOverlayFolder(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ZhibiaoError('RULES_MISSING', `${dir}: rules folder not found`);
  const known = new Set<string>([...RULE_FILE_NAMES.map((n) => `${n}.json`), DICT_FILE]);
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || name.endsWith('.md')) continue;
    if (!known.has(name)) throw new ZhibiaoError('RULES_INVALID', `${join(dir, name)}: not a rule file zhibiao reads (expected ${[...known].join(', ')})`);
  }
}

/**
 * The built-in rules, validated, with an optional folder of the user's rule files laid over them
 * (see merge.ts). The version hashes every file that took part, so any change to either shows.
 */
export function loadRuleFiles(dir: string = BUILTIN_RULES_DIR, overlayDir?: string, options: { trusted?: boolean } = {}): LoadedRules {
  const hash = createHash('sha256');
  const files: Partial<Record<keyof RuleFiles, unknown>> = {};
  if (overlayDir) checkOverlayFolder(overlayDir);
  for (const name of RULE_FILE_NAMES) {
    const path = join(dir, `${name}.json`);
    if (!existsSync(path)) throw new ZhibiaoError('RULES_MISSING', `${path}: rule file is missing`);
    const text = readFileSync(path, 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    let data = parseJson(path, text);
    // A worker loading rules the main thread has just validated (same version) skips the schemas.
    if (!options.trusted) {
      validate(name, path, data);
      checkUniqueIds(path, data);
    }
    const userPath = overlayDir ? join(overlayDir, `${name}.json`) : undefined;
    if (userPath && existsSync(userPath)) {
      const userText = readFileSync(userPath, 'utf8');
      hash.update('user\0').update(userText).update('\0');
      const userData = parseJson(userPath, userText);
      if (!options.trusted) {
        validate(name, userPath, userData, true);
        checkUniqueIds(userPath, userData);
      }
      data = overlay(data, userData);
      if (!options.trusted) validate(name, userPath, data);
    }
    files[name] = data;
  }
  const dicts: string[] = [];
  for (const folder of overlayDir ? [dir, overlayDir] : [dir]) {
    const dictPath = join(folder, DICT_FILE);
    if (!existsSync(dictPath)) continue;
    const text = readFileSync(dictPath, 'utf8');
    validateUserDict(dictPath, text);
    hash.update(text);
    dicts.push(dictPath);
  }
  // nodejieba reads several user dictionaries from one '|'-separated path.
  return { files: files as RuleFiles, version: hash.digest('hex').slice(0, 16), jiebaUserDict: dicts.length ? dicts.join('|') : undefined };
}
