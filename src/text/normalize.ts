/**
 * Width folding that keeps every character at its offset (one code unit in, one out),
 * so positions found in the folded text are positions in the source.
 * Full-width digits, letters, %, ., +, -, / and ~ become ASCII; CJK punctuation stays,
 * because a full-width comma is a clause break, never a thousands separator.
 */
const FOLD: Record<string, string> = {
  '％': '%', '．': '.', '﹒': '.', '＋': '+', '－': '-', '／': '/', '～': '~', '\u00a0': ' ', '\u3000': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202f': ' ',
};

const FOLDABLE = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a${Object.keys(FOLD).join('')}]`, 'g');

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xff10 && c <= 0xff5a ? String.fromCharCode(c - 0xfee0) : FOLD[ch]!;
}

export function foldWidth(text: string): string {
  FOLDABLE.lastIndex = 0;
  return FOLDABLE.test(text) ? text.replace(FOLDABLE, fold) : text;
}
