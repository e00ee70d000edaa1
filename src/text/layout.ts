import { CharSet, CLAUSE_DELIMITERS, SENTENCE_DELIMITERS, isAsciiFullStop, isDigit } from './chars.js';
import { lowerBound } from './search.js';
import { keepPairWhole } from './offsets.js';
import type { Gap } from './page-debris.js';

export interface Span {
  start: number;
  end: number;
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '〈': '〉' };
/** Context never reaches further than this from a figure: bounds the work per figure on text without punctuation. */
export const MAX_CLAUSE = 240;
/** Longer sentences are cut at clause breaks, so a record's sentence stays readable and bounded. */
export const MAX_SENTENCE = 400;
const MAX_OPEN_QUOTES = 32;

/** Character classes of the layout scan, looked up by code unit: most characters are PLAIN and cost one load. */
const PLAIN = 0;
const SENTENCE_END = 1;
const OPEN_QUOTE = 2;
const CLOSE_QUOTE = 3;
const ASCII_QUOTE = 4;
/** '.', a sentence end only where isAsciiFullStop says so. */
const DOT = 5;
const CHAR_CLASS = new Uint8Array(65536);
const QUOTE_CLOSE = new Map<number, number>();
for (const [open, close] of Object.entries(QUOTE_PAIRS)) {
  CHAR_CLASS[open.charCodeAt(0)] = OPEN_QUOTE;
  CHAR_CLASS[close.charCodeAt(0)] = CLOSE_QUOTE;
  QUOTE_CLOSE.set(open.charCodeAt(0), close.charCodeAt(0));
}
for (const ch of SENTENCE_DELIMITERS) CHAR_CLASS[ch.charCodeAt(0)] = SENTENCE_END;
CHAR_CLASS['"'.charCodeAt(0)] = ASCII_QUOTE;
const DOT_CODE = '.'.charCodeAt(0);
CHAR_CLASS[DOT_CODE] = DOT;
const [FULL_OPEN, FULL_CLOSE, ASCII_OPEN, ASCII_CLOSE, COMMA] = [...'（）(),'].map((c) => c.charCodeAt(0));
/** Sentence ends that a line wrapped at a page width may stop at inside its paragraph. */
const SENTENCE_END_IN_PARAGRAPH = new CharSet([...'。；！？;!?']);
const TRAILING_CLOSERS = new Set(['”', '’', '」'].map((c) => c.charCodeAt(0)));

/** What a line of prose can end with when its paragraph ends there too. */
const PARAGRAPH_END = new CharSet([...'。；！？!?;：:…”’」』）)】》']);
/** A line that opens a list item, a heading or a new paragraph by itself: never the rest of a wrapped line. */
const OWN_LINE_START = /^[ \t]*(?:\d{1,2}(?:[、)）]|[.．](?!\d))|[（(【]|[一二三四五六七八九十]+[、是.．]|第[一二三四五六七八九十\d]|[-•·*#])/;
/** Lines narrower than this (in half-width columns) are headings or labels, not prose cut at a page width. */
const MIN_WRAPPED = 32;
/** How far (in half-width columns) a wrapped line may fall from the others: a wide character may not fit at the end. */
const WRAP_TOLERANCE = 4;

/** Columns a line takes on a page: two for a CJK or full-width character, one for ASCII. */
function displayWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) width += line.charCodeAt(i) < 0x1100 ? 1 : 2;
  return width;
}

/**
 * Line breaks that only wrap prose at a fixed width, as in text taken from PDFs: in a document where at
 * least three lines stop mid-sentence at about the same width (most within WRAP_TOLERANCE columns of
 * their median), the breaks after those lines continue the sentence. Table rows (runs of spaces, tabs) and
 * lines followed by a list item or heading never count.
 */
