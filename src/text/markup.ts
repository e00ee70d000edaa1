import type { Rewritten } from './rewritten.js';

/**
 * Text scraped from a web page and saved as plain text often keeps some of the page's markup:
 * 全县地区生产总值&nbsp;128.6亿元<br>, 7.86&nbsp;亿元, <p>…</p>. Read as it stands, an entity splits a number
 * from its unit and a tag glues two lines into one sentence. Such text is read as a browser shows it:
 * entities as the characters they stand for, line-breaking tags as line ends, other tags as nothing.
 */

/** Named entities that appear in Chinese pages, with what they stand for; spaces of any width read as one. */
const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', ideographicspace: '\u3000',
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'",
  middot: '·', mdash: '—', ndash: '–', hellip: '…', bull: '•',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»',
  times: '×', divide: '÷', plusmn: '±', deg: '°', permil: '‰', yen: '¥', cent: '¢', pound: '£', euro: '€',
  sup2: '²', sup3: '³', frac12: '½', frac14: '¼', frac34: '¾',
};

/** Elements that end a line where they stand. */
const LINE_BREAKING = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'ul', 'ol', 'dt', 'dd', 'blockquote', 'hr', 'title']);
/** Elements that part the cells of a row. */
const CELLS = new Set(['td', 'th']);

/**
 * An entity (&nbsp;, &#12288;, &#x3000;) or a tag with an ASCII name (<br>, <br/>, </p>, <span style="…">), or a
 * comment. A name must open with a letter, so 小于<5% or <注> are never tags.
 */
const MARKUP = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,15}));|<(\/?)([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>\n]{0,300})?\/?>|<!--[\s\S]{0,2000}?-->/g;
/** The cheap test that a text holds any markup at all: most hold none. */
const MAY_HOLD_MARKUP = /&#?[a-zA-Z0-9]{2,16};|<\/?[a-zA-Z][a-zA-Z0-9]{0,9}[\s/>]|<!--/;

/** What one piece of markup reads as, or undefined when it is no markup we know (&foo; stays as written). */
function reading(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    // A no-break or wide space reads as the space it is.
    if (code === 0xa0 || (code >= 0x2002 && code <= 0x200a)) return ' ';
    return String.fromCodePoint(code);
  }
  if (m[3] !== undefined) return NAMED[m[3]] ?? NAMED[m[3].toLowerCase()];
  if (m[5] !== undefined) {
    const name = m[5].toLowerCase();
    if (LINE_BREAKING.has(name)) return '\n';
    if (CELLS.has(name)) return m[4] ? '' : ' ';
    return '';
  }
  return '';
}

/** The text with its markup read as a browser shows it, or undefined when it holds none (the common case). */
export function readMarkup(source: string): Rewritten | undefined {
  // Most texts hold neither & nor <: two plain searches say so before any pattern runs.
  if ((source.indexOf('&') < 0 && source.indexOf('<') < 0) || !MAY_HOLD_MARKUP.test(source)) return undefined;
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  let changed = false;
  const keep = (end: number) => {
    for (let i = from; i < end; i++) (starts.push(i), ends.push(i + 1));
    pieces.push(source.slice(from, end));
  };
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(source); m; m = MARKUP.exec(source)) {
    const read = reading(m);
    if (read === undefined) continue;
    keep(m.index);
    // What markup reads as spans the whole markup in the source: a quote that takes it (5&#37;) takes all of it.
    for (let k = 0; k < read.length; k++) (starts.push(m.index), ends.push(m.index + m[0].length));
    pieces.push(read);
    from = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return undefined;
  keep(source.length);
  return { text: pieces.join(''), toSource: Int32Array.from(starts), toSourceEnd: Int32Array.from(ends) };
}
