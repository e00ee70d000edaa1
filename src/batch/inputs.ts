import { readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { ZhibiaoError } from '../rules/errors.js';

export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Name written into records: relative to the input root, with forward slashes. */
  doc: string;
}

function isInput(name: string): boolean {
  const lower = name.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** `skipped`, if given, counts the files of a folder not read, by their ending (.pdf, .docx). */
function walk(dir: string, out: string[], skipped?: Map<string, number>): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out, skipped);
    else if (entry.isFile() && isInput(entry.name)) out.push(full);
    else if (entry.isFile() && skipped) {
      const ending = extname(entry.name).toLowerCase() || '(no ending)';
      skipped.set(ending, (skipped.get(ending) ?? 0) + 1);
    }
  }
}

const GLOB_CHARS = /[*?[]/;

/** A glob as a regular expression over '/'-separated paths: ** spans folders, * and ? stay within one. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function expandGlob(pattern: string): string[] {
  const abs = resolve(pattern).split(sep).join('/');
  const parts = abs.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || '/';
  const re = globToRegExp(abs);
  const all: string[] = [];
  try {
    walk(base, all);
  } catch {
    return [];
  }
  return all.filter((f) => re.test(f.split(sep).join('/')));
}

function commonDir(paths: string[]): string {
  if (paths.length === 0) return process.cwd();
  let common = paths[0]!.split(sep);
  for (const p of paths.slice(1)) {
    const parts = p.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

/**
 * Files to read from files, folders (recursive) and globs, each with a document name. A single folder
 * names documents relative to itself; several inputs name them relative to their common folder, so two
 * folders holding the same file name never collide.
 */
export function findInputs(paths: string[], skipped?: Map<string, number>): InputFile[] {
  const roots: { root: string; files: string[] }[] = [];
  for (const p of paths) {
    if (GLOB_CHARS.test(p)) {
      const files = expandGlob(p);
      if (files.length === 0) throw new ZhibiaoError('USAGE', `no input matches ${p}`);
      roots.push({ root: dirname(files[0]!), files });
      continue;
    }
    const abs = resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new ZhibiaoError('USAGE', `input not found: ${p}`);
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(abs, files, skipped);
      roots.push({ root: abs, files });
    } else roots.push({ root: dirname(abs), files: [abs] });
  }
  const base = roots.length === 1 && statSafe(paths[0]!)?.isDirectory() ? roots[0]!.root : commonDir(roots.flatMap((r) => r.files.map((f) => dirname(f))));
  const seen = new Set<string>();
  const out: InputFile[] = [];
  for (const { files } of roots) {
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      out.push({ path: f, doc: relative(base, f).split(sep).join('/') });
    }
  }
  return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
}

function statSafe(p: string) {
  try {
    return statSync(resolve(p));
  } catch {
    return undefined;
  }
}
