/**
 * Width folding that keeps every character at its offset (one code unit in, one out),
 * so positions found in the folded text are positions in the source.
 * Full-width digits, letters, %, ., +, -, / and ~ become ASCII, wide and zero-width spaces a space; CJK punctuation stays,
 * because a full-width comma is a clause break, never a thousands separator.
 */
const FOLD: Record<string, string> = {
  '％': '%', '．': '.', '﹒': '.', '＋': '+', '－': '-', '／': '/', '～': '~', '\u00a0': ' ', '\u3000': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202f': ' ',
  // Zero-width spaces and joiners, and a byte-order mark inside the text (pages pasted together), read as a space.
  '\u200b': ' ', '\u200c': ' ', '\u200d': ' ', '\u2060': ' ', '\ufeff': ' ',
};

const FOLDABLE = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a${Object.keys(FOLD).join('')}]`, 'g');

const ZERO_WIDTH_GROUP = /(?<=(?:^|[^\d.])\d{1,3}(?:,\d{3})*)\u200b(?=\d{3}(?!\d))/g;

/** A line ended by CR alone, or by U+2028/U+2029; and the CR of CR LF. */
const OTHER_BREAK = /\r\n?|[\u2028\u2029]/g;

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xff10 && c <= 0xff5a ? String.fromCharCode(c - 0xfee0) : FOLD[ch]!;
}

export function foldWidth(text: string): string {
  FOLDABLE.lastIndex = 0;
  // 3\u200b200人: a zero-width space between groups of digits (text pasted from pages) groups thousands.
  const grouped = text.includes('\u200b') ? text.replace(ZERO_WIDTH_GROUP, ',') : text;
  let folded = FOLDABLE.test(grouped) ? grouped.replace(FOLDABLE, fold) : grouped;
  // A line ended by a lone CR (old Mac files) or by U+2028/U+2029 (pasted from pages) is a line as \n ends one;
  // the CR of a Windows line end (CR LF) is a space at the line's end, so that patterns anchored at the end
  // of a line (a title's) read such a line as they read any other.
  if (folded.includes('\r') || folded.includes('\u2028') || folded.includes('\u2029')) folded = folded.replace(OTHER_BREAK, (m) => (m === '\r\n' ? ' \n' : '\n'));
  DIGIT_COMMA.lastIndex = 0;
  return DIGIT_COMMA.test(folded) ? groupCommas(folded) : folded;
}

/**
 * A full-width comma between groups of digits (１２，３４５．６亿元, 2兆8，818億元) separates thousands, as
 * text typed in full width writes them: the number's first group has one to three digits and every group
 * after it three. Anywhere else the full-width comma ends a clause.
 */
const DIGIT_COMMA = /\d，\d\d\d/;
const GROUPED = /(^|[^\d,.])(\d{1,3})((?:，\d{3})+)(?!\d)/g;

function groupCommas(text: string): string {
  GROUPED.lastIndex = 0;
  return text.replace(GROUPED, (_m, lead: string, first: string, groups: string) => lead + first + groups.replace(/，/g, ','));
}
