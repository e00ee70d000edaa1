import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the compiled code, written at build time: cached results are keyed by it, so a rebuilt
 * extractor never reuses results of the code before it, even at the same package version.
 */
export function writeBuildId(dist: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.js')) hash.update(name).update(readFileSync(full));
    }
  };
  walk(dist);
  const id = hash.digest('hex').slice(0, 12);
  writeFileSync(join(dist, 'build-id.json'), JSON.stringify({ id }) + '\n');
  return id;
}

if (process.argv[1] && process.argv[1].endsWith('build-id.js')) writeBuildId(new URL('..', import.meta.url).pathname);
