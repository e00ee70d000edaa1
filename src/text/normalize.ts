/**
 * Width folding that keeps every character at its offset (one code unit in, one out),
 * so positions found in the folded text are positions in the source.
 * Full-width digits, letters, %, ., +, -, / and ~ become ASCII; CJK punctuation stays,
 * because a full-width comma is a clause break, never a thousands separator.
 */
const FOLD: Record<string, string> = {
  '％': '%', '．': '.', '﹒': '.', '＋': '+', '－': '-', '／': '/', '～': '~', '\u00a0': ' ', '\u3000': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202f': ' ',
};

export function foldWidth(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    let mapped: string | undefined;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) mapped = String.fromCharCode(c - 0xfee0);
    else if (c > 0x7f) mapped = FOLD[ch];
    if (mapped !== undefined) {
      out ??= text.slice(0, i).split('');
      out.push(mapped);
    } else if (out) out.push(ch);
  }
  return out ? out.join('') : text;
}
