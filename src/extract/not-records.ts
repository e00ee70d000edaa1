import type { CompiledRules } from '../rules/compile.js';
import { isAsciiLetter, isHan } from '../text/chars.js';
import type { Layout } from '../text/layout.js';
import { isProseLine } from '../text/structure.js';
import { countedAfterVerb, type Quantity } from './scan.js';

/**
 * Why a found quantity is not an indicator figure, as the id of the rule that says so,
 * or undefined when it is one. Each check is one shape from RECORDS.md "What is not a record".
 */
export function notRecordReason(q: Quantity, layout: Layout, rules: CompiledRules): string | undefined {
  const t = layout.text;
  const nr = rules.files['not-records'];
  // A number with neither unit nor percent is a date, a code or a bare count we cannot type.
  if (q.unit === null) return 'not/bare-number';
  if (layout.insidePhrase(q.start, q.end, nr.ignorePhrases.phrases)) return nr.ignorePhrases.id;
  if (layout.lineIs(q.start, (line) => rules.furniture(line).length > 0) && isFurniture(q.start, layout, rules)) return nr.furnitureLine.id;
  if (nr.relatedLinks && isRelatedLink(q.start, layout, nr.relatedLinks, rules)) return nr.relatedLinks.id;
  if (nr.notes && isNote(q.start, layout, rules)) return nr.notes.id;
  if (rules.ordinalPrefix.matchEnd(t, q.start)) return nr.ordinalPrefix.id;
  if (nr.clockTime && rules.clockHourBefore && nr.clockTime.units.includes(q.unit) && rules.clockHourBefore.test(t.slice(Math.max(0, q.start - 4), q.start))) return nr.clockTime.id;
  if (nr.rateBase && rules.rateBaseAfter.matchAt(t, q.end)) return nr.rateBase.id;
  if (nr.perBase && rules.perBaseBefore.matchEnd(t, q.start)) return nr.perBase.id;
  if (nr.ageGroup && rules.ageGroupAfter && nr.ageGroup.units.includes(q.unit) && rules.ageGroupAfter.test(t.slice(q.end, q.end + 8))) return nr.ageGroup.id;
  if (nr.deadline && rules.deadline && nr.deadline.units.includes(q.unit) && rules.deadline.after.test(t.slice(q.end, q.end + 4)) && rules.deadline.before.test(t.slice(Math.max(0, q.start - 4), q.start))) return nr.deadline.id;
  // 较上年前移8位: 位 and 名 count people, but after a move in a ranking they count places in it.
  if (nr.rankMove && nr.rankMove.units.some((w) => t.startsWith(w, q.end - w.length)) && rules.rankMoveBefore.matchEnd(t, q.start)) return nr.rankMove.id;
  if (nr.durationInName && nr.durationInName.units.includes(q.unit) && (rules.durationNameAfter.matchAt(t, q.end) || rules.durationNameAfterPattern?.test(t.slice(q.end, q.end + 6)))) return nr.durationInName.id;
  if (isAsciiLetter(t[q.start - 1]) || isAsciiLetter(t[q.end]) || t[q.start - 1] === '.' || t[q.start - 1] === '+' || t[q.end] === '+') return nr.codeNeighbours.id;
  if (q.unitRule?.nameBeforeNoun && isHan(t[q.end]) && !'以及或和至到、等左'.includes(t[q.end]!)) return nr.nameAfterNumber.id;
  if (rules.nameAfterNumber.matchAt(t, q.end)) return nr.nameAfterNumber.id;
  // 十四届人大二次会议 is a congress's session; 召开3次全体会议, in digits after a verb of holding, counts meetings.
  if (rules.congress.matchAt(t, q.end) && (q.unit === '次' || q.unit === '届') && !countsMeetings(t, q)) return nr.congress.id;
  const slogan = nr.slogan;
  // 十大工程 is a slogan; 十余家 counts: no slogan says 余 or 多.
  if (q.chineseOnly && !q.hasScale && !q.approx && q.plainValue <= slogan.maxChineseValue && q.unitRule && slogan.dimensions.includes(q.unitRule.dimension)) return slogan.id;
  const quoted = layout.enclosingQuote(q.start, q.end, slogan.quoteMaxLength);
  // “两个毫不动摇”, “5个100”工程: a slogan opens with its numbers; “新增就业3200人” quotes a fact, words then the figure.
  if (quoted && !quotesFact(t, quoted, q)) return slogan.id;
  return undefined;
}

/** Meetings counted in digits after a verb of holding them, with no congress's term (届) before: 召开3次全体会议. */
function countsMeetings(t: string, q: Quantity): boolean {
  if (q.chineseOnly || !q.unitRule) return false;
  const before = t.slice(Math.max(0, q.start - TERM_REACH), q.start);
  return !before.includes('届') && countedAfterVerb(t, q.end - 1, q.unitRule);
}
const TERM_REACH = 12;

/** Per text: the index of the line that opens its list of related links, or -1. */
const relatedOpening = new WeakMap<Layout, number>();