export function softWraps(text: string, gaps: readonly Gap[] = []): Set<number> {
  const candidates: { at: number[]; length: number }[] = [];
  // Lines that end a sentence (。；) at the full width: the wrap may fall there as anywhere, and most
  // sentences end inside their paragraph; the next line indented opens a new one.
  const sentenceEnds: { at: number[]; length: number }[] = [];
  const gapEnds = new Map(gaps.map((g) => [g.start, g.end]));
  for (let start = 0, nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
    let end = nl;
    const at = [nl];
    if (text.charCodeAt(end - 1) === 13) at.push(--end);
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const line = text.slice(start, end);
    const length = displayWidth(line);
    const last = text.charCodeAt(end - 1);
    const sentenceEnd = SENTENCE_END_IN_PARAGRAPH.hasCode(last);
    if (length < MIN_WRAPPED || (PARAGRAPH_END.hasCode(last) && !sentenceEnd)) continue;
    // Indentation opens a paragraph; only spaces inside a line set out table cells.
    const body = line.trimStart();
    if (body.includes('\t') || body.includes('  ') || body.includes('|')) continue;
    // A page's furniture, blanked to line breaks (page-debris.ts), may stand between a line and its rest.
    const gapEnd = gapEnds.get(nl);
    const resumes = gapEnd ?? nl + 1;
    const next = text.slice(resumes, resumes + 8);
    if (next.trim() === '' || OWN_LINE_START.test(next)) continue;
    // An indented line opens a paragraph.
    if (/^[ \t\u3000]/.test(next)) continue;
    if (gapEnd !== undefined) for (let k = nl + 1; k < gapEnd; k++) at.push(k);
    (sentenceEnd ? sentenceEnds : candidates).push({ at, length });
  }
  const cuts = numberCuts(text);
  if (candidates.length < 3) return cuts;
  const lengths = candidates.map((c) => c.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1]!;
  const wrapped = candidates.filter((c) => Math.abs(c.length - median) <= WRAP_TOLERANCE);
  if (wrapped.length < 0.7 * candidates.length) return cuts;
  for (const c of sentenceEnds) if (Math.abs(c.length - median) <= WRAP_TOLERANCE) wrapped.push(c);
  const breaks = new Set(wrapped.flatMap((c) => c.at));
  for (const k of cuts) breaks.add(k);
  return breaks;
}

/** A line of prose ending in digits goes on in the scale word or unit that opens the next line. */
const CUT_BEFORE_SCALE = /^[亿万%‰元]/;
const HAN_CHAR = /[\u4e00-\u9fff]/;
const [COMMA_CODE, POINT_CODE] = [44, 46];

/**
 * Line breaks that cut a number (增长8.\n5%, 完成15.3\n亿元, 达到21,\n360元), at whatever width the lines
 * run: no number ends with its point or comma, and a line of prose ending in digits goes on in the scale
 * word or unit that opens the next. A line that is only a number (a table copied a cell per line) is no prose.
 */
function numberCuts(text: string): Set<number> {
  const cuts = new Set<number>();
  for (let start = 0, nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
    const cr = text.charCodeAt(nl - 1) === 13;
    const end = cr ? nl - 1 : nl;
    const last = text.charCodeAt(end - 1);
    const inDigits = last >= 48 && last <= 57;
    const atPoint = (last === COMMA_CODE || last === POINT_CODE) && isDigit(text[end - 2]);
    if (!inDigits && !atPoint) continue;
    const next = text[nl + 1];
    if (!(atPoint ? isDigit(next) : CUT_BEFORE_SCALE.test(next ?? '') && HAN_CHAR.test(text.slice(start, end)))) continue;
    cuts.add(nl);
    if (cr) cuts.add(end);
  }
  return cuts;
}

/** No soft line breaks: the default of readers that take a text's soft breaks. */
export const NO_SOFT_BREAKS: ReadonlySet<number> = new Set();

/** A line this long, holding most of its text, holds more than a paragraph when headings stand inside it. */
const LONG_LINE = 400;
/** A numbered heading of the first two levels (二、, （三）, 第二部分) opening a sentence. */
const INLINE_HEADING = /[。；！？!?]\s*(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分))/g;

/**
 * A page whose paragraphs lost their breaks (all of a report on one line) still has its headings: each
 * numbered heading that opens a sentence there starts a line of its own, so the section it names
 * (一、工作回顾, 二、主要目标) governs what follows it, as it would on a line of its own.
 */
function splitAtInlineHeadings(text: string, lines: Span[]): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    // Only a line that holds most of the text lost its breaks; in a text of paragraphs, 二、 inside a long
    // one is a list item, and must not close the section the paragraph stands in.
    if (line.end - line.start <= LONG_LINE || (line.end - line.start) * 2 < text.length) {
      out.push(line);
      continue;
    }
    let start = line.start;
    INLINE_HEADING.lastIndex = 0;
    const body = text.slice(line.start, line.end);
    for (let m = INLINE_HEADING.exec(body); m; m = INLINE_HEADING.exec(body)) {
      const at = line.start + m.index + m[0].length;
      out.push({ start, end: at });
      start = at;
    }
    out.push({ start, end: line.end });
  }
  return out;
}

/**
 * A span of text without the line breaks in it: within a clause or a number only soft breaks stand
 * (softWraps), so the words or digits on either side of one are one (增\n长, 3.\n9).
 */
export function unwrapLines(text: string): string {
  return text.includes('\n') ? text.replace(/\r?\n/g, '') : text;
}

/**
 * Positions of lines, sentences and quoted spans in one document, computed once so that
 * every quantity finds its context by binary search instead of rescanning the text.
 */
