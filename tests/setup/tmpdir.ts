import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every temporary folder the tests (and the CLIs they spawn) make goes under one folder of this run,
 * removed when the run ends, so repeated runs do not leave thousands of folders in the system's /tmp. */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'zhibiao-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
