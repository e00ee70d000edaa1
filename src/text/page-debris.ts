/**
 * Page furniture in text taken from PDFs: page numbers (- 3 -, — 12 —, 第3页 共20页) and the running
 * head or foot printed beside them on every page (the report's or the gazette's name). They stand between
 * the two halves of a sentence that runs on to the next page, so they are blanked before extraction:
 * every character of the furniture and of the blank lines around it becomes a line break, which keeps each
 * character at its offset (records point into the source) and lets the soft-wrap rule join the halves.
 */

/** A line that only numbers a page. Bare numbers are not enough: a table copied one cell per line has them. */
const PAGE_NUMBER_LINE =
  /^[ \t\f]*(?:[-—–―~·•]{1,2}[ \t]*\d{1,4}[ \t]*[-—–―~·•]{1,2}|(?:共[ \t]*\d{1,4}[ \t]*页[ \t]*[，,、/]?[ \t]*)?第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[，,、/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?|[Pp]age[ \t]*\d{1,4}(?:[ \t]*(?:of|\/)[ \t]*\d{1,4})?)[ \t\f]*\r?$/gm;
/** What a page number line can open with, to skip texts that have none without running the line pattern. */
const PAGE_NUMBER_HINT = /[\n\f][ \t\f]*(?:[-—–―~·•]{1,2}[ \t]*\d|共[ \t]*\d|第[ \t]*\d{1,4}[ \t]*页|[Pp]age[ \t]*\d|\d{1,4}[ \t\f]*\r?\n)/;
/**
 * A line of a bare number is a page number only where a form feed marks the page break beside it, as
 * pdftotext writes one, or where such lines count pages in order (7, 8, 9) far apart from each other:
 * a table copied one cell per line has bare numbers too, but close together and in no such order.
 */
const BARE_NUMBER_LINE = /^[ \t\f]*(\d{1,4})[ \t\f]*\r?$/gm;
/** The least text between two page numbers counted in order: a page holds far more. */
const MIN_PAGE_CHARS = 300;
/** How many bare numbers in order, far apart, make a run of page numbers. */
const MIN_PAGE_RUN = 3;
/** A running head is a short label, not a sentence. */
const MAX_RUNNING_HEAD = 40;
const SENTENCE_END = /[。；！？!?;]$/;

export interface Gap {
  /** The line break that ends the content line before the furniture. */
  start: number;
  /** Where the next content line starts. */
  end: number;
}

export interface Blanked {
  text: string;
  /** Runs of blanked furniture between two content lines, in text order. */
  gaps: Gap[];
}

interface LineAt {
  start: number;
  end: number;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 12 && c !== 13) return false;
  }
  return true;
}

/** Form feeds opening a line: pdftotext's page breaks. An indent after them stays, as it opens a paragraph. */
function leadingFormFeeds(text: string, line: LineAt): number {
  let k = line.start;
  while (k < line.end && text.charCodeAt(k) === 12) k++;
  return k - line.start;
}

function lineAt(text: string, pos: number): LineAt {
  // lastIndexOf takes a negative start as 0, where a text opening with a line break would find it again.
  const start = pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The nearest line before (step -1) or after (step 1) `line` that is not blank, if any. */
function neighbour(text: string, line: LineAt, step: 1 | -1): LineAt | undefined {
  let at = line;
  for (;;) {
    if (step === -1 ? at.start === 0 : at.end >= text.length) return undefined;
    at = step === -1 ? lineAt(text, at.start - 1) : lineAt(text, at.end + 1);
    if (!isBlank(text, at.start, at.end)) return at;
  }
}

/** The lines a whole-line pattern (/gm, ^…$) matches, with each match. */
function matchedLines(re: RegExp, text: string): { line: LineAt; m: RegExpExecArray }[] {
  const found: { line: LineAt; m: RegExpExecArray }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push({ line: { start: m.index, end: m.index + m[0].length }, m });
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

function barePageNumbers(text: string): LineAt[] {
  const bare = matchedLines(BARE_NUMBER_LINE, text).map(({ line, m }) => ({ line, value: Number(m[1]) }));
  if (bare.length === 0) return [];
  const pages = new Set<LineAt>();
  // Beside a form feed: in the line itself, ending the line before or opening the line after.
  for (const b of bare) {
    const { start, end } = b.line;
    if (text.slice(start, end).includes('\f') || text.charCodeAt(start - 2) === 12 || text.charCodeAt(end + 1) === 12) pages.add(b.line);
  }
  // Runs counting pages: each number one more than the one before in the run, a page's worth of text
  // after it; other bare numbers (table cells) may stand between them.
  const runs = new Map<number, LineAt[]>();
  for (const b of bare) {
    const run = runs.get(b.value);
    const last = run?.[run.length - 1];
    let extended: LineAt[];
    if (run && last && b.line.start - last.end >= MIN_PAGE_CHARS) {
      // The run moves on to wait for the next page's number; extended in place, so a long run stays linear.
      runs.delete(b.value);
      run.push(b.line);
      extended = run;
    } else extended = [b.line];
    const next = runs.get(b.value + 1);
    if (!next || next.length <= extended.length) runs.set(b.value + 1, extended);
  }
  for (const run of runs.values()) if (run.length >= MIN_PAGE_RUN) for (const line of run) pages.add(line);
  return [...pages];
}

export function blankPageDebris(text: string): Blanked {
  if (!PAGE_NUMBER_HINT.test(text)) return { text, gaps: [] };
  const numbers = matchedLines(PAGE_NUMBER_LINE, text).map(({ line }) => line);
  for (const line of barePageNumbers(text)) numbers.push(line);
  if (numbers.length === 0) return { text, gaps: [] };
  numbers.sort((a, b) => a.start - b.start);

  // A running head is a short line standing next to a page number on at least two pages, word for word.
  const beside = new Map<string, Map<number, LineAt>>();
  for (const n of numbers) {
    for (const step of [-1, 1] as const) {
      const line = neighbour(text, n, step);
      if (!line) continue;
      const label = text.slice(line.start, line.end).trim();
      if (label.length > MAX_RUNNING_HEAD || SENTENCE_END.test(label)) continue;
      // Keyed by where it starts: a line between two page numbers (a page of one line) is beside both, and counts once.
      const seen = beside.get(label) ?? beside.set(label, new Map()).get(label)!;
      seen.set(line.start, line);
    }
  }
  const debris = [...numbers];
  // Pushed one by one: a spread of a long list would overflow the stack.
  for (const lines of beside.values()) if (lines.size >= 2) for (const line of lines.values()) debris.push(line);
  debris.sort((a, b) => a.start - b.start);

  // Each run of furniture and blank lines becomes one gap, from the break ending the content line before
  // it to the start of the content line after it; furniture lines that are each other's neighbours share one.
  const gaps: Gap[] = [];
  for (const d of debris) {
    const before = neighbour(text, d, -1);
    const after = neighbour(text, d, 1);
    const start = before ? before.end : 0;
    // The form feed opening the next content line (\f增长5.8%) goes with the furniture.
    const end = after ? after.start + leadingFormFeeds(text, after) : text.length;
    const last = gaps[gaps.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else gaps.push({ start, end });
  }
  const parts: string[] = [];
  let at = 0;
  for (const g of gaps) {
    parts.push(text.slice(at, g.start), '\n'.repeat(g.end - g.start));
    at = g.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), gaps };
}
