import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './rules/load.js';

export const PACKAGE_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The compiled code's hash (see tools/build-id.ts), or 'dev' when running from sources. */
export const BUILD_ID: string = (() => {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', 'build-id.json'), 'utf8')) as { id: string }).id;
  } catch {
    return 'dev';
  }
})();
