import { add, decimalFromString, negate, shift, toNumber, type Decimal } from '../numbers/decimal.js';
import { arabicToken, digitToken, evaluate, fractionDigits, type NumeralToken } from '../numbers/numerals.js';
import type { CompiledRules } from '../rules/compile.js';
import type { UnitRule } from '../rules/types.js';
import { CharSet, CLAUSE_DELIMITERS, CN_DIGITS, isAsciiLetter, isCnDigit, isDigit, isHan } from '../text/chars.js';
import { NO_SOFT_BREAKS, unwrapLines } from '../text/layout.js';

/** A number with its scale words and unit, as found in the (width-folded) text. */
export interface Quantity {
  start: number;
  end: number;
  value: Decimal;
  valueMax?: Decimal;
  /** Canonical unit, or null for a bare number. */
  unit: string | null;
  unitRule?: UnitRule;
  /** 多/余 written inside the number. */
  approx: boolean;
  /** Written only in Chinese numerals (两万, 三个). */
  chineseOnly: boolean;
  /** A scale word (万, 亿 …) folded into the value. */
  hasScale: boolean;
  /** Integer value of the number part before any unit conversion (for slogan checks). */
  plainValue: number;
  pattern: string;
  /** The unit was read from the noun after the number (32.6万农村贫困人口), which names what it counts. */
  namedAfter?: boolean;
}

interface NumberRead {
  start: number;
  end: number;
  tokens: NumeralToken[];
  fraction: Decimal | null;
  approx: boolean;
  chinese: boolean;
  /** Positions of the trailing run of multiplier characters, with the token count before each. */
  trailing: { pos: number; count: number }[];
}

const MAX_TOKENS = 12;
/** Code units that can open a quantity (digits, Chinese digits, 十, 百 of 百分之, 千 of 千分之): one table load per character. */
const MAY_START = new Uint8Array(65536);
for (const ch of '0123456789零〇一二两三四五六七八九十百千万') MAY_START[ch.charCodeAt(0)] = 1;
/** 百余家, 千余人, 近千人, 上万户: a round hundred, thousand or ten thousand written as the scale word alone. */
const BARE_SCALES = new CharSet(['百', '千', '万']);
/** What lets a bare scale word stand for a number: 余/多 after it, or one of these before it (突破千亿元, 过亿元). */
const BEFORE_BARE_SCALE = new CharSet(['近', '上', '逾', '超', '过', '约', '破']);

/** Whether the scale word at `i` stands for a number by itself (百余家, 近千人), not inside another word (千方百计). */
export function bareScaleAt(t: string, i: number): boolean {
  if (!BARE_SCALES.has(t[i]!)) return false;
  const next = t[i + 1];
  if (next === '余' || next === '多') return true;
  if (BEFORE_BARE_SCALE.has(t[i - 1] ?? '')) return true;
  // 旅游收入百亿元以上: a bound after the unit says the scale word is a round number.
  if (isDigit(t[i - 1]) || isCnDigit(t[i - 1])) return false;
  BOUNDED_AFTER_BARE_SCALE.lastIndex = i + 1;
  return BOUNDED_AFTER_BARE_SCALE.test(t);
}
/** A unit of money, people or things and a bound after a bare scale word (百亿元以上, 千人左右), read where it stands. */
const BOUNDED_AFTER_BARE_SCALE = /[万亿]{0,2}(?:元|美元|人次|人|户|家|个|吨|亩|公里)(?:以上|左右)/y;
/** 百分之三十, 千分之三点五 and 万分之三: a share written in words, with the unit it stands for. */
const SHARE_WORDS: readonly [prefix: string, unit: string][] = [['百分之', '%'], ['千分之', '‰'], ['万分之', '‱']];
const RANGE_CONNECTORS = ['——', '—', '–', '-', '~', '至', '到'];
/** Words that join the ends of a range only when 之间 follows the upper one (介于2%与3%之间). */
const BETWEEN_CONNECTORS = ['与', '和'];
const BETWEEN_CLOSE = '之间';
/** How far after the lower end 之间 may stand: 与, the upper end with its unit, 之间. */
const BETWEEN_REACH = 24;
const BOUNDARY_OK = new CharSet(['以', '左', '上', '多', '余', '的', '和', '及', '与', '或', '至', '到', '等', '、', '次']);

