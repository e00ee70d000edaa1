import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { SCHEMA_DIR } from '../rules/load.js';
import type { IndicatorRecord } from './types.js';

const Ajv = AjvModule.default ?? AjvModule;

export interface Reject {
  record: unknown;
  reason: string;
}

export type RecordValidator = (record: unknown) => string | undefined;

let compiled: RecordValidator | undefined;

/** Checks a record against schema/record.schema.json and the span contract; returns why it fails, or undefined. */
export function recordValidator(): RecordValidator {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'record.schema.json'), 'utf8')) as object;
  // Almost every record is valid: a validator that stops at the first error answers that fastest,
  // and the one that lists every error runs only to explain a reject.
  const quick = new Ajv({ allErrors: false, strict: false }).compile(schema);
  // Compiled on the first reject only: most runs never need it, and every thread would pay for it.
  let explainer: typeof quick | undefined;
  compiled = (record: unknown) => {
    if (!quick(record)) {
      const explain = (explainer ??= new Ajv({ allErrors: true, strict: false }).compile(schema));
      explain(record);
      return (explain.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`).join('; ');
    }
    const r = record as IndicatorRecord;
    if (r.end <= r.start) return `/end must be greater than /start`;
    if (r.value_max !== undefined && r.value_max < r.value) return `/value_max is below /value`;
    if (!Number.isFinite(r.value)) return `/value is not finite`;
    return undefined;
  };
  return compiled;
}

/** Split records into valid ones and rejects with their reasons; nothing is dropped silently. */
export function partitionValid(records: readonly unknown[], source?: string): { valid: IndicatorRecord[]; rejects: Reject[] } {
  const validate = recordValidator();
  const valid: IndicatorRecord[] = [];
  const rejects: Reject[] = [];
  // Offsets count code points; only a text with astral characters needs them spelled out.
  const astral = source !== undefined && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(source);
  const chars = astral ? [...source!] : undefined;
  for (const record of records) {
    let reason = validate(record);
    if (!reason && source !== undefined) {
      const r = record as IndicatorRecord;
      const span = chars ? chars.slice(r.start, r.end).join('') : source.slice(r.start, r.end);
      if (span !== r.quote) reason = `/quote does not equal source[${r.start}:${r.end}]`;
    }
    if (reason) rejects.push({ record, reason });
    else valid.push(record as IndicatorRecord);
  }
  return { valid, rejects };
}
