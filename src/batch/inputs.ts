import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { ZhibiaoError } from '../rules/errors.js';

export const TEXT_EXTENSIONS = ['.txt', '.md'];

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Name written into records: relative to the folder it was found in, with forward slashes. */
  doc: string;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && TEXT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(full);
  }
}

/** Files to read from a list of files and folders (recursive), each with its document name. */
export function findInputs(paths: string[]): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new ZhibiaoError('USAGE', `input not found: ${p}`);
    }
    const found: { path: string; doc: string }[] = [];
    if (stat.isDirectory()) {
      const list: string[] = [];
      walk(abs, list);
      for (const f of list) found.push({ path: f, doc: relative(abs, f).split(sep).join('/') });
    } else found.push({ path: abs, doc: basename(abs) });
    for (const f of found) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      files.push(f);
    }
  }
  return files;
}