/** Longer digit runs are identifiers, not figures; reading stops there so nothing downstream grows with them. */
const MAX_DIGITS = 24;

function readArabic(t: string, i: number): number {
  let j = readDigits(t, i, i + MAX_DIGITS);
  // 11,616 is one number; "538公里,铁路" is a clause comma; 21,\n360 is a number a soft line break cut.
  for (;;) {
    if (t[j] !== ',') break;
    const k = acrossWrap(t, j + 1);
    if (!(isDigit(t[k]) && isDigit(t[k + 1]) && isDigit(t[k + 2]) && !isDigit(t[k + 3]))) break;
    j = k + 3;
  }
  if (j - i <= 3 && GROUP_SPACES.has(t[j]!)) j = spaceGrouped(t, j);
  const fraction = t[j] === '.' ? acrossWrap(t, j + 1) : j;
  if (t[j] === '.' && isDigit(t[fraction])) j = readDigits(t, fraction, Infinity);
  return j;
}

/** Spaces that group thousands in some texts (1 234.5亿元, with a thin space in typeset ones). */
const GROUP_SPACES = new CharSet([' ', '\u2009', '\u202f']);

/**
 * 1 234.5亿元, 12 345万人: groups of three digits after single spaces, when a decimal point or a word (not
 * a space, a line end or another digit) follows the last; 12 345 between spaces may be two cells of a row.
 */
function spaceGrouped(t: string, j: number): number {
  let k = j;
  while (GROUP_SPACES.has(t[k]!) && isDigit(t[k + 1]) && isDigit(t[k + 2]) && isDigit(t[k + 3]) && !isDigit(t[k + 4])) k += 4;
  if (k === j) return j;
  const next = t[k];
  return next === '.' ? (isDigit(t[k + 1]) ? k : j) : next !== undefined && isHan(next) ? k : j;
}

/** The end of a run of digits from `i` (cut at `limit`); 15\n8.3: a run that a soft line break cut goes on after it. */
function readDigits(t: string, i: number, limit: number): number {
  let j = i;
  for (;;) {
    while (isDigit(t[j]) && j < limit) j++;
    const on = acrossWrap(t, j);
    if (on === j || !isDigit(t[on])) return j;
    j = on;
  }
}

/** `i` moved past a soft line break standing there (Layout.softBreaks), else `i`. */
function acrossWrap(t: string, i: number): number {
  let k = i;
  while (softBreaks.has(k)) k++;
  return k;
}

/** Spaces a figure in Arabic digits may stand apart from its scale word or unit by: 1.2 万人, 5.6 % (text from PDFs). */
const MAX_GAP = 2;

/**
 * The soft line breaks (Layout.softBreaks) of the text being scanned, for the length of one
 * scanQuantities call: a number and its unit may stand on either side of one.
 */
let softBreaks: ReadonlySet<number> = NO_SOFT_BREAKS;

/**
 * Where the text goes on after at most MAX_GAP spaces, or a line break that only wraps the line, from
 * `i` (`i` itself when there are none, or more spaces than that).
 */
function afterSpaces(t: string, i: number): number {
  let k = acrossWrap(t, i);
  while (t[k] === ' ' && k - i < MAX_GAP) k++;
  return t[k] === ' ' ? i : k;
}

/** Whether `i` follows a digit or a decimal point across a soft line break: the rest of a number cut by a wrap. */
function afterWrappedNumber(t: string, i: number): boolean {
  let k = i - 1;
  if (!softBreaks.has(k)) return false;
  while (softBreaks.has(k)) k--;
  return isDigit(t[k]) || t[k] === '.';
}