/** The line's text without bullets, emoji and spacing around it (▶ 往期推荐 -> 往期推荐). */
function bare(line: string): string {
  return line.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A line longer than this with a full stop in it holds prose, maybe a whole page flattened into one line. */
const LONG_LINE = 150;
/** What ends a furniture label's value (来源：县统计局 | 下一篇：全县新增市场主体1200户): a space or punctuation. */
const VALUE_END = /[\s，,。；;！？!?【】|]/;

/**
 * A figure on a line with page furniture: the whole line is furniture, unless it is long and holds prose (a
 * page scraped into one line); then only a label's own value is (浏览次数：892, 下一篇：…新增市场主体1200户).
 */
function isFurniture(pos: number, layout: Layout, rules: CompiledRules): boolean {
  const line = layout.line(pos);
  if (line.end - line.start <= LONG_LINE) return true;
  let lines = longFurnitureLines.get(layout);
  if (!lines) longFurnitureLines.set(layout, (lines = new Map()));
  let words = lines.get(line.start);
  if (words === undefined) {
    const text = layout.text.slice(line.start, line.end);
    // A long line without a full stop is furniture as a whole, as a short one is: none of its words is read.
    words = text.includes('。') ? rules.furniture(text) : null;
    lines.set(line.start, words);
  }
  if (words === null) return true;
  const at = pos - line.start;
  let last: { start: number; end: number } | undefined;
  for (const w of words) if (w.end <= at) last = w;
  return last !== undefined && !VALUE_END.test(layout.text.slice(line.start + last.end, pos).replace(/^[\s：:]+/, ''));
}

/** For each long line with furniture, the furniture's words, found once per line (null: no prose there). */
const longFurnitureLines = new WeakMap<Layout, Map<number, { start: number; end: number }[] | null>>();

/** The line that opens a page's links: a heading of them, or the buttons under the article once its prose has begun. */
function relatedOpeningLine(layout: Layout, rule: { headings: string[]; pageEnds?: string[] }): number {
  const t = layout.text;
  let prose = false;
  for (let i = 0; i < layout.lines.length; i++) {
    const line = t.slice(layout.lines[i]!.start, layout.lines[i]!.end);
    if (rule.headings.includes(bare(line))) return i;
    if (prose && line.length <= 60 && rule.pageEnds?.some((w) => line.includes(w))) return i;
    // The buttons under an article come after some of its prose.
    prose ||= isProseLine(line);
  }
  return -1;
}

/**
 * 往期推荐 / ▶ 青川3个项目入选省级名单: below a heading that opens a page's list of related articles,
 * a short line with no full stop is a link title. A sentence of report text has its full stop.
 */
function isRelatedLink(pos: number, layout: Layout, rule: { headings: string[]; pageEnds?: string[]; maxLineChars: number }, rules: CompiledRules): boolean {
  let opening = relatedOpening.get(layout);
  if (opening === undefined) {
    const t = layout.text;
    // One search says whether the text has any such line: most have none. The page's buttons are few
    // words, each found faster on its own than in an alternation that starts at 分 and 【.
    opening = rules.relatedHeading?.test(t) || rule.pageEnds?.some((w) => t.includes(w)) ? relatedOpeningLine(layout, rule) : -1;
    relatedOpening.set(layout, opening);
  }
  const index = layout.lineIndex(pos);
  if (opening < 0 || index <= opening) return false;
  const line = layout.lines[index]!;
  const text = layout.text.slice(line.start, line.end).trim();
  return text.length <= rule.maxLineChars && !/[。；;]/.test(text);
}

/** Per text: the lines that are notes (注释：…, [3]规模以上工业统计范围为…), or null when it has none. */
const noteLines = new WeakMap<Layout, Set<number> | null>();

/**
 * 注：本表绝对数按现价计算; 注释：\n[3]规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业: a note says
 * what figures count, and its numbers are thresholds and explanations. A heading alone opens a block
 * of notes, which runs while its lines open with a note's mark.
 */
function isNote(pos: number, layout: Layout, rules: CompiledRules): boolean {
  let lines = noteLines.get(layout);
  if (lines === undefined) {
    // A heading's words anywhere (plain searches) before the pattern that reads line starts.
    const notes = rules.notes;
    lines = notes && notes.headings.some((h) => layout.text.includes(h)) && notes.line.test(layout.text) ? findNoteLines(layout, notes.line, notes.continuation) : null;
    noteLines.set(layout, lines);
  }
  return lines !== null && lines.has(layout.lineIndex(pos));
}

function findNoteLines(layout: Layout, noteLine: RegExp, continuation: RegExp): Set<number> {
  const found = new Set<number>();
  let inBlock = false;
  for (let i = 0; i < layout.lines.length; i++) {
    const text = layout.text.slice(layout.lines[i]!.start, layout.lines[i]!.end);
    const note = noteLine.exec(text);
    if (note) {
      found.add(i);
      inBlock = note[1]!.trim().length === 0 || continuation.test(note[1]!);
    } else if (inBlock && text.trim().length > 0) {
      if (continuation.test(text)) found.add(i);
      else inBlock = false;
    }
  }
  return found;
}

/** Han characters before a figure in a quotation that make it a quoted fact rather than a slogan. */
const FACT_WORDS_BEFORE = 3;

/** Whether a short quotation states a fact: some words, then the figure closing it (“新增就业3200人”). */
function quotesFact(t: string, quoted: { start: number; end: number }, q: Quantity): boolean {
  let han = 0;
  for (let i = quoted.start + 1; i < q.start; i++) if (isHan(t[i])) han++;
  return han >= FACT_WORDS_BEFORE && q.end >= quoted.end - 1;
}
