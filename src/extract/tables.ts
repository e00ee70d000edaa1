import { decimalFromString, shift, toNumber, type Decimal } from '../numbers/decimal.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Comparator } from '../rules/types.js';
import type { Layout } from '../text/layout.js';
import { isDigit } from '../text/chars.js';
import { INDEX_CELL, tableRows } from '../text/table-rows.js';
import { ROC_OFFSET, YEARLY_AVERAGE } from '../meta/period.js';
import { scanQuantities } from './scan.js';

/** A figure read from a table cell, with the unit of its row or column. */
export interface TableCell {
  start: number;
  end: number;
  value: number;
  unit: string;
  measure: 'level' | 'change';
  indicator: string;
  rule: string;
  /** The column header of a change (比上年增长%): what the change is measured against. */
  header?: string;
  /** The year its column names (2024年), or for a change the latest year the header row names. */
  year?: number;
  /** For a yearly average change beside columns of years (2025年 | 2030年 | 年均增长): the years it averages over. */
  span?: { from: number; to: number };
  /** The kind its column's header gives (2024年完成, 2025年目标), over the section's. */
  kind?: 'actual' | 'target';
  /** A bound written in the cell after its number (5.5左右, 6以上). */
  comparator?: Comparator;
  /** A plan for the year the text reports on (年初预算数, 本年计划), not for the year after it. */
  reportedYearPlan?: boolean;
  /** What the cell's column measures (地区生产总值 of 地区生产总值（亿元）), for a row named only by a place. */
  column?: string;
}

/** A column of the plan made at the start of the year reported on: 年初预算数, 本年计划, 当年目标. */
const REPORTED_YEAR_PLAN = /年初|本年|当年|全年/;

const NUMBER = /^\s*(-?\d[\d,]*(?:\.\d+)?)\s*([%％])?\s*([^\s\d]{1,3})?\s*$/;
/** 〔4.5〕: in a plan's table a figure in these brackets is the change over the whole plan, not a yearly one. */
const CUMULATIVE = /^\s*[〔［\[]\s*(.*?)\s*[〕］\]]\s*$/;
/** <5.5, ≤3, >7: a bound written before the number. */
const BOUND_BEFORE: Readonly<Record<string, Comparator>> = { '<': '<', '＜': '<', '≤': '<=', '<=': '<=', '>': '>', '＞': '>', '≥': '>=', '>=': '>=' };
const BOUND_AT_START = /^\s*(<=|>=|[<＜≤>＞≥])\s*/;

interface Figure {
  m: RegExpExecArray;
  comparator?: Comparator;
  cumulative: boolean;
  /** Where the number's text starts in the cell, past a bracket or a bound written before it. */
  offset: number;
}

/** A cell's number, its percent sign and the bound written before or after it (<5.5, 5.5左右), or null for no figure (2024年). */
function figureIn(cell: string, rules: CompiledRules): Figure | null {
  let inner = cell;
  let offset = 0;
  const cumulative = CUMULATIVE.exec(cell);
  if (cumulative) {
    offset = cell.indexOf(cumulative[1]!);
    inner = cumulative[1]!;
  }
  const before = BOUND_AT_START.exec(inner);
  if (before) {
    offset += before[0].length;
    inner = inner.slice(before[0].length);
  }
  const m = NUMBER.exec(inner);
  if (!m) return null;
  const figure = { m, cumulative: !!cumulative, offset, ...(before ? { comparator: BOUND_BEFORE[before[1]!]! } : {}) };
  if (m[3] === undefined) return figure;
  const bound = rules.comparatorAfter.matchAt(m[3], 0);
  return bound && bound.word === m[3] && !before ? { ...figure, comparator: bound.value.comparator } : null;
}