function readNumber(t: string, i: number, rules: CompiledRules): NumberRead | null {
  const tokens: NumeralToken[] = [];
  let fraction: Decimal | null = null;
  let approx = false;
  let j = i;
  const first = t[i];
  let chinese = false;
  if (isDigit(first)) {
    j = readArabic(t, i);
    tokens.push(arabicToken(unwrapLines(t.slice(i, j))));
  } else if (isCnDigit(first) || first === '十') {
    chinese = true;
  } else if (bareScaleAt(t, i)) {
    // 百余家: one hundred and more; the multiplier itself is read by the loop below.
    chinese = true;
    tokens.push(digitToken(1));
  } else return null;

  let trailing: { pos: number; count: number }[] = [];
  for (;;) {
    // 三千\n五百人: a numeral in words goes on after a soft line break, as digits do (readDigits).
    if (chinese && softBreaks.size > 0 && softBreaks.has(j)) {
      const k = acrossWrap(t, j);
      const next = t[k];
      if (next !== undefined && (isCnDigit(next) || rules.scaleExp.has(next) || next === '点' || next === '多' || next === '余')) j = k;
    }
    let c = t[j];
    if (c === undefined) break;
    // 1.2 万人: an Arabic number and its scale word, set apart by a space or two, or by a wrap (5000\n万元).
    if ((c === ' ' || (c === '\n' && softBreaks.has(j))) && !chinese && tokens.length === 1) {
      const k = afterSpaces(t, j);
      if (k > j && rules.scaleExp.has(t[k]!)) c = t[(j = k)]!;
    }
    const exp = rules.scaleExp.get(c);
    const last = tokens[tokens.length - 1];
    if (exp !== undefined) {
      // 十 may open a Chinese numeral (十五); 百/千/万/亿 need a number before them.
      if (!chinese && tokens.length === 0) break;
      if (chinese && tokens.length === 0 && c !== '十') break;
      // No real numeral stacks more than three multipliers (百万亿) or runs past a dozen parts.
      if (trailing.length >= 3 || tokens.length >= MAX_TOKENS) break;
      trailing.push({ pos: j, count: tokens.length });
      tokens.push({ kind: 'mul', exp });
      j++;
      continue;
    }
    // 十几个, 二十几万人: 几 after a written multiplier is some more, as 多 is.
    if ((c === '多' || c === '余' || (c === '几' && chinese && last?.kind === 'mul')) && !approx && tokens.length > 0) {
      approx = true;
      j++;
      continue;
    }
    if (tokens.length >= MAX_TOKENS) break;
    if (chinese && isCnDigit(c)) {
      tokens.push(digitToken(CN_DIGITS[c]!));
      trailing = [];
      j++;
      continue;
    }
    if (chinese && c === '点' && isCnDigit(t[j + 1]) && last) {
      const digits: number[] = [];
      let k = j + 1;
      while (isCnDigit(t[k])) digits.push(CN_DIGITS[t[k]!]!), k++;
      const frac = fractionDigits(digits);
      if (last.kind === 'num') tokens[tokens.length - 1] = { kind: 'num', value: add(last.value, frac), digits: last.digits };
      else fraction = frac;
      trailing = [];
      j = k;
      continue;
    }
    if (!chinese && isDigit(c) && last?.kind === 'mul') {
      // 1万6千: digits after a multiplier when another multiplier follows them; 1万9,850 (Taiwan, 19850):
      // a whole number of two or more digits that fits below the multiplier, after a whole number.
      const k = readArabic(t, j);
      const run = unwrapLines(t.slice(j, k));
      const digits = run.replace(/,/g, '');
      const before = tokens[tokens.length - 2];
      const fitsBelow = /^\d{2,}$/.test(digits) && digits.length <= last.exp && before?.kind === 'num' && before.value.exp >= 0 && !isDigit(t[k]) && !/^[年月日号.]/.test(t[k] ?? '');
      if (rules.scaleExp.has(t[k] ?? '') || fitsBelow) {
        tokens.push(arabicToken(unwrapLines(t.slice(j, k))));
        trailing = [];
        j = k;
        continue;
      }
    }
    break;
  }
  if (!tokens.some((tk) => tk.kind === 'num') && !(chinese && tokens.length > 0)) return null;
  return { start: i, end: j, tokens, fraction, approx, chinese, trailing };
}

