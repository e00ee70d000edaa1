/** Numbered headings of Chinese reports, outermost first: 第一部分, 一、, （一）, 1. and (1). */
const HEADING_PATTERNS: { level: number; re: RegExp }[] = [
  { level: 1, re: /^\s*第[一二三四五六七八九十]+(?:部分|章|节|篇)\s*/ },
  { level: 1, re: /^\s*[一二三四五六七八九十]+\s*[、.]\s*/ },
  { level: 2, re: /^\s*[（(][一二三四五六七八九十]+[)）]\s*/ },
  { level: 3, re: /^\s*\d{1,2}\s*[、.](?!\d)\s*/ },
  { level: 3, re: /^\s*[（(]\d{1,2}[)）]\s*/ },
];

export interface Heading {
  level: number;
  /** The heading's words: up to the first full stop when a paragraph runs on after it. */
  text: string;
}

/** The heading a line opens with, if any; a short line with no sentence punctuation is a heading of its own. */
export function headingOf(line: string): Heading | undefined {
  for (const { level, re } of HEADING_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const stop = rest.search(/[。；;]/);
    const text = stop >= 0 ? rest.slice(0, stop) : rest;
    return { level, text: text.length > 40 ? text.slice(0, 40) : text };
  }
  const trimmed = line.trim();
  if (trimmed.length > 0 && trimmed.length <= 16 && !/[。，,；;：:！？]/.test(trimmed) && !/\d/.test(trimmed)) return { level: 4, text: trimmed };
  return undefined;
}