/** A cell that stands for no figure: a dash, a slash or an ellipsis. */
const NO_FIGURE = /^\s*(?:[—–－\-/／…]+|——)\s*$/;
/** 地区生产总值增长（%）, 单位能耗降低: a row whose label names a change; its figures are changes (a fall negative). */
const ROW_CHANGE = /(增长|提高|降低|下降|减少|增加)$/;
const FALL = new Set(['降低', '下降', '减少']);
/** The header of the column that holds the rows' names (指标, 项目, 指标名称), when it is not the first. */
const LABEL_HEADER = /^\s*(?:主要)?(?:指标|项目)(?:名称)?\s*$|^\s*名称\s*$/;
/** A row label that carries its unit: 粮食产量（万吨）, 城镇化率(%). */
const LABEL_UNIT = /^(.*?[\u4e00-\u9fff].*?)\s*[（(]([^（()）]{1,8})[)）]\s*$/;
const GROWTH_HEADER = /增长|增速|增幅|比上年|同比|±/;
/** A column of shares (比重（%）, 构成(%)) holds levels in percent, not changes. */
const SHARE_HEADER = /比重|占比|构成|比例|结构/;
/** A growth column: one named for growth, or one in percent (%) that is no share. */
function isChangeHeader(h: string): boolean {
  return GROWTH_HEADER.test(h) || (/[%％]/.test(h) && !SHARE_HEADER.test(h));
}
/** 其中：新能源汽车: the words that make a row a part of the one above; not part of its name. */
const PART_OF_ABOVE = /^(?:其中|内)\s*[：:]\s*/;
const UNIT_HEADER = /^\s*(?:计量)?单位\s*$/;
/** A column headed by one year or part of it (2024年, 2025年1-10月, 2025年(亿元)); a span (2021-2025年) is not. */
const COLUMN_YEAR = /^\s*((?:19|20)\d\d)\s*年/;
/** The same in a text that counts years by the Republic calendar (Taiwan): 113年, 民国113年. */
const ROC_COLUMN_YEAR = /^\s*(?:民国\s*)?(1\d\d)\s*年/;

/** A row label that is a year: the row of a table over years. */
const YEAR_LABEL = /^((?:19|20)\d\d)\s*年?$/;

/** A column header's words without the unit or note in brackets: 地区生产总值（亿元） -> 地区生产总值. */
function headerName(h: string): string {
  return h.replace(/[（(][^（）()]*[）)]/g, '').trim();
}

/**
 * What column `k` of a table over years measures: its header without the unit in brackets; a growth
 * column (增速（%）) measures the nearest column before it that is not one.
 */
function columnMeasure(header: string[], k: number, labelColumn: number): string {
  if (isChangeHeader(header[k] ?? '')) {
    for (let j = k - 1; j > labelColumn; j--) if (!isChangeHeader(header[j] ?? '') && /[\u4e00-\u9fff]/.test(headerName(header[j]!))) return headerName(header[j]!);
  }
  const own = headerName(header[k] ?? '');
  return /[\u4e00-\u9fff]/.test(own) ? own : '';
}

/** A line over a table giving the unit of its figures: 单位：亿元、%, （单位：万元）, 表1 主要指标（单位：亿元）. */
const UNIT_CAPTION = /(?:^\s*|[（(]\s*)(?:计量)?单位\s*[：:]\s*([^（）()]+?)\s*[）)]?\s*$/;
/** How many lines over a table's header a unit caption may stand. */
const CAPTION_LINES = 2;

/** The unit a caption over the header at `headerStart` gives the table's figures (its first unit but %). */
function captionUnit(layout: Layout, headerStart: number, rules: CompiledRules): { factor: number; unit: string } | undefined {
  const text = layout.text;
  for (let li = layout.lineIndex(headerStart) - 1, seen = 0; li >= 0 && seen < CAPTION_LINES; li--) {
    const line = layout.lines[li]!;
    const t = text.slice(line.start, line.end);
    if (!t.trim()) continue;
    seen++;
    const m = UNIT_CAPTION.exec(t);
    if (!m) continue;
    for (const word of m[1]!.split(/[、，,/\s]+/)) {
      const unit = word && word !== '%' ? unitOf(word, rules) : undefined;
      if (unit) return unit;
    }
  }
  return undefined;
}

