/** Numbered headings of Chinese reports, outermost first: 第一部分, 一、, （一）, 1. and (1). */
const HEADING_PATTERNS: { level: number; re: RegExp }[] = [
  { level: 1, re: /^\s*第[一二三四五六七八九十]+(?:部分|章|节|篇)\s*/ },
  { level: 1, re: /^\s*[一二三四五六七八九十]+\s*[、.]\s*/ },
  { level: 2, re: /^\s*[（(][一二三四五六七八九十]+[)）]\s*/ },
  { level: 3, re: /^\s*\d{1,2}\s*[、.](?!\d)\s*/ },
  { level: 3, re: /^\s*[（(]\d{1,2}[)）]\s*/ },
];

const MARKDOWN_HEADING = /^\s*(#{1,6})\s+/;
const APPENDIX_LABEL = /^附(?:件|表)?\s*[：:]\s*/;
/** The longest a line is that is a heading by being short (no number opens it), and what 附件： adds. */
const SHORT_HEADING = 16;
const APPENDIX_REACH = 4;
/** Years a short heading may name (2025年完成情况, 2026年工作安排); a year alone is no heading. */
const HEADING_YEAR = /(?:19|20)\d\d\s*年度?/g;
/** What a dated heading names of a section (not of a whole document, 2025年施政报告, whose title it is). */
const SECTION_WORDS = /情况|安排|目标|回顾|任务|指标|进展|成效/;

/** The length past which a line with a full stop in it is a paragraph of the body, not a title or a link. */
const PROSE_LINE = 30;

/** A line of the body's prose: long, with a full stop. A title stands above the first; a page's links and buttons come after. */
export function isProseLine(line: string): boolean {
  return line.includes('。') && line.trim().length > PROSE_LINE;
}

/** A heading's words: up to the first full stop when a paragraph runs on after it, and 40 at most. */
function headingWords(rest: string): string {
  const stop = rest.search(/[。；;]/);
  const text = stop >= 0 ? rest.slice(0, stop) : rest;
  return text.length > 40 ? text.slice(0, 40) : text;
}

export interface Heading {
  level: number;
  /** The heading's words: up to the first full stop when a paragraph runs on after it. */
  text: string;
}

/** The heading a line opens with, if any; a short line with no sentence punctuation is a heading of its own. */
export function headingOf(raw: string): Heading | undefined {
  // Markdown marks a heading (## 一、工作回顾) or sets it in bold (**一、工作回顾**): its words are the same.
  const md = MARKDOWN_HEADING.exec(raw);
  const line = md || raw.startsWith('**') ? raw.slice(md ? md[0].length : 0).replace(/^\s*\*\*|\*\*\s*$/g, '') : raw;
  for (const { level, re } of HEADING_PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    return { level, text: headingWords(line.slice(m[0].length)) };
  }
  if (md) return { level: Math.min(md[1]!.length, 4), text: headingWords(line.trim()) };
  // 附：2025年完成情况: an appendix's label opens its heading; a year is the only number a heading has.
  let trimmed = line.trim();
  // Most lines are paragraphs: too long for a heading of their own, whatever they hold.
  if (trimmed.length === 0 || trimmed.length > SHORT_HEADING + APPENDIX_REACH) return undefined;
  trimmed = trimmed.replace(APPENDIX_LABEL, '');
  if (trimmed.length > SHORT_HEADING || /[。，,；;：:！？]/.test(trimmed)) return undefined;
  if (!/\d/.test(trimmed)) return { level: 4, text: trimmed };
  const unyeared = trimmed.replace(HEADING_YEAR, '');
  return !/\d/.test(unyeared) && SECTION_WORDS.test(unyeared) ? { level: 4, text: trimmed } : undefined;
}
