import type { Comparator } from '../rules/types.js';

/** One indicator record, as RECORDS.md defines it. */
export interface IndicatorRecord {
  doc: string;
  start: number;
  end: number;
  quote: string;
  value: number;
  value_max?: number;
  unit: string;
  measure: 'level' | 'change';
  indicator: string;
  kind: 'actual' | 'target';
  comparator: Comparator;
  period?: string;
  baseline?: string;
  region?: string;
  sentence: string;
  rule: string;
}

/** Column order of every output: fixed, so two runs diff cleanly. */
export const RECORD_FIELDS = [
  'doc', 'start', 'end', 'quote', 'value', 'value_max', 'unit', 'measure', 'indicator', 'kind', 'comparator',
  'period', 'baseline', 'region', 'sentence', 'rule',
] as const satisfies readonly (keyof IndicatorRecord)[];
