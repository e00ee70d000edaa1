/** Rows of tables written as text: cells between bars or tabs, or set apart by runs of spaces. */

export interface Cell {
  text: string;
  start: number;
}

/** Two or more spaces (full-width ones are folded to ASCII before this runs): columns of a table laid out as text. */
const SPACED = / {2,}/g;

/** Cells of a line split on runs of spaces, as text taken from PDFs and pages lays tables out. */
function spacedCells(line: string, start: number): Cell[] | undefined {
  const cells: Cell[] = [];
  let from = line.length - line.trimStart().length;
  const end = line.trimEnd().length;
  SPACED.lastIndex = from;
  for (let m = SPACED.exec(line); m && m.index < end; m = SPACED.exec(line)) {
    cells.push({ text: line.slice(from, m.index), start: start + from });
    from = m.index + m[0].length;
  }
  cells.push({ text: line.slice(from, end), start: start + from });
  return cells.length >= 3 ? cells : undefined;
}

/** Cells of a line split on | or tabs (else on runs of spaces), with their offsets; fewer than three cells is not a table row, but for two short ones set apart by a tab or a bar. */
export function cellsOf(text: string, start: number, end: number): Cell[] | undefined {
  const line = text.slice(start, end);
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : undefined;
  if (!sep) return line.includes('  ') ? spacedCells(line, start) : undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      cells.push({ text: line.slice(from, i), start: start + from });
      from = i + 1;
    }
  }
  // Markdown rows begin and end with a bar.
  if (sep === '|' && cells[0]?.text.trim() === '') cells.shift();
  if (sep === '|' && cells[cells.length - 1]?.text.trim() === '') cells.pop();
  // Two cells set apart by a tab or a bar make a row of a two-column table (信息内容 | 收费金额（万元）)
  // when both are short and neither is a sentence; a line of prose with one tab in it is not.
  if (cells.length === 2) return cells.every((c) => c.text.trim().length > 0 && c.text.length <= MAX_CELL && !SENTENCE_MARK.test(c.text)) ? cells : undefined;
  return cells.length >= 3 ? cells : undefined;
}

const SENTENCE_MARK = /[。；;，,]/;

interface LineSpan {
  start: number;
  end: number;
}

/** A cell of figures: a number (with its percent sign) or a dash for none. */
const DATA_CELL = /^\s*(?:-?\d[\d,]*(?:\.\d+)?\s*[%％]?|[—–\-－/／…]+)\s*$/;
/** A line that may open a stacked table: 单位, or a growth column's heading (同比增长(%)). */
const STACK_HINT = /^\s*(?:计量)?单位\s*$|^\s*[^\d\s]{0,8}(?:增长|增速|增幅|比上年|同比)[^。，；]{0,8}\s*$/;
/** The heading of a column that numbers the rows. */
export const INDEX_CELL = /^\s*(?:序号|编号|序|No\.?|NO\.?)\s*$/;
/** Longer lines are never a header cell: most texts are tested without a slice. */
const MAX_HINT_LINE = 24;
const BLANK = /^\s*$/;
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;
/** Cells longer than this are prose, not table cells. */
const MAX_CELL = 30;

/** What a line of a stacked table holds: `D` a figure, `T` short text, or undefined for prose. */
function cellKind(s: string): 'D' | 'T' | undefined {
  const t = s.trim();
  if (t === '' || t.length > MAX_CELL || /[。；;，,]\s*\S/.test(t)) return undefined;
  return DATA_CELL.test(t) ? 'D' : 'T';
}

/**
 * A table copied from a page with one cell per line: a header of k text lines (指标名称 / 单位 /
 * 1-10月 / 同比增长(%)), then rows of k lines, each a label and then figures or units in the same
 * places. Found at `from` (index into the non-blank lines) as the number of columns and rows, or undefined.
 */
function stackedAt(kinds: ('D' | 'T' | undefined)[], from: number, indexed: boolean): { columns: number; rows: number } | undefined {
  // With a first column that numbers the rows (序号), each row's label is its second cell.
  const label = indexed ? 1 : 0;
  let best: { columns: number; rows: number } | undefined;
  for (let k = MIN_COLUMNS; k <= MAX_COLUMNS; k++) {
    if (from + 3 * k > kinds.length) break;
    if (kinds.slice(from, from + k).some((c) => c !== 'T')) continue;
    let pattern: string | undefined;
    let rows = 0;
    for (let r = from + k; r + k <= kinds.length; r += k) {
      const chunk = kinds.slice(r, r + k);
      if (chunk[label] !== 'T' || chunk.some((c) => c === undefined) || !chunk.slice(label + 1).includes('D')) break;
      const shape = chunk.join('');
      if (pattern !== undefined && shape !== pattern) break;
      pattern = shape;
      rows++;
    }
    if (rows >= 2 && (!best || rows * k > best.rows * best.columns)) best = { columns: k, rows };
  }
  return best;
}

/**
 * The rows of the tables in a text, in order: a line's own cells (bars, tabs, runs of spaces), the rows
 * of a table stacked one cell per line, and `null` for a line of prose, which ends a table. Blank
 * lines give nothing: HTML tables often have them between rows. Also the starts of the lines that are
 * part of a row.
 */
export function tableRows(text: string, lines: readonly LineSpan[]): TableRows {
  // The table extractor and the period resolver both ask, for the same lines of the same text.
  let found = computed.get(lines);
  if (!found || found.text !== text) computed.set(lines, (found = { text, ...findRows(text, lines) }));
  return found;
}

interface TableRows {
  rows: (Cell[] | null)[];
  rowLines: Set<number>;
}

const computed = new WeakMap<readonly LineSpan[], TableRows & { text: string }>();

function findRows(text: string, lines: readonly LineSpan[]): TableRows {
  const rows: (Cell[] | null)[] = [];
  const rowLines = new Set<number>();
  const filled = lines.filter((l) => !BLANK.test(text.slice(l.start, l.end)));
  // Most texts have no stacked table: only a line that reads like a header column makes one worth seeking.
  const hinted = filled.some((l) => l.end - l.start <= MAX_HINT_LINE && STACK_HINT.test(text.slice(l.start, l.end)));
  const texts = hinted ? filled.map((l) => text.slice(l.start, l.end)) : [];
  const kinds = hinted ? texts.map(cellKind) : undefined;
  for (let i = 0; i < filled.length; i++) {
    const line = filled[i]!;
    if (kinds) {
      const stacked = stackedAt(kinds, i, INDEX_CELL.test(texts[i]!));
      if (stacked && texts.slice(i, i + stacked.columns).some((t) => STACK_HINT.test(t))) {
        const block = filled.slice(i, i + (stacked.rows + 1) * stacked.columns);
        for (let r = 0; r <= stacked.rows; r++) rows.push(block.slice(r * stacked.columns, (r + 1) * stacked.columns).map((l) => ({ text: text.slice(l.start, l.end), start: l.start })));
        for (const l of block) rowLines.add(l.start);
        i += block.length - 1;
        continue;
      }
    }
    const cells = cellsOf(text, line.start, line.end);
    if (cells) rowLines.add(line.start);
    rows.push(cells ?? null);
  }
  return { rows, rowLines };
}