function valueOf(read: NumberRead, tokens = read.tokens): Decimal {
  const v = evaluate(tokens);
  return read.fraction ? add(v, read.fraction) : v;
}

function matchUnit(t: string, pos: number, rules: CompiledRules, perOnly = false): { end: number; rule: UnitRule } | null {
  const candidates = rules.units.candidatesAt(t, pos);
  if (!candidates) return null;
  for (let c = 0; c < candidates.length; c++) {
    const { word, value: rule } = candidates[c]!;
    if (rule.perOnly && !perOnly) continue;
    const after = t.startsWith(word, pos) ? pos + word.length : softBreaks.size > 0 ? wordEndAcrossWraps(t, word, pos) : -1;
    if (after < 0) continue;
    if (rule.notFollowedBy?.some((w) => t.startsWith(w, after))) continue;
    if (rule.requireBoundary && isHan(t[after]) && !BOUNDARY_OK.has(t[after]!) && !countedAfterVerb(t, pos, rule)) continue;
    return { end: after, rule };
  }
  return null;
}

/** How far before a unit the verb that lets it run into its noun may stand, within its clause. */
const COUNTED_VERB_REACH = 16;

/** 召开3次全体会议、12次常务会议: a verb of the clause before the number makes the unit a count of the noun after it. */
export function countedAfterVerb(t: string, pos: number, rule: UnitRule): boolean {
  if (!rule.countedAfter) return false;
  let from = pos;
  while (from > 0 && pos - from < COUNTED_VERB_REACH && !CLAUSE_DELIMITERS.has(t[from - 1]!)) from--;
  const window = t.slice(from, pos);
  return rule.countedAfter.some((v) => window.includes(v));
}

/** Where `word` ends if it stands at `pos` with soft line breaks inside it (人\n次), else -1. */
function wordEndAcrossWraps(t: string, word: string, pos: number): number {
  let k = pos;
  for (let w = 0; w < word.length; w++) {
    if (w > 0) k = acrossWrap(t, k);
    if (t[k] !== word[w]) return -1;
    k++;
  }
  return k;
}

interface UnitRead {
  end: number;
  unit: string;
  rule: UnitRule;
}

/** The scale of a rate's base written after its slash: 部/百人, 张/千人, 人/万人. */
const PER_BASE_SCALES = '百千万';

function readUnit(t: string, pos: number, rules: CompiledRules): UnitRead | null {
  const m = matchUnit(t, pos, rules);
  if (!m) return null;
  let unit = m.rule.unit;
  let end = m.end;
  // Compound units: 元/人, 微克/立方米, 万元/户.
  if (t[end] === '/' || t[end] === '每') {
    const per = matchUnit(t, end + 1, rules, true);
    if (per) {
      unit = `${unit}/${per.rule.unit}`;
      end = per.end;
    } else if (t[end] === '/' && PER_BASE_SCALES.includes(t[end + 1] ?? '')) {
      // 118.6部/百人, 3.2张/千人: a rate per hundred or thousand; its base is part of the unit, not the value.
      const base = matchUnit(t, end + 2, rules, true);
      if (base) {
        unit = `${unit}/${t[end + 1]}${base.rule.unit}`;
        end = base.end;
      }
    }
  }
  return { end, unit, rule: m.rule };
}