/** A currency named before the scale of 元 in a unit cell: 新台币千元, 人民币万元. */
const CURRENCY_BEFORE_YUAN = /^(?:新台币|人民币|港币|澳门币)(?=[十百千万亿]*元$)/;

/** A cell's number in its unit's base (12.6 in 万吨 -> 126000): exact where the factor is a power of ten. */
function scaled(number: Decimal, factor: number): number {
  const exp = Math.round(Math.log10(factor));
  return 10 ** exp === factor ? toNumber(shift(number, exp)) : toNumber(number) * factor;
}

/**
 * A figure in its unit as a level; one over a whole plan (〔4.5〕, [25]) as the change there: of a rate in
 * points, of any other level in its unit.
 */
function levelOrPlanChange(number: Decimal, unit: { factor: number; unit: string }, overPlan: boolean): Pick<TableCell, 'value' | 'unit' | 'measure'> {
  if (!overPlan) return { value: scaled(number, unit.factor), unit: unit.unit, measure: 'level' };
  const rate = unit.unit === '%';
  return { value: rate ? toNumber(number) : scaled(number, unit.factor), unit: rate ? '百分点' : unit.unit, measure: 'change' };
}

/** The value factor and canonical unit of a unit cell such as 亿元 or 万吨 (undefined for none). */
function unitOf(cellText: string, rules: CompiledRules): { factor: number; unit: string } | undefined {
  const probe = `1${cellText.trim().replace(CURRENCY_BEFORE_YUAN, '')}`;
  const q = scanQuantities(probe, rules)[0];
  if (!q || q.unit === null || q.end !== probe.length) return undefined;
  return { factor: toNumber(q.value), unit: q.unit };
}

/** What a header row says of every row under it: computed once per header, not once per row. */
interface Header {
  cells: string[];
  unitColumn: number;
  /** A first column that numbers the rows (序号) comes before the label. */
  labelColumn: number;
  years: (number | undefined)[];
  latestYear: number | undefined;
  earliestYear: number | undefined;
  /** The unit a caption over the table gives (单位：亿元). */
  tableUnit: { factor: number; unit: string } | undefined;
  /** Each column's unit from its header: 产量（万吨）, 收费金额（单位：万元）, 本年制发件数. */
  columnUnits: ({ factor: number; unit: string } | undefined)[];
  /**
   * What each column measures of its row's thing, where columns measure different things (学校数（所） |
   * 在校生（人） | 专任教师（人）): 小学 in 在校生's column is 小学在校生. Undefined for a table of one measure.
   */
  columnNames: (string | undefined)[];
  /** What each column measures, named by its own header or, for growth, by the column it grows: given even in a table of one measure, for rows named only by a place. */
  columnMeasures: (string | undefined)[];
}

/** 本年制发件数, 参保人数: a header counting in a unit (件, 人) before 数. */
const COUNT_HEADER = /([\u4e00-\u9fff])数$/;

/** The unit a column's header names: in brackets, with or without 单位, or as the unit of a count (件数). */
function headerUnit(h: string, rules: CompiledRules): { factor: number; unit: string } | undefined {
  const bracket = /[（(]\s*(?:(?:计量)?单位\s*[：:]\s*)?([^（）()]{1,8})[)）]/.exec(h);
  if (bracket) return unitOf(bracket[1]!, rules);
  const count = COUNT_HEADER.exec(h.trim());
  return count ? unitOf(count[1]!, rules) : undefined;
}

/** The column of row names: one headed 指标 or 项目 (after 类别, 序号 …), else the first after a 序号. */
function labelColumnOf(texts: string[]): number {
  const named = texts.findIndex((h) => LABEL_HEADER.test(h));
  if (named >= 0) return named;
  return INDEX_CELL.test(texts[0] ?? '') ? 1 : 0;
}

