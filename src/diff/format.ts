import type { IndicatorRecord } from '../records/types.js';
import type { Run } from './load-run.js';
import type { Counts, RecordDiff } from './diff.js';

export type DiffFormat = 'text' | 'json' | 'html';

const show = (v: unknown) => (v === undefined ? '∅' : typeof v === 'string' ? JSON.stringify(v) : String(v));

function brief(r: IndicatorRecord): string {
  return `${r.doc}@${r.start}-${r.end} ${r.quote} = ${r.value}${r.value_max !== undefined ? `…${r.value_max}` : ''} ${r.unit} [${r.indicator}] ${r.measure} ${r.kind} ${r.comparator} (${r.rule})`;
}

function table(title: string, rows: Record<string, Counts>): string[] {
  const names = Object.keys(rows).sort();
  if (!names.length) return [];
  const width = Math.max(...names.map((n) => n.length), title.length);
  return [
    `${title.padEnd(width)}  added removed changed`,
    ...names.map((n) => `${n.padEnd(width)}  ${String(rows[n]!.added).padStart(5)} ${String(rows[n]!.removed).padStart(7)} ${String(rows[n]!.changed).padStart(7)}`),
    '',
  ];
}

export function formatText(d: RecordDiff, oldRun: Run, newRun: Run): string {
  const lines = [
    `old: ${oldRun.label} (${oldRun.records.length} records, rules ${oldRun.rulesVersion ?? '?'})`,
    `new: ${newRun.label} (${newRun.records.length} records, rules ${newRun.rulesVersion ?? '?'})`,
    `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`,
    '',
    ...table('rule', d.byRule),
    ...table('document', d.byDoc),
  ];
  for (const r of d.added) lines.push(`+ ${brief(r)}`);
  for (const r of d.removed) lines.push(`- ${brief(r)}`);
  for (const c of d.changed) {
    lines.push(`~ ${c.new.doc}@${c.new.start}-${c.new.end} ${c.new.quote} (${c.new.rule})`);
    for (const f of c.fields) lines.push(`    ${f.field}: ${show(f.old)} -> ${show(f.new)}`);
  }
  return lines.join('\n') + '\n';
}

export function formatJson(d: RecordDiff, oldRun: Run, newRun: Run): string {
  return JSON.stringify(
    {
      old: { path: oldRun.label, records: oldRun.records.length, rules_version: oldRun.rulesVersion, tool_version: oldRun.toolVersion },
      new: { path: newRun.label, records: newRun.records.length, rules_version: newRun.rulesVersion, tool_version: newRun.toolVersion },
      summary: { added: d.added.length, removed: d.removed.length, changed: d.changed.length, unchanged: d.unchanged },
      by_rule: d.byRule,
      by_document: d.byDoc,
      added: d.added,
      removed: d.removed,
      changed: d.changed.map((c) => ({ doc: c.new.doc, start: c.new.start, end: c.new.end, quote: c.new.quote, rule: c.new.rule, fields: c.fields })),
    },
    null,
    2,
  ) + '\n';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export function formatHtml(d: RecordDiff, oldRun: Run, newRun: Run): string {
  const row = (sign: string, cls: string, r: IndicatorRecord, detail = '') =>
    `<tr class="${cls}"><td>${sign}</td><td>${escapeHtml(r.doc)}</td><td>${r.start}-${r.end}</td><td>${escapeHtml(r.quote)}</td><td>${escapeHtml(r.indicator)}</td><td>${escapeHtml(r.rule)}</td><td>${detail}</td></tr>`;
  const rows = [
    ...d.added.map((r) => row('+', 'added', r)),
    ...d.removed.map((r) => row('−', 'removed', r)),
    ...d.changed.map((c) => row('~', 'changed', c.new, c.fields.map((f) => `${escapeHtml(f.field)}: ${escapeHtml(show(f.old))} → ${escapeHtml(show(f.new))}`).join('<br>'))),
  ];
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>zhibiao diff</title><style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1.5rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}
.added{background:#e6ffed}.removed{background:#ffeef0}.changed{background:#fff8c5}</style></head><body>
<h1>zhibiao diff</h1><p>old: ${escapeHtml(oldRun.label)} (rules ${escapeHtml(oldRun.rulesVersion ?? '?')}) · new: ${escapeHtml(newRun.label)} (rules ${escapeHtml(newRun.rulesVersion ?? '?')})</p>
<p>${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged</p>
<table><thead><tr><th></th><th>document</th><th>span</th><th>quote</th><th>indicator</th><th>rule</th><th>fields</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></body></html>\n`;
}