interface Located {
  read: NumberRead;
  value: Decimal;
  scaleExp: number;
  unit: UnitRead | null;
  end: number;
}

/** Number then unit; when the number ends in multipliers that begin a unit (5万千瓦, 3千米), the unit wins. */
function locate(t: string, read: NumberRead, rules: CompiledRules): Located {
  for (const mark of read.trailing) {
    if (mark.count === 0) continue;
    const unit = readUnit(t, mark.pos, rules);
    if (unit) {
      const tokens = read.tokens.slice(0, mark.count);
      const trimmed = { ...read, tokens, end: mark.pos, trailing: read.trailing.filter((m) => m.pos < mark.pos) };
      return { read: trimmed, value: inUnit(valueOf(trimmed, tokens), unit), scaleExp: trailingExp(tokens), unit, end: unit.end };
    }
  }
  const unit = readUnit(t, read.chinese ? acrossWrap(t, read.end) : afterSpaces(t, read.end), rules);
  return { read, value: unit ? inUnit(valueOf(read), unit) : valueOf(read), scaleExp: trailingExp(read.tokens), unit, end: unit ? unit.end : read.end };
}

/** 2.3GW is 2300000 千瓦: a unit that holds a scale over its canonical one folds it into the value. */
function inUnit(value: Decimal, unit: { rule: UnitRule }): Decimal {
  return unit.rule.scale ? shift(value, unit.rule.scale) : value;
}

function trailingExp(tokens: readonly NumeralToken[]): number {
  let exp = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tk = tokens[k]!;
    if (tk.kind !== 'mul') break;
    exp += tk.exp;
  }
  return exp;
}

function plainNumber(read: NumberRead): number {
  return toNumber(valueOf(read));
}

/** 万/亿 in any numeral, or any multiplier after Arabic digits (5千); 三十五 is not scaled. */
function isScaled(read: NumberRead): boolean {
  return read.tokens.some((tk) => tk.kind === 'mul' && (tk.exp >= 4 || !read.chinese));
}

function hasMul(read: NumberRead): boolean {
  return read.tokens.some((tk) => tk.kind === 'mul');
}

/** The part of a trailing multiplier run that a range's lower end borrows (3至5万人, 八到九百亿元). */
function sharedScale(lower: NumberRead, upper: NumberRead): number {
  const tokens = upper.tokens;
  const run: number[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tk = tokens[k]!;
    if (tk.kind !== 'mul') break;
    run.unshift(tk.exp);
  }
  const lowerIsDigit = lower.tokens.length === 1 && lower.tokens[0]!.kind === 'num' && lower.tokens[0]!.digits === 1 && lower.fraction === null;
  const upperDigitThenRun = tokens.length === run.length + 1 && tokens[0]!.kind === 'num' && tokens[0]!.digits === 1;
  if (lowerIsDigit && upperDigitThenRun) return run.reduce((a, b) => a + b, 0);
  return run.filter((e) => e >= 4).reduce((a, b) => a + b, 0);
}

/** What may stand before a sign written as a symbol: a sign after a digit or letter joins a code (3+1, G-15). */
const BEFORE_SIGN = new Set([':', '：', ' ', '(', '（']);

function signed(t: string, i: number, signs: string): boolean {
  if (!signs.includes(t[i - 1] ?? '\0')) return false;
  const before = t[i - 2];
  return before === undefined || isHan(before) || BEFORE_SIGN.has(before);
}

/** Characters that make 负 after them part of a word (减负, 担负, 抱负, 胜负, 自负, 辜负, 欠负). */
const NOT_SIGN_BEFORE_FU = new Set([...'减担抱胜自辜欠']);