function readHeader(cells: { text: string; start: number }[], layout: Layout, rules: CompiledRules, roc: boolean): Header {
  const texts = cells.map((c) => c.text.trim());
  const years = texts.map((h) => {
    const m = COLUMN_YEAR.exec(h);
    if (m) return Number(m[1]);
    const r = roc ? ROC_COLUMN_YEAR.exec(h) : null;
    return r ? Number(r[1]) + ROC_OFFSET : undefined;
  });
  const stated = years.filter((y): y is number => y !== undefined);
  const labelColumn = labelColumnOf(texts);
  return {
    cells: texts,
    unitColumn: texts.findIndex((h) => UNIT_HEADER.test(h)),
    labelColumn,
    years,
    latestYear: stated.length ? Math.max(...stated) : undefined,
    earliestYear: stated.length ? Math.min(...stated) : undefined,
    tableUnit: captionUnit(layout, cells[0]!.start, rules),
    columnUnits: texts.map((h) => headerUnit(h, rules)),
    ...measureColumns(texts, years, labelColumn, rules),
  };
}

/** Column names that say only how a figure is given (绝对数, 金额, 本年), not what it measures. */
const GENERIC_COLUMN = /^(?:绝对[数值量]|数值|数量|数额|总[量数额]|金额|合计|小计|指标值|本[年期月]|上[年期月]|同期|累计|当月|全年|实绩|现状|基数|计量单位|单位)$/;

/**
 * The measure each value column names, when two or more name different ones; a column of years, of
 * growth, of shares or of a kind (2024年, 增长%, 比重, 目标, 完成) names none.
 */
function measureColumns(texts: string[], years: (number | undefined)[], labelColumn: number, rules: CompiledRules): { columnNames: (string | undefined)[]; columnMeasures: (string | undefined)[] } {
  const names = texts.map((h, k) => {
    if (k <= labelColumn || years[k] !== undefined || isChangeHeader(h) || SHARE_HEADER.test(h) || rules.columnKind(h) || UNIT_HEADER.test(h)) return undefined;
    const name = headerName(h);
    return /^[\u4e00-\u9fff]{2,12}$/.test(name) && !GENERIC_COLUMN.test(name) ? name : undefined;
  });
  // 地区生产总值（亿元） | 增速（%）: a growth column measures the column it follows.
  const measures = names.map((n, k) => {
    if (n !== undefined || !isChangeHeader(texts[k] ?? '')) return n;
    for (let j = k - 1; j > labelColumn; j--) if (names[j] !== undefined) return names[j];
    return undefined;
  });
  const distinct = new Set(names.filter((n) => n !== undefined));
  return { columnNames: distinct.size >= 2 ? measures : texts.map(() => undefined), columnMeasures: measures };
}

/**
 * 地区生产总值（亿元）：2683.5: a list number maybe, a measure's name, its unit in brackets, a colon, then a
 * figure as a table cell writes one (6左右, [25], <5.5) and nothing else.
 */
const LABELLED_VALUE = /^[ \t\u3000]*(?:[-•·*]\s*|\d{1,2}\s*[.、．](?!\d)\s*|[（(]\d{1,2}[)）]\s*)?([^\s：:（()）\d][^：:（()）\n]{0,30}?)\s*[（(]([^（()）\n]{1,8})[)）]\s*[：:]?\s*(\S.{0,14}?)\s*$/;
const MAX_LABELLED_LINE = 60;
/** A label that is only a growth (增长, 比上年增长, 增速): the change of the measure on the line before. */
const GROWTH_ONLY = /^(?:比上年|较上年|同比)?(?:增长|增速|增幅|增减)$/;
/** What may close such a line: a digit, a bound (6左右, 5以上) or a bracket of a figure over a plan ([25]). */
const LABELLED_END = /[\d左右上下内〕］\]]/;

/** 地区生产总值年均增长（%）: the yearly average is the period's, not the indicator's. */
const YEARLY_AT_END = /年均$/;

/**
 * Lines that give one measure each, its unit in brackets (地区生产总值（亿元）：2683.5), as data pages and
 * plans' lists of indicators write them. The number has no unit of its own, so the scanner reads no figure.
 */
