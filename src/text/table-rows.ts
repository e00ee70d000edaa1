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

/** Cells of a line split on | or tabs (else on runs of spaces), with their offsets; fewer than three cells is not a table row. */
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
  return cells.length >= 3 ? cells : undefined;
}

/** Whether a line is a row of a table written as text (three cells or more). */
export function isTableRow(line: string): boolean {
  return cellsOf(line, 0, line.length) !== undefined;
}