export class Layout {
  /** Lines of the text, and within a long one the parts its inline headings open (see splitAtInlineHeadings). */
  lines: Span[] = [];
  readonly sentences: Span[] = [];
  readonly quotes: Span[] = [];

  /** Line breaks that only wrap a sentence (see softWraps): they end lines, not sentences or clauses. */
  readonly softBreaks: ReadonlySet<number>;

  /** `gaps`: the page furniture blanked in `text` (page-debris.ts), which a sentence may run across. */
  constructor(readonly text: string, gaps: readonly Gap[] = []) {
    this.softBreaks = softWraps(text, gaps);
    let lineStart = 0;
    let sentStart = 0;
    const open: { close: number; pos: number }[] = [];
    let asciiQuote = -1;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const cls = CHAR_CLASS[code]!;
      if (cls === PLAIN) continue;
      if (code === 10) {
        this.lines.push({ start: lineStart, end: i });
        lineStart = i + 1;
        open.length = 0;
        asciiQuote = -1;
      }
      if ((cls === SENTENCE_END || code === 10 || (cls === DOT && isAsciiFullStop(text, i))) && !this.isSoft(i)) {
        // Keep a closing quote or bracket with the sentence it ends.
        let end = i + 1;
        while (end < n && TRAILING_CLOSERS.has(text.charCodeAt(end))) end++;
        if (end > sentStart) this.pushSentence(sentStart, end);
        sentStart = end;
        i = end - 1;
        continue;
      }
      if (cls === OPEN_QUOTE) {
        if (open.length >= MAX_OPEN_QUOTES) open.shift();
        open.push({ close: QUOTE_CLOSE.get(code)!, pos: i });
      } else if (cls === ASCII_QUOTE) {
        if (asciiQuote < 0) asciiQuote = i;
        else {
          this.quotes.push({ start: asciiQuote, end: i + 1 });
          asciiQuote = -1;
        }
      } else if (cls === CLOSE_QUOTE) {
        for (let k = open.length - 1; k >= 0; k--) {
          if (open[k]!.close === code) {
            this.quotes.push({ start: open[k]!.pos, end: i + 1 });
            open.length = k;
            break;
          }
        }
      }
    }
    this.lines.push({ start: lineStart, end: n });
    if (this.lines.some((l) => l.end - l.start > LONG_LINE)) this.lines = splitAtInlineHeadings(text, this.lines);
    if (sentStart < n) this.pushSentence(sentStart, n);
    this.quotes.sort((a, b) => a.start - b.start);
  }

  private pushSentence(start: number, end: number): void {
    const t = this.text;
    while (end - start > MAX_SENTENCE) {
      let cut = -1;
      for (let i = start + MAX_SENTENCE; i > start + MAX_SENTENCE / 4; i--) {
        const ch = t[i - 1]!;
        if (ch === '，' || ch === '；' || ch === ',' || ch === '、') {
          cut = i;
          break;
        }
      }
      if (cut < 0) cut = keepPairWhole(t, start + MAX_SENTENCE);
      this.sentences.push({ start, end: cut });
      start = cut;
    }
    if (end > start) this.sentences.push({ start, end });
  }

  private static find(spans: Span[], pos: number): number {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether line `i` goes on the paragraph of the line before it: the break between them is a soft wrap. */
  continuesParagraph(i: number): boolean {
    return i > 0 && this.softBreaks.size > 0 && this.softBreaks.has(this.lines[i - 1]!.end);
  }

  lineIndex(pos: number): number {
    return Layout.find(this.lines, pos);
  }

  line(pos: number): Span {
    return this.lines[this.lineIndex(pos)]!;
  }

  sentence(pos: number): Span {
    return this.sentences[Layout.find(this.sentences, pos)] ?? { start: 0, end: this.text.length };
  }

  /** Start of the clause holding `pos`: after the last delimiter before it (a comma between digits is not one). */
  clauseStart(pos: number): number {
    const t = this.text;
    const limit = Math.max(0, pos - MAX_CLAUSE);
    for (let i = pos - 1; i >= limit; i--) {
      const code = t.charCodeAt(i);
      // An aside in brackets does not end the clause around it: 3个贫困乡镇（原睦化、代化），38个…
      if (code === FULL_CLOSE || code === ASCII_CLOSE) {
        const open = this.matchingOpen(i);
        if (open >= 0) {
          i = open;
          continue;
        }
      }
      if (this.endsClause(code, i)) return i + 1;
    }
    return limit;
  }

  clauseEnd(pos: number): number {
    const t = this.text;
    const limit = Math.min(t.length, pos + MAX_CLAUSE);
    for (let i = pos; i < limit; i++) {
      const code = t.charCodeAt(i);
      if (code === FULL_OPEN || code === ASCII_OPEN) {
        const close = this.matchingClose(i);
        if (close >= 0) {
          i = close;
          continue;
        }
      }
      if (this.endsClause(code, i)) return i;
    }
    return limit;
  }

  /** A clause delimiter (not a thousands comma, nor a soft wrap) or an ASCII full stop at `i`. */
  private endsClause(code: number, i: number): boolean {
    return ((CLAUSE_DELIMITERS.hasCode(code) && !this.isDigitComma(code, i)) || (code === DOT_CODE && isAsciiFullStop(this.text, i))) && !this.isSoft(i);
  }

  private isSoft(i: number): boolean {
    return this.softBreaks.size > 0 && this.softBreaks.has(i);
  }

  /** A comma between digits (11,616) groups thousands; it does not end a clause. */
  private isDigitComma(code: number, i: number): boolean {
    return code === COMMA && isDigit(this.text[i - 1]) && isDigit(this.text[i + 1]);
  }

  /** The bracket matching the one at `from`, searching in `step` direction within the line and 200 characters. */
  private matchingBracket(from: number, step: 1 | -1): number {
    const t = this.text;
    const [same, other] = step === 1 ? ['（(', '）)'] : ['）)', '（('];
    let depth = 0;
    for (let i = from; i >= 0 && i < t.length && Math.abs(i - from) < 200; i += step) {
      const ch = t[i]!;
      if (same.includes(ch)) depth++;
      else if (other.includes(ch)) {
        depth--;
        if (depth === 0) return i;
      } else if (ch === '\n') return -1;
    }
    return -1;
  }

  private matchingOpen(close: number): number {
    return this.matchingBracket(close, -1);
  }

  private matchingClose(open: number): number {
    return this.matchingBracket(open, 1);
  }

  /**
   * Whether `pos` stands in a bracketed aside that is still open there — 保有量3.5万辆（其中新能源汽车
   * 0.6万辆）: an opening bracket before it, on its line and within a clause's reach, not closed again.
   */
  insideBrackets(pos: number): boolean {
    const t = this.text;
    const limit = Math.max(0, pos - MAX_CLAUSE);
    let depth = 0;
    for (let i = pos - 1; i >= limit; i--) {
      const code = t.charCodeAt(i);
      if ((code === 10 || SENTENCE_DELIMITERS.hasCode(code) || (code === DOT_CODE && isAsciiFullStop(t, i))) && !this.isSoft(i)) return false;
      if (code === FULL_CLOSE || code === ASCII_CLOSE) depth++;
      else if (code === FULL_OPEN || code === ASCII_OPEN) {
        if (depth === 0) return true;
        depth--;
      }
    }
    return false;
  }

  /** The innermost quoted span (“…”, 《…》) of at most `maxLength` characters that holds [start, end). */
  enclosingQuote(start: number, end: number, maxLength: number): Span | undefined {
    const quotes = this.quotes;
    const lo = lowerBound(quotes, start, (q) => q.start);
    let found: Span | undefined;
    for (let k = lo - 1; k >= 0 && quotes[k]!.start >= start - maxLength; k--) {
      const q = quotes[k]!;
      if (q.end > end && q.end - q.start <= maxLength && (!found || q.end - q.start < found.end - found.start)) found = q;
    }
    return found;
  }

  private phraseSpans: { phrases: readonly string[]; spans: Span[] } | undefined;

  /** Whether [start, end) lies inside an occurrence of one of `phrases`; occurrences are found once per text. */
  insidePhrase(start: number, end: number, phrases: readonly string[]): boolean {
    if (phrases.length === 0) return false;
    if (this.phraseSpans?.phrases !== phrases) {
      const spans: Span[] = [];
      for (const p of phrases) for (let i = this.text.indexOf(p); i >= 0; i = this.text.indexOf(p, i + 1)) spans.push({ start: i, end: i + p.length });
      spans.sort((a, b) => a.start - b.start);
      this.phraseSpans = { phrases, spans };
    }
    const spans = this.phraseSpans.spans;
    const lo = lowerBound(spans, start, (s) => s.start, true);
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k]!.end >= end) return true;
    return false;
  }

  private readonly furnitureCache = new Map<number, boolean>();

  /** Whether the line holding `pos` passes `test`, computed once per line. */
  lineIs(pos: number, test: (line: string) => boolean): boolean {
    const idx = this.lineIndex(pos);
    let hit = this.furnitureCache.get(idx);
    if (hit === undefined) {
      const line = this.lines[idx]!;
      hit = test(this.text.slice(line.start, line.end));
      this.furnitureCache.set(idx, hit);
    }
    return hit;
  }
}