export function labelledValues(layout: Layout, rules: CompiledRules): TableCell[] {
  const text = layout.text;
  const out: TableCell[] = [];
  let last: string | undefined;
  for (const line of layout.lines) {
    // Most lines are prose: one longer than a label and a figure, or ending otherwise than a figure, is none.
    let end = line.end;
    while (end > line.start && /\s/.test(text[end - 1]!)) end--;
    if (end === line.start || !LABELLED_END.test(text[end - 1]!) || end - line.start > MAX_LABELLED_LINE) {
      if (end > line.start) last = undefined;
      continue;
    }
    const lineText = text.slice(line.start, line.end);
    const m = LABELLED_VALUE.exec(lineText);
    const figure = m && /[\u4e00-\u9fff]/.test(m[1]!) ? figureIn(m[3]!, rules) : null;
    if (!m || !figure) {
      last = undefined;
      continue;
    }
    const label = m[1]!.trim();
    const percent = /^\s*[%％]\s*$/.test(m[2]!);
    const unit = percent ? { factor: 1, unit: '%' } : unitOf(m[2]!, rules);
    if (!unit) continue;
    const { m: n, comparator, cumulative, offset } = figure;
    const start = line.start + m.index + m[0].lastIndexOf(m[3]!) + offset + n.index + n[0].indexOf(n[1]!);
    const number = decimalFromString(n[1]!.replace(/,/g, ''));
    const common = { start, end: start + n[1]!.length, rule: 'quantity/labelled-value', ...(comparator ? { comparator } : {}) };
    if (GROWTH_ONLY.test(label)) {
      if (last && percent) out.push({ ...common, value: toNumber(number), unit: '%', measure: 'change', indicator: last });
      continue;
    }
    // 居民消费价格上涨（%）, 单位GDP能耗降低（%）: a label ending in a change verb gives that change.
    const change = percent ? rules.changeVerbs.matchEnd(label) : undefined;
    if (change && change.word.length > 1 && change.word.length < label.length) {
      const indicator = label.slice(0, -change.word.length).replace(YEARLY_AT_END, '');
      out.push({ ...common, value: change.value * toNumber(number), unit: '%', measure: 'change', indicator });
      last = indicator;
      continue;
    }
    // 城镇新增就业（万人）：[25]: a figure over the whole plan is its change there.
    out.push({ ...common, ...levelOrPlanChange(number, unit, cumulative), indicator: label });
    last = label;
  }
  return out;
}

/**
 * Statistical tables written as text (markdown rows, tab-separated lines, one cell per line): a header row names a unit
 * column (单位) and value columns; each row below gives its indicator in the first cell, the level in
 * its unit, and growth columns (增长%, 比上年±%) as changes in percent. `roc`: the text counts years by
 * the Republic calendar, so a column headed 113年 is of 2024.
 */
