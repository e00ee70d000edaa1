import { readFileSync } from 'node:fs';
import { ZhibiaoError } from '../rules/errors.js';
import type { GoldRecord } from './score.js';

export function readGold(path: string): GoldRecord[] {
  const out: GoldRecord[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as GoldRecord);
      } catch (err) {
        throw new ZhibiaoError('INPUT_INVALID', `${path}: line ${i + 1}: ${(err as Error).message}`);
      }
    });
  return out;
}
