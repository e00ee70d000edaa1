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
  /** Id of the catalogue indicator (rules/indicators.json) this record measures. */
  indicator_id?: string;
  kind: 'actual' | 'target';
  comparator: Comparator;
  period?: string;
  baseline?: string;
  region?: string;
  /** Doubts about the record, e.g. 'unit-dimension' when its unit contradicts the catalogue. */
  flags?: string[];
  sentence: string;
  rule: string;
}

/** Column order of every output: fixed, so two runs diff cleanly. */
export const RECORD_FIELDS = [
  'doc', 'start', 'end', 'quote', 'value', 'value_max', 'unit', 'measure', 'indicator', 'indicator_id', 'kind', 'comparator',
  'period', 'baseline', 'region', 'flags', 'sentence', 'rule',
] as const satisfies readonly (keyof IndicatorRecord)[];