export function tableCells(layout: Layout, rules: CompiledRules, roc = false): { cells: TableCell[]; labels: { start: number; end: number }[] } {
  const text = layout.text;
  const out: TableCell[] = [];
  // The label cells of rows read: the numbers in them (0—15岁, 2025年) name the row, they are no figures.
  const labels: { start: number; end: number }[] = [];
  let header: Header | undefined;
  for (const cells of tableRows(text, layout.lines).rows) {
    if (!cells) {
      header = undefined;
      continue;
    }
    if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c.text))) continue;
    if (!cells.some((c) => figureIn(c.text, rules))) {
      // A row under a header with only dashes for figures (— —, 完成省下达任务) has none to give, and is no header.
      if (!(header && cells.some((c) => NO_FIGURE.test(c.text)))) header = readHeader(cells, layout, rules, roc);
      continue;
    }
    if (!header) continue;
    const { unitColumn, labelColumn } = header;
    const label = (cells[labelColumn]?.text.trim() ?? '').replace(PART_OF_ABOVE, '');
    // A table over years (年份 | 地区生产总值（亿元） | 增速（%）): each row is a year, each column a measure.
    const yearRow = YEAR_LABEL.exec(label);
    if (!/[\u4e00-\u9fff]/.test(label) && !yearRow) continue;
    const labelled = LABEL_UNIT.exec(label);
    const labelUnit = labelled ? unitOf(labelled[2]!, rules) : undefined;
    // 0—15岁（含不满16周岁）: a note in brackets, like a unit, is no part of the row's name.
    const named = labelled ? labelled[1]!.trim() : label;
    const change = yearRow ? null : ROW_CHANGE.exec(named);
    const rowIndicator = change ? named.slice(0, -change[1]!.length) : named;
    const sign = change && FALL.has(change[1]!) ? -1 : 1;
    const labelCell = cells[labelColumn];
    if (labelCell) labels.push({ start: labelCell.start, end: labelCell.start + labelCell.text.length });
    const rowUnit = (unitColumn >= 0 && cells[unitColumn] ? unitOf(cells[unitColumn]!.text, rules) : undefined) ?? labelUnit;
    cells.forEach((cell, k) => {
      if (k <= labelColumn || k === unitColumn) return;
      const figure = figureIn(cell.text, rules);
      if (!figure) return;
      const { m, comparator, cumulative, offset } = figure;
      const h = header!.cells[k] ?? '';
      const measured = header!.columnNames[k];
      const column = yearRow ? undefined : header!.columnMeasures[k];
      const indicator = yearRow ? columnMeasure(header!.cells, k, labelColumn) : measured && !rowIndicator.endsWith(measured) ? rowIndicator + measured : rowIndicator;
      if (!indicator) return;
      const year = yearRow ? Number(yearRow[1]) : header!.years[k];
      const kind = rules.columnKind(h);
      const start = cell.start + offset + m.index + m[0].indexOf(m[1]!);
      // A percent sign written in the cell belongs to its quote.
      const end = m[2] ? cell.start + cell.text.indexOf(m[2], start - cell.start) + 1 : start + m[1]!.length;
      const reportedYearPlan = kind === 'target' && year === undefined && REPORTED_YEAR_PLAN.test(h);
      const common = { start, end, indicator, rule: 'quantity/table-cell', ...(kind ? { kind } : {}), ...(comparator ? { comparator } : {}), ...(reportedYearPlan ? { reportedYearPlan } : {}), ...(year !== undefined ? { year } : {}), ...(column ? { column } : {}) };
      const number = decimalFromString(m[1]!);
      const unit = m[2] ? { factor: 1, unit: '%' } : (rowUnit ?? header!.columnUnits[k] ?? header!.tableUnit);
      // A row named for a change (地区生产总值增长（%）) gives changes in every column: in a unit of its own
      // (存款增加（亿元）) that much, otherwise in percent.
      if (change) {
        const absolute = unit && unit.unit !== '%' && !m[2] && rowUnit !== undefined;
        out.push({ ...common, value: sign * (absolute ? scaled(number, unit.factor) : toNumber(number)), unit: absolute ? unit.unit : '%', measure: 'change' });
        return;
      }
      // 城镇化率（%）〔4.5〕: a figure over the whole plan is its change there.
      if (cumulative && unit) {
        out.push({ ...common, ...levelOrPlanChange(number, unit, true) });
        return;
      }
      if (isChangeHeader(h)) {
        // 2025年 | 2030年 | 年均增长（%）: a yearly average runs over the years after the first column's.
        const { earliestYear: first, latestYear: last } = header!;
        const span = year === undefined && h.includes(YEARLY_AVERAGE) && first !== undefined && last !== undefined && first < last ? { span: { from: first + 1, to: last } } : {};
        out.push({ ...common, value: toNumber(number), unit: '%', measure: 'change', header: h, year: year ?? last, ...span });
        return;
      }
      if (!unit) return;
      out.push({ ...common, ...levelOrPlanChange(number, unit, false) });
    });
  }
  return { cells: out, labels };
}
