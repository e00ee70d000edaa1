import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ZhibiaoError } from '../rules/errors.js';
import type { Manifest } from '../batch/manifest.js';
import type { IndicatorRecord } from '../records/types.js';
import { forEachLineBlock } from '../records/lines.js';

/** The records of one run and what produced them. */
export interface Run {
  label: string;
  records: IndicatorRecord[];
  manifest: Manifest | undefined;
  rulesVersion: string | undefined;
  toolVersion: string | undefined;
}

/** A run from an output folder (indicators.jsonl + manifest.json), or from a .jsonl or .json file of records. */
export function loadRun(path: string): Run {
  if (!existsSync(path)) throw new ZhibiaoError('USAGE', `no such run: ${path}`);
  const isDir = statSync(path).isDirectory();
  const file = isDir ? join(path, 'indicators.jsonl') : path;
  if (!existsSync(file)) throw new ZhibiaoError('USAGE', `${path} holds no indicators.jsonl; give an output folder of 'zhibiao extract' or a records file`);
  const records: IndicatorRecord[] = [];
  let manifest: Manifest | undefined;
  if (file.endsWith('.json')) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { records?: IndicatorRecord[]; rules_version?: string; tool_version?: string };
    records.push(...(data.records ?? []));
    return { label: path, records, manifest, rulesVersion: data.rules_version, toolVersion: data.tool_version };
  }
  forEachLineBlock(file, (lines) => {
    for (const line of lines) records.push(JSON.parse(line) as IndicatorRecord);
  });
  const manifestPath = isDir ? join(path, 'manifest.json') : undefined;
  if (manifestPath && existsSync(manifestPath)) manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return { label: path, records, manifest, rulesVersion: manifest?.rules_version, toolVersion: manifest?.tool_version };
}
