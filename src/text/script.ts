import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let toCn: Convert | undefined;
let toTw: Convert | undefined;

/**
 * Simplified to Traditional, for the rare character a Traditional text never writes. Its dictionary is
 * large (1 MB), so it loads on first use, synchronously, as extraction is.
 */
function toTraditional(text: string): string {
  toTw ??= (createRequire(import.meta.url)('opencc-js/cn2t') as typeof OpenCC).Converter({ from: 'cn', to: 't' }) as Convert;
  return toTw(text);
}

function converter(): Convert {
  toCn ??= OpenCC.Converter({ from: 't', to: 'cn' }) as Convert;
  return toCn;
}

/** Very common characters that only Traditional script writes: a cheap first look before converting. */
const TRADITIONAL_HINTS = /[億萬個們這為與說發經過來對時會還後產業區縣現實際質當應樣點總額較數務機場達訪積頃噸電價貿醫學農糧齡歲費資鄉鎮]/;

function looksTraditional(text: string, convert: Convert): boolean {
  const sample = text.slice(0, 4000);
  const converted = convert(sample);
  if (converted.length !== sample.length) return true;
  let han = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (sample[i] !== converted[i]) changed++;
    }
  }
  // A long text needs a few such characters; a sentence or two (全縣新增就業3000人) has only one or two.
  return changed >= 1 && changed >= han * (changed >= 3 ? 0.02 : 0.1);
}

/**
 * Simplified text at the same offsets as the source, for matching against the rules; Traditional
 * reports (億, 萬, 個百分點, 增長) extract like Simplified ones while quotes stay in their own script.
 * OpenCC maps character for character; where a phrase mapping would change a length, that line is
 * converted one character at a time instead.
 */
export function toSimplified(text: string): { text: string; converted: boolean } {
  if (!TRADITIONAL_HINTS.test(text.slice(0, 4000))) return { text, converted: false };
  const convert = converter();
  if (!looksTraditional(text, convert)) return { text, converted: false };
  const whole = convert(text);
  if (whole.length === text.length) return { text: whole, converted: true };
  const lines = text.split('\n').map((line) => {
    const c = convert(line);
    return c.length === line.length ? c : Array.from(line, (ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join('');
  });
  return { text: lines.join('\n'), converted: true };
}

/** Each Simplified character of the text and the character the source writes for it, where they differ. */
export function sourceCharacters(simplified: string, source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < simplified.length; i++) {
    const c = simplified[i]!;
    if (c !== source[i] && !map.has(c)) map.set(c, source[i]!);
  }
  return map;
}

/**
 * Back to the source script: each run of the Simplified string found in the Simplified window is
 * replaced by the source characters at the same place, so an indicator reads as the report wrote it.
 */
export function toSourceScript(value: string, simplified: string, source: string, windowStart: number, windowEnd: number, elsewhere?: () => ReadonlyMap<string, string>): string {
  const window = simplified.slice(windowStart, windowEnd);
  let out = '';
  let k = 0;
  while (k < value.length) {
    let len = value.length - k;
    let at = -1;
    for (; len > 0; len--) {
      at = window.indexOf(value.slice(k, k + len));
      if (at >= 0) break;
    }
    if (len === 0) {
      // 城鄉…分别 gives 农村: a character the window lacks is written as the text writes it elsewhere.
      // One the text never writes is converted: rules put words of their own into indicators (农村 of 城乡).
      out += elsewhere ? (elsewhere().get(value[k]!) ?? toTraditional(value[k]!)) : value[k];
      k++;
      continue;
    }
    out += source.slice(windowStart + at, windowStart + at + len);
    k += len;
  }
  return out;
}
