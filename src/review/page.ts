import { diffRecords } from '../diff/diff.js';
import { escapeHtml } from '../diff/format.js';
import type { Run } from '../diff/load-run.js';
import type { IndicatorRecord } from '../records/types.js';
import { REVIEW_CSS, REVIEW_JS } from './assets.js';

type Change = 'added' | 'changed' | 'same' | 'removed';

interface Shown extends IndicatorRecord {
  id: string;
  change?: Change;
  diff?: string;
  old?: IndicatorRecord;
}

export interface ReviewInput {
  run: Run;
  base?: Run;
  /** The text a document's offsets point into, or undefined when it cannot be found. */
  textOf: (doc: string) => string | undefined;
  /** Most documents shown with their text; the table lists every record regardless. */
  limit: number;
}

/** Records of the run (and, against a base, the removed ones) with ids and their change. */
function recordsToShow(run: Run, base: Run | undefined): Shown[] {
  const shown: Shown[] = run.records.map((r, i) => ({ ...r, id: `r${i}` }));
  if (!base) return shown;
  const d = diffRecords(base.records, run.records);
  const added = new Set(d.added);
  const changed = new Map(d.changed.map((c) => [c.new, c]));
  shown.forEach((s, i) => {
    const r = run.records[i]!;
    const c = changed.get(r);
    s.change = added.has(r) ? 'added' : c ? 'changed' : 'same';
    if (c) {
      s.old = c.old;
      s.diff = c.fields.map((f) => `${f.field}: ${JSON.stringify(f.old)} → ${JSON.stringify(f.new)}`).join('\n');
    }
  });
  return [...shown, ...d.removed.map((r, i) => ({ ...r, id: `x${i}`, change: 'removed' as const }))];
}

function markClass(r: Shown): string {
  return [`k-${r.kind}`, `m-${r.measure}`, r.change && r.change !== 'same' ? `d-${r.change}` : ''].filter(Boolean).join(' ');
}

function markTitle(r: Shown): string {
  return `${r.indicator} · ${r.value}${r.value_max !== undefined ? `–${r.value_max}` : ''} ${r.unit} · ${r.measure} · ${r.kind} · ${r.comparator} · ${r.rule}`;
}

/** The document's text with one <mark> per record; a removed record that no longer fits the text is only in the table. */
function renderText(text: string, records: Shown[]): { html: string; marked: Set<string> } {
  const chars = Array.from(text);
  const sorted = [...records].sort((a, b) => a.start - b.start || (a.change === 'removed' ? 1 : -1));
  const parts: string[] = [];
  const marked = new Set<string>();
  let pos = 0;
  for (const r of sorted) {
    if (r.start < pos || r.end > chars.length) continue;
    // A removed record's offsets are into the old text: mark it only where the text still reads the same.
    if (r.change === 'removed' && chars.slice(r.start, r.end).join('') !== r.quote) continue;
    parts.push(escapeHtml(chars.slice(pos, r.start).join('')));
    parts.push(`<mark id="${r.id}" data-id="${r.id}" class="${markClass(r)}" title="${escapeHtml(markTitle(r))}">${escapeHtml(chars.slice(r.start, r.end).join(''))}</mark>`);
    marked.add(r.id);
    pos = r.end;
  }
  parts.push(escapeHtml(chars.slice(pos).join('')));
  return { html: parts.join(''), marked };
}

function options(values: string[], label: string, id: string): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `<select id="${id}" aria-label="${label}"><option value="">${label}: all</option>${sorted.map(([v, n]) => `<option value="${escapeHtml(v)}">${escapeHtml(v)} (${n})</option>`).join('')}</select>`;
}

/** A self-contained page: no network, no build step, opens from the file system. */
export function renderReview(input: ReviewInput): string {
  const { run, base } = input;
  const shown = recordsToShow(run, base);
  const byDoc = new Map<string, Shown[]>();
  for (const r of shown) (byDoc.get(r.doc) ?? byDoc.set(r.doc, []).get(r.doc)!).push(r);
  let docs = [...byDoc.keys()].sort();
  if (base) docs = docs.filter((d) => byDoc.get(d)!.some((r) => r.change !== 'same'));
  const articles: string[] = [];
  for (const doc of docs.slice(0, input.limit)) {
    const text = input.textOf(doc);
    const body = text === undefined ? '<p>(the text of this document was not found; its records are in the table)</p>' : `<div class="text">${renderText(text, byDoc.get(doc)!).html}</div>`;
    articles.push(`<article data-doc="${escapeHtml(doc)}"><h2>${escapeHtml(doc)}</h2>${body}</article>`);
  }
  if (docs.length > input.limit) articles.push(`<p>${docs.length - input.limit} more document(s) not shown; raise --limit to see them.</p>`);
  const rows = shown.map(
    (r) =>
      `<tr data-id="${r.id}" class="${r.change && r.change !== 'same' ? `d-${r.change}` : ''}"><td>${escapeHtml(r.doc)}</td><td>${escapeHtml(r.quote)}</td><td>${r.value}${r.value_max !== undefined ? `–${r.value_max}` : ''}</td><td>${escapeHtml(r.unit)}</td><td>${escapeHtml(r.indicator)}</td><td>${r.kind}</td><td>${r.measure}</td><td>${escapeHtml(r.comparator)}</td><td>${escapeHtml(r.rule)}</td>${base ? `<td>${r.change}</td>` : ''}</tr>`,
  );
  const data = JSON.stringify({ records: shown }).replace(/</g, '\\u003c');
  const changeCounts = base ? ['added', 'changed', 'removed'].map((c) => `${shown.filter((r) => r.change === c).length} ${c}`).join(', ') : '';
  return `<!doctype html>
<html lang="zh">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>zhibiao review</title><style>${REVIEW_CSS}</style></head>
<body>
<header>
<h1>zhibiao review · ${escapeHtml(run.label)}${base ? ` against ${escapeHtml(base.label)}` : ''}</h1>
<div class="legend"><span>${run.records.length} records in ${byDoc.size} document(s)${base ? ` · ${changeCounts}` : ''}</span>
<span><mark class="k-actual">actual</mark></span><span><mark class="k-target">target</mark></span><span><mark class="k-actual m-change">change</mark></span>
${base ? '<span><mark class="d-added">added</mark></span><span><mark class="d-changed">changed</mark></span><span><mark class="d-removed">removed</mark></span>' : ''}
<span>rules ${escapeHtml(run.rulesVersion ?? '?')}</span></div>
</header>
<main>
<section id="documents">${articles.join('\n')}</section>
<section id="records">
<div class="filters">
${options(shown.map((r) => r.indicator), 'indicator', 'f-indicator')}
${options(shown.map((r) => r.kind), 'kind', 'f-kind')}
${options(shown.map((r) => r.unit), 'unit', 'f-unit')}
${options(shown.map((r) => r.rule), 'rule', 'f-rule')}
${base ? options(shown.map((r) => r.change ?? 'same'), 'change', 'f-change') : ''}
<input id="f-search" type="search" placeholder="search quote, indicator, sentence" aria-label="search">
<span id="count"></span>
</div>
<table><thead><tr><th>document</th><th>quote</th><th>value</th><th>unit</th><th>indicator</th><th>kind</th><th>measure</th><th>cmp</th><th>rule</th>${base ? '<th>change</th>' : ''}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>
</main>
<div id="detail" role="dialog"></div>
<script type="application/json" id="zhibiao-data">${data}</script>
<script>${REVIEW_JS}</script>
</body>
</html>
`;
}