function isNegativeSign(t: string, i: number): number {
  // 减负86.5亿元 (lightened a burden), 担负, 胜负: 负 ends a word there, it signs nothing.
  if (t[i - 1] === '负') return NOT_SIGN_BEFORE_FU.has(t[i - 2]!) ? 0 : 1;
  if (t.startsWith('零下', i - 2)) return 2;
  return signed(t, i, '-−') ? 1 : 0;
}

/** 同比+8.5%: a plus written before the figure is part of its quote and leaves its value as it is. */
function isPlusSign(t: string, i: number): number {
  return signed(t, i, '+＋') ? 1 : 0;
}

export function scanQuantities(t: string, rules: CompiledRules, soft: ReadonlySet<number> = NO_SOFT_BREAKS): Quantity[] {
  softBreaks = soft;
  try {
    return scan(t, rules);
  } finally {
    softBreaks = NO_SOFT_BREAKS;
  }
}

function scan(t: string, rules: CompiledRules): Quantity[] {
  const out: Quantity[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (MAY_START[t.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const ch = t[i]!;
    const share = ch === '百' || ch === '千' || ch === '万' ? SHARE_WORDS.find(([prefix]) => t.startsWith(prefix, i)) : undefined;
    if (!share && !isDigit(ch) && !isCnDigit(ch) && ch !== '十' && !bareScaleAt(t, i)) {
      i++;
      continue;
    }
    // Never start inside a number (x1.5, 12.5.3) or a code.
    if (isDigit(ch) && (isDigit(t[i - 1]) || t[i - 1] === '.' || afterWrappedNumber(t, i))) {
      i++;
      continue;
    }
    const q = share ? percentWords(t, i, share[0].length, share[1], rules) : quantityAt(t, i, rules);
    if (q) {
      if (rules.patternEnabled(q.pattern)) out.push(q);
      i = Math.max(q.end, i + 1);
    } else {
      i++;
      // Skip over the rest of a digit run so that 2022 is not re-read as 022.
      while (i < n && isDigit(t[i]) && isDigit(t[i - 1])) i++;
    }
  }
  return out;
}

/** The quantity that `text` opens with, read on its own: how a number reads with words given to it. */
export function quantityOf(text: string, rules: CompiledRules): Quantity | null {
  return quantityAt(text, text.startsWith('-') ? 1 : 0, rules);
}

/** The scale and unit words of a quantity: 万吨 of 3.1万吨, % of 5.8% (undefined for a range). */
export function scaleAndUnitOf(t: string, q: Quantity, rules: CompiledRules): string | undefined {
  if (q.valueMax !== undefined) return undefined;
  const at = t[q.start] === '-' ? q.start + 1 : q.start;
  const read = readNumber(t, at, rules);
  if (!read) return undefined;
  const scaleFrom = read.trailing.length > 0 ? read.trailing[0]!.pos : read.end;
  return t.slice(scaleFrom, q.end);
}

function percentWords(t: string, i: number, prefixLength: number, unit: string, rules: CompiledRules): Quantity | null {
  const read = readNumber(t, i + prefixLength, rules);
  if (!read) return null;
  const value = valueOf(read);
  const q: Quantity = {
    start: i, end: read.end, value, unit, approx: read.approx, chineseOnly: read.chinese,
    hasScale: false, plainValue: toNumber(value), pattern: 'quantity/percent-words',
    unitRule: undefined,
  };
  return percentWordsRange(t, q, t.slice(i, i + prefixLength), rules) ?? q;
}

/** 百分之五到百分之六, 百分之二至三: a range of shares, the upper end with its own prefix or sharing the first's. */
function percentWordsRange(t: string, q: Quantity, prefix: string, rules: CompiledRules): Quantity | null {
  const conn = RANGE_CONNECTORS.find((c) => t.startsWith(c, q.end));
  if (!conn) return null;
  let at = q.end + conn.length;
  const ownPrefix = t.startsWith(prefix, at);
  if (ownPrefix) at += prefix.length;
  const upper = readNumber(t, at, rules);
  if (!upper) return null;
  // A bare upper end shares the prefix only where no unit of its own follows (百分之二至三个月 is not a range).
  if (!ownPrefix && (locate(t, upper, rules).unit || isDigit(t[upper.end]))) return null;
  const max = valueOf(upper);
  if (toNumber(max) < toNumber(q.value)) return null;
  return { ...q, end: upper.end, valueMax: max, approx: q.approx || upper.approx, pattern: 'quantity/range' };
}

function quantityAt(t: string, i: number, rules: CompiledRules): Quantity | null {
  const read = readNumber(t, i, rules);
  if (!read) return null;
  // X分之Y
  if (t.startsWith('分之', read.end)) {
    const num = readNumber(t, read.end + 2, rules);
    if (!num) return null;
    const den = toNumber(valueOf(read));
    if (den === 0) return null;
    const pct = (toNumber(valueOf(num)) / den) * 100;
    const value = decimalFromString(String(Number(pct.toPrecision(12))));
    return { start: i, end: num.end, value, unit: '%', approx: false, chineseOnly: read.chinese, hasScale: false, plainValue: pct, pattern: 'quantity/fraction' };
  }
  // 七成 = 70%
  if (t[read.end] === '成' && !hasMul(read) && plainNumber(read) <= 10) {
    const next = t[read.end + 1];
    if (!isHan(next) || BOUNDARY_OK.has(next!)) {
      const value = shift(valueOf(read), 1);
      // 两成多: more than two tenths; the 多 is the quote's, as in 3000多万元.
      const more = next === '多' ? 1 : 0;
      return { start: i, end: read.end + 1 + more, value, unit: '%', approx: read.approx || more === 1, chineseOnly: read.chinese, hasScale: false, plainValue: plainNumber(read), pattern: 'quantity/tenths' };
    }
  }
  const a = locate(t, read, rules);
  const neg = isNegativeSign(t, i);
  const sign = neg || isPlusSign(t, i);
  let q: Quantity = {
    start: i - sign,
    end: a.end,
    value: neg ? negate(a.value) : a.value,
    unit: a.unit?.unit ?? null,
    unitRule: a.unit?.rule,
    approx: a.read.approx,
    chineseOnly: a.read.chinese,
    hasScale: isScaled(a.read),
    plainValue: plainNumber(a.read),
    pattern: patternFor(a.unit?.rule),
  };
  if (a.read.chinese && a.unit) {
    const ends = neighbourDigits(t, a.read, a.unit, rules);
    if (ends) return { ...q, value: ends.lower, valueMax: ends.upper };
  }
  const range = rangeAfter(t, q, a, rules);
  if (range) q = range;
  return withUnitPrefix(t, q, rules);
}

/**
 * $7,760億, HK$1,000億元, US$3.2億: a currency sign before the number gives its unit, where it has none or
 * only 元 after it, and opens its quote. A sign after a letter or digit is part of a code, not a currency's.
 */
function withUnitPrefix(t: string, q: Quantity, rules: CompiledRules): Quantity {
  // RMB 5亿元: a space may stand between the sign and the number.
  const end = t[q.start - 1] === ' ' ? q.start - 1 : q.start;
  const prefix = rules.unitPrefixes.matchEnd(t, end);
  if (!prefix) return q;
  const at = end - prefix.word.length;
  const before = t[at - 1];
  if (before !== undefined && (isDigit(before) || isAsciiLetter(before))) return q;
  if (q.unit !== null && !(q.unitRule?.dimension === 'money' && q.unit === YUAN)) return q;
  return { ...q, start: at, unit: prefix.value.unit, unitRule: prefix.value, pattern: patternFor(prefix.value) };
}

/** The yuan, which a currency sign before the number names more exactly (HK$1,000億元 is in Hong Kong dollars). */
const YUAN = '元';

/** Neighbouring digits that write a rough number (三四十万: 30万 to 40万; 十七八: 17 to 18). */
const DIGIT_PAIRS = new Set(['一二', '一两', '两三', '二三', '三四', '四五', '五六', '六七', '七八', '八九']);
const AFTER_PAIR = new CharSet([...'十百千万亿']);

/**
 * 三四十万人, 二三百亩, 五六千元, 十七八岁, 两三家: two neighbouring digits read as one number would be 34 or 23;
 * they give the ends of a range, each read with the rest of the numeral.
 */
function neighbourDigits(t: string, read: NumberRead, unit: { rule: UnitRule }, rules: CompiledRules): { lower: Decimal; upper: Decimal } | undefined {
  for (let k = read.start; k < read.end - 1; k++) {
    // 二十一点四五万: digits after the point are a decimal's, one after the other.
    if (t[k] === '点' || t[k] === '點') return undefined;
    if (!DIGIT_PAIRS.has(t.slice(k, k + 2))) continue;
    const last = k + 2 === read.end;
    if (!(last ? t[k - 1] === '十' || k === read.start : AFTER_PAIR.has(t[k + 2]!))) continue;
    const numeral = t.slice(read.start, read.end);
    const at = k - read.start;
    const end = (digit: string) => {
      const one = numeral.slice(0, at) + digit + numeral.slice(at + 2);
      const r = readNumber(one, 0, rules);
      return r && r.end === one.length ? inUnit(valueOf(r), unit) : undefined;
    };
    const lower = end(t[k]!);
    const upper = end(t[k + 1]!);
    return lower && upper ? { lower, upper } : undefined;
  }
  return undefined;
}

/** The rule id a quantity with this unit is found by. */
export function patternFor(rule: UnitRule | undefined): string {
  if (!rule) return 'quantity/number-unit';
  if (rule.dimension === 'ratio' || rule.dimension === 'points') return 'quantity/percent';
  if (rule.dimension === 'multiple') return 'quantity/multiple';
  return 'quantity/number-unit';
}

function rangeAfter(t: string, q: Quantity, a: Located, rules: CompiledRules): Quantity | null {
  const conn = RANGE_CONNECTORS.find((c) => t.startsWith(c, a.end)) ?? BETWEEN_CONNECTORS.find((c) => t.startsWith(c, a.end));
  if (!conn) return null;
  // 5%和7%: most figures joined by 和 are two; only read the second as an upper end when 之间 is in reach.
  if (BETWEEN_CONNECTORS.includes(conn) && !t.slice(a.end, a.end + BETWEEN_REACH).includes(BETWEEN_CLOSE)) return null;
  const prev = t[q.start - 1];
  if (prev === '从' || prev === '由') return null;
  const bStart = a.end + conn.length;
  const readB = readNumber(t, bStart, rules);
  if (!readB) return null;
  const b = locate(t, readB, rules);
  if (!b.unit) return null;
  // 2%与3%之间: 与 and 和 join two figures as a range only when 之间 closes it.
  if (BETWEEN_CONNECTORS.includes(conn) && !t.startsWith(BETWEEN_CLOSE, afterSpaces(t, b.end))) return null;
  if (a.unit && a.unit.unit !== b.unit.unit) return null;
  let lower = a.value;
  if (!a.unit && !isScaled(a.read)) lower = shift(lower, sharedScale(a.read, b.read));
  // 2至3吉瓦: the lower end without a unit is in the upper end's, scale and all.
  if (!a.unit) lower = inUnit(lower, b.unit);
  if (q.value.int < 0n) lower = negate(lower);
  const upper = b.value;
  if (toNumber(upper) < toNumber(lower)) return null;
  return {
    ...q,
    end: b.end,
    value: lower,
    valueMax: upper,
    unit: b.unit.unit,
    unitRule: b.unit.rule,
    approx: q.approx || b.read.approx,
    hasScale: q.hasScale || isScaled(b.read),
    pattern: 'quantity/range',
  };
}
