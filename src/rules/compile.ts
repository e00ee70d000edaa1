import type { Comparator, KindFile, NotRecordsFile, PlaceLevel, PlacesFile, RuleFiles, UnitRule } from './types.js';
import type { LoadedRules } from './load.js';
import { isHan } from '../text/chars.js';

export interface UnitEntry {
  alias: string;
  rule: UnitRule;
}

/**
 * Words grouped by first character, longest first, so a match at a position costs one map lookup.
 * Keyed by code unit: a CJK character read out of the text as a string is a new string to hash.
 */
export class WordIndex<T> {
  private readonly byFirst = new Map<number, { word: string; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [word, value] of entries) {
      if (!word) continue;
      const key = word.charCodeAt(0);
      const list = this.byFirst.get(key) ?? [];
      list.push({ word, value });
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** Longest word starting at `pos`. */
  matchAt(text: string, pos: number): { word: string; value: T } | undefined {
    const list = this.byFirst.get(text.charCodeAt(pos));
    if (!list) return undefined;
    for (const entry of list) if (text.startsWith(entry.word, pos)) return entry;
    return undefined;
  }

  /**
   * The words that begin with the character at `pos`, longest first, for the caller to test with
   * `startsWith`: a plain loop over them allocates nothing, where a generator made objects per call.
   */
  candidatesAt(text: string, pos: number): readonly { word: string; value: T }[] | undefined {
    return this.byFirst.get(text.charCodeAt(pos));
  }
}

/** Words grouped by last character (code unit), longest first, for suffix tests: one map lookup per test. */
export class SuffixList<T> {
  private readonly byLast = new Map<number, { word: string; value: T }[]>();
  constructor(entries: Iterable<[string, T]>) {
    for (const [word, value] of [...entries].sort((a, b) => b[0].length - a[0].length)) {
      if (!word) continue;
      const key = word.charCodeAt(word.length - 1);
      const list = this.byLast.get(key) ?? [];
      list.push({ word, value });
      this.byLast.set(key, list);
    }
  }
  matchEnd(text: string, end = text.length): { word: string; value: T } | undefined {
    const list = this.byLast.get(text.charCodeAt(end - 1));
    if (!list) return undefined;
    for (const e of list) {
      const start = end - e.word.length;
      if (start >= 0 && text.startsWith(e.word, start)) return e;
    }
    return undefined;
  }
}

export interface ComparatorHit {
  comparator: Comparator;
  id: string;
  /** The units the cue bounds, where it bounds only some. */
  units?: ReadonlySet<string>;
}

function words(list: string[]): SuffixList<true> {
  return new SuffixList(list.map((w) => [w, true] as [string, true]));
}

/** The same words, matched where they start (WordIndex.matchAt). */
function wordIndex(list: string[]): WordIndex<true> {
  return new WordIndex(list.map((w) => [w, true] as [string, true]));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Plan words that follow whoever plans (法院将力争…), for the indicator to start after them. */
export interface ActorPlanCue {
  re: RegExp;
  /** The words that cut wherever they stand; the others only before an object verb with its object. */
  always: ReadonlySet<string>;
}

/** One regular expression for a word list, longest first: a single pass instead of one search per word. */
export function alternation(list: string[], flags = ''): RegExp {
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.length ? sorted.map(escapeRegExp).join('|') : '(?!)', flags);
}

/** Target cues in a text, after the phrases where such a word is only a noun (占年度计划的) are left out. */
function targetCues(cues: string[], notTarget: RegExp): (text: string) => string | undefined {
  const find = containsAny(cues);
  // Most clauses hold no cue at all: only one that does is read again without the phrases that are none.
  return (text) => (find(text) === undefined ? undefined : find(text.replace(notTarget, '')));
}

function directiveOpening(d: KindFile['directiveOpening']): CompiledRules['directiveOpening'] {
  if (!d || d.words.length === 0) return undefined;
  const subjects = d.subjects?.length ? `(?:${alternation(d.subjects).source})?` : '';
  const not = d.notFollowedBy?.length ? `(?!${alternation(d.notFollowedBy).source})` : '';
  return { re: new RegExp(`^${subjects}(?:${alternation(d.words).source})${not}[\\u4e00-\\u9fff]`), firstChars: new Set(d.words.map((w) => w.charCodeAt(0))) };
}

function notesRule(n: NotRecordsFile['notes']): CompiledRules['notes'] {
  if (!n) return undefined;
  const marks = `[\\[［【(（][ \\t]*[0-9０-９]{1,2}[ \\t]*[\\]］】)）]|[①-⑳]|[0-9０-９]{1,2}[.．、](?![0-9０-９])`;
  const words = n.continuations?.length ? `|${alternation(n.continuations).source}` : '';
  return {
    line: new RegExp(`^[ \\t\\u3000]*(?:${alternation(n.headings).source})[ \\t\\u3000]*[0-9０-９]{0,2}[ \\t\\u3000]*[：:](.*)$`, 'm'),
    continuation: new RegExp(`^[ \\t\\u3000]*(?:${marks}${words})`),
    headings: n.headings,
  };
}

function startsWithAny(list: string[]): (text: string) => string | undefined {
  if (list.length === 0) return () => undefined;
  const re = new RegExp(`^\\s*(?:${alternation(list).source})`);
  return (text) => re.exec(text)?.[0].trim();
}

/** Every plan word of `cues`, and which of them cut wherever they stand (力争) rather than only before a verb (将, 计划). */
function actorPlanCue(cues: { always: string[]; beforeAction: string[] } | undefined): ActorPlanCue | undefined {
  if (!cues || cues.always.length + cues.beforeAction.length === 0) return undefined;
  return { re: alternation([...cues.always, ...cues.beforeAction], 'g'), always: new Set(cues.always) };
}

function containsAny(list: string[]): (text: string) => string | undefined {
  const re = alternation(list);
  return (text) => re.exec(text)?.[0];
}

/**
 * The furniture words in a line, with where each stands. A label with its colon (来源：, 编辑：) after a Han
 * character is a word of the prose (资金来源：), not the page's byline.
 */
function furnitureWords(list: string[], owners: string[]): (line: string) => { start: number; end: number }[] {
  const re = alternation(list, 'g');
  return (line) => {
    const found: { start: number; end: number }[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const labelled = /[：:]$/.test(m[0]);
      const at = m.index;
      if (labelled && at > 0 && isHan(line[at - 1]) && !owners.some((w) => line.startsWith(w, at - w.length))) continue;
      found.push({ start: m.index, end: m.index + m[0].length });
    }
    return found;
  };
}

/** 2024年完成 → actual, 2025年目标 → target; a result word wins (预计完成, 完成计划% are results). */
function columnKind(actualWords: string[], targetWords: string[]): (header: string) => 'actual' | 'target' | undefined {
  const actual = containsAny(actualWords);
  const target = containsAny(targetWords);
  return (header) => {
    // 一般公共预算收入（亿元）: the name of an account, not a column of budgeted figures.
    const h = header.includes('预算') ? header.replace(BUDGET_ACCOUNT, '') : header;
    return actual(h) ? 'actual' : target(h) ? 'target' : undefined;
  };
}

/** Accounts named for the budget they belong to: 一般公共预算收入 is revenue, whether planned or done. */
const BUDGET_ACCOUNT = /(?:一般公共|政府性基金|国有资本经营|社会保险基金|公共)预算(?=收入|支出)/g;

/** Each word of the contrast groups, with every word it stands beside in any group (农村: 城镇, 城市, 乡村, 城区, 郊区). */
function contrastIndex(groups: string[][]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    for (const w of group) {
      const others = index.get(w) ?? [];
      for (const o of group) if (o !== w && !others.includes(o)) others.push(o);
      index.set(w, others);
    }
  }
  return index;
}

/** The place rules in the shapes the place index reads. */
export interface PlaceRules {
  notPlaces: Set<string>;
  notStem: Set<string>;
  notStemWords: WordIndex<true>;
  /** The length of the longest of notStemWords: how far before a stem's start one may begin and reach into it. */
  notStemWordLongest: number;
  notStemEnd: Set<string>;
  mayEndStem: Set<string>;
  boundStemEnd: Set<string>;
  longStems: Record<string, number>;
  suffixes: { s: string; level: PlaceLevel }[];
  suffixChars: Set<string>;
  weak: Set<string>;
  /** For each suffix, the longer ones that end with it (区: 自治区, 地区). */
  longerSuffixes: Map<string, string[]>;
}

function placeRules(p: PlacesFile): PlaceRules {
  const suffixes = p.levels.flatMap((l) => l.suffixes.map((s) => ({ s, level: l.level }))).sort((a, b) => b.s.length - a.s.length);
  return {
    notPlaces: new Set(p.notPlaces),
    notStem: new Set(p.notStems),
    notStemWords: wordIndex(p.notStemWords ?? []),
    notStemWordLongest: Math.max(0, ...(p.notStemWords ?? []).map((w) => w.length)),
    notStemEnd: new Set(p.notStemEnds ?? []),
    boundStemEnd: new Set(p.boundStemEnds ?? []),
    mayEndStem: new Set(p.stemEndsDespite ?? []),
    longStems: p.longStemSuffixes ?? {},
    suffixes,
    suffixChars: new Set([...suffixes.map((x) => x.s[0]!), '村']),
    weak: new Set(p.weakSuffixes),
    longerSuffixes: new Map(suffixes.map(({ s }) => [s, suffixes.filter((x) => x.s.length > s.length && x.s.endsWith(s)).map((x) => x.s)])),
  };
}

export interface CompiledRules {
  places: PlaceRules;
  version: string;
  files: RuleFiles;
  jiebaUserDict: string | undefined;
  scaleExp: Map<string, number>;
  units: WordIndex<UnitRule>;
  /** units.json prefixes: the signs before a number that give its unit ($, HK$, US$), by their last character. */
  unitPrefixes: SuffixList<UnitRule>;
  comparatorAfter: WordIndex<ComparatorHit>;
  comparatorBefore: SuffixList<ComparatorHit>;
  /** Growth words (1) and decline words (-1) in one list: the longest at an end wins, 负增长 over 增长. */
  changeVerbs: SuffixList<1 | -1>;
  levelParticles: WordIndex<true>;
  measureAdverbs: SuffixList<true>;
  comparedAdverbs: SuffixList<true>;
  perQualifiers: SuffixList<true>;
  /** The same, matched where they start (日均 of 日均新设). */
  perQualifierAt: WordIndex<true>;
  wordContinuations: WordIndex<true>;
  wordContinuationsFor: Map<string, WordIndex<true>>;
  counterparts: Map<string, string>;
  /** indicator.json contrastPrefixes: each word, and the words that stand for it before the same measure. */
  contrastPrefixes: Map<string, string[]>;
  /** indicator.json partQualifiers: words that alone after 其中 name a part of the figure before. */
  partQualifiers: Set<string>;
  /** indicator.json thingsNamedLikeMeasures: 化学需氧量, a substance though it ends in 量. */
  thingsNamedLikeMeasures: Set<string>;
  oneCharChangeEnds: Set<string>;
  decreaseWithObject: WordIndex<true>;
  levelContext: (text: string) => string | undefined;
  rateNouns: SuffixList<true>;
  targetClause: (text: string) => string | undefined;
  sentenceTargetLead: (text: string) => string | undefined;
  /** kind.json directiveOpening: a sentence that opens so directs what is to be done, and the first characters of its words. */
  directiveOpening: { re: RegExp; firstChars: Set<number> } | undefined;
  /** kind.json weakInReview, as a 'g' alternation to take out of a clause under a review heading. */
  weakInReview: RegExp;
  actualClause: (text: string) => string | undefined;
  switchToActual: (text: string) => string | undefined;
  switchToTarget: (text: string) => string | undefined;
  planHeading: (text: string) => string | undefined;
  reviewHeading: (text: string) => string | undefined;
  reviewHeadingOpener: (text: string) => string | undefined;
  planTitle: (text: string) => string | undefined;
  reviewTitle: (text: string) => string | undefined;
  planStyle: RegExp;
  /** kind.json notTargetPhrases: where a plan word is only the noun of a result (占年度计划的). */
  notTargetPhrases: RegExp;
  planTransition: (text: string) => string | undefined;
  /** kind.json targetNamedAfter: the words after a figure that name it a target (的预期目标), if they stand at the start. */
  targetNamedAfter: (text: string) => string | undefined;
  /** The kind a table column's header gives its figures (2024年完成, 2025年目标), if any. */
  columnKind: (header: string) => 'actual' | 'target' | undefined;
  reviewStyle: RegExp;
  /** Where a page's furniture words stand in a line, in order (来源：, 浏览次数, 上一篇). */
  furniture: (line: string) => { start: number; end: number }[];
  ordinalPrefix: SuffixList<true>;
  /** The hour before a clock time's minutes, when the rules name one. */
  clockHourBefore: RegExp | undefined;
  nameAfterNumber: WordIndex<true>;
  durationNameAfter: WordIndex<true>;
  durationNameAfterPattern: RegExp | undefined;
  rateBaseAfter: WordIndex<true>;
  ageGroupAfter: RegExp | undefined;
  /** not-records.json deadline: what the text before a time limit ends with, and what follows its unit. */
  deadline: { before: RegExp; after: RegExp } | undefined;
  perBaseBefore: SuffixList<true>;
  /** not-records rankMove verbs, matched at the end of the words before a figure. */
  rankMoveBefore: SuffixList<true>;
  /** Any heading of a related-articles list, anywhere in a text: one search says most texts have none. */
  relatedHeading: RegExp | undefined;
  /**
   * not-records notes: `line`, a line opening with a note's heading and colon (注释：, 注1：), with what follows
   * the colon as group 1; `continuation`, a line of a block of notes, opening with a note's mark ([1], ①, 1.)
   * or a continuation word; `headings`, the words searched for first.
   */
  notes: { line: RegExp; continuation: RegExp; headings: string[] } | undefined;
  congress: WordIndex<true>;
  dropLeading: WordIndex<true>;
  dropTrailing: SuffixList<true>;
  regionWords: WordIndex<true>;
  /** 高新区, 该县: dropped from an indicator's start when one of reportingVerbs follows. */
  reportingBodies: WordIndex<true>;
  reportingVerbs: WordIndex<true>;
  /** indicator.json listPredicates: what opens the predicate of a figureless list before 分别 (实现双增长). */
  listPredicate: RegExp | undefined;
  /** indicator.json sharedHeads: measures a category named alone shares, and the endings of categories. */
  sharedHeads: SuffixList<true>;
  sharedHeadCategories: SuffixList<true>;
  regionEnd: SuffixList<true>;
  timeAtStart: RegExp;
  baselineAtEnd: RegExp;
  enumeratorAtStart: RegExp;
  netChange: Set<string>;
  rateEnd: RegExp;
  modifierOpener: RegExp;
  trailingTime: RegExp;
  objectVerbs: Set<string>;
  objectVerbIndex: WordIndex<true>;
  objectVerbEnd: SuffixList<true>;
  indicatorSuffixes: SuffixList<true>;
  genericHeads: Set<string>;
  stockHeads: Set<string>;
  stockLead: (text: string) => string | undefined;
  /** Every plan word in a segment that someone's planning opens (将力争, 计划新建), for the indicator to start after. */
  actorPlanCue: ActorPlanCue | undefined;
  /** Bare heads that measure the subject of the figure before (产量 after 油料种植面积), and the measures that end it. */
  subjectHeads: Set<string>;
  subjectMeasures: SuffixList<true>;
  sectionHeading: (text: string) => string | undefined;
  keepTrailing: SuffixList<true>;
  /** quantity/implied-unit, when enabled: the nouns that say what a unitless number counts, with its unit rule. */
  impliedUnits: SuffixList<UnitRule> | undefined;
  /** quantity/implied-unit nounsAfter: nouns right after a unitless number that say what it counts. */
  impliedUnitsAfter: SuffixList<UnitRule> | undefined;
  /** quantity/duration-years, when enabled: the nouns of a length of time before a number of years (年限). */
  durationNouns: SuffixList<UnitRule> | undefined;
  /** Nouns of a ratio to one (收入比), before its first term alone. */
  ratioNouns: SuffixList<UnitRule> | undefined;
  /** units.json contextAliases: an alias of one unit read as another after the words of its domain. */
  contextUnits: { alias: string; words: string[]; rule: UnitRule }[];
  /** periods.json partsOfYear, compiled: the month a part of a year named without its year ends in. */
  partOfYearEnd: (text: string) => number | undefined;
  patternEnabled: (id: string) => boolean;
}

export function compileRules(loaded: LoadedRules): CompiledRules {
  const f = loaded.files;
  const unitEntries: [string, UnitRule][] = [];
  for (const u of f.units.units) for (const a of u.aliases) unitEntries.push([a, u]);
  const after: [string, ComparatorHit][] = [];
  const before: [string, ComparatorHit][] = [];
  for (const cue of f.comparators.cues) {
    const units = cue.units ? new Set(cue.units) : undefined;
    for (const w of cue.words) (cue.position === 'after' ? after : before).push([w, { comparator: cue.comparator, id: cue.id, ...(units ? { units } : {}) }]);
  }
  const enabled = new Map(f.quantities.patterns.map((p) => [p.id, p.enabled !== false]));
  const k = f.kind;
  const ind = f.indicator;
  const notTarget = alternation(k.notTargetPhrases ?? [], 'g');
  return {
    places: placeRules(f.places),
    version: loaded.version,
    files: f,
    jiebaUserDict: loaded.jiebaUserDict,
    scaleExp: new Map(f.units.scales.map((s) => [s.word, s.exp])),
    units: new WordIndex(unitEntries),
    unitPrefixes: new SuffixList(f.units.units.flatMap((u) => (u.prefixes ?? []).map((x): [string, UnitRule] => [x, u]))),
    comparatorAfter: new WordIndex(after),
    comparatorBefore: new SuffixList(before),
    // Growth words first: of two as long, the growth word wins.
    changeVerbs: new SuffixList<1 | -1>([...f.measure.increase.map((w) => [w, 1] as [string, 1]), ...f.measure.decrease.map((w) => [w, -1] as [string, -1])]),
    levelParticles: wordIndex(f.measure.levelParticles),
    measureAdverbs: words(f.measure.adverbs),
    comparedAdverbs: words(f.measure.comparedAdverbs ?? []),
    perQualifiers: words(f.indicator.perQualifiers ?? []),
    perQualifierAt: wordIndex(f.indicator.perQualifiers ?? []),
    wordContinuations: wordIndex(f.indicator.wordContinuations ?? []),
    wordContinuationsFor: new Map(Object.entries(f.indicator.wordContinuationsFor ?? {}).map(([word, list]) => [word, wordIndex(list)])),
    counterparts: new Map(Object.entries(f.indicator.counterparts ?? {})),
    contrastPrefixes: contrastIndex(f.indicator.contrastPrefixes ?? []),
    partQualifiers: new Set(f.indicator.partQualifiers ?? []),
    thingsNamedLikeMeasures: new Set(f.indicator.thingsNamedLikeMeasures ?? []),
    oneCharChangeEnds: new Set(f.indicator.oneCharChangeEnds ?? []),
    decreaseWithObject: wordIndex(f.measure.decreaseWithObject),
    levelContext: containsAny(f.measure.levelContext),
    rateNouns: words(f.measure.rateNouns),
    targetClause: targetCues(k.targetClause, notTarget),
    sentenceTargetLead: targetCues(k.sentenceTargetLead ?? [], notTarget),
    directiveOpening: directiveOpening(k.directiveOpening),
    weakInReview: alternation(k.weakInReview ?? [], 'g'),
    actualClause: containsAny(k.actualClause),
    switchToActual: containsAny(k.switchToActual),
    switchToTarget: containsAny(k.switchToTarget),
    planHeading: containsAny(k.planHeading),
    reviewHeading: containsAny(k.reviewHeading),
    reviewHeadingOpener: startsWithAny(k.reviewHeadingOpeners ?? []),
    planTitle: targetCues(k.planDocumentTitle, notTarget),
    reviewTitle: containsAny(k.reviewDocumentTitle),
    planStyle: alternation(k.planStyle, 'g'),
    notTargetPhrases: notTarget,
    planTransition: containsAny(k.planTransition),
    columnKind: columnKind(k.actualColumn ?? [], k.targetColumn ?? []),
    targetNamedAfter: startsWithAny(k.targetNamedAfter ?? []),
    reviewStyle: alternation(k.reviewStyle, 'g'),
    furniture: furnitureWords(f['not-records'].furnitureLine.words, f['not-records'].furnitureLine.labelOwners ?? []),
    ordinalPrefix: words(f['not-records'].ordinalPrefix.words),
    clockHourBefore: f['not-records'].clockTime ? new RegExp(f['not-records'].clockTime.before) : undefined,
    nameAfterNumber: wordIndex(f['not-records'].nameAfterNumber.words),
    relatedHeading: f['not-records'].relatedLinks ? alternation(f['not-records'].relatedLinks.headings) : undefined,
    notes: notesRule(f['not-records'].notes),
    ageGroupAfter: f['not-records'].ageGroup ? new RegExp(f['not-records'].ageGroup.afterPattern) : undefined,
    deadline: f['not-records'].deadline ? { before: new RegExp(f['not-records'].deadline.beforePattern), after: new RegExp(f['not-records'].deadline.afterPattern) } : undefined,
    perBaseBefore: words(f['not-records'].perBase?.before ?? []),
    rateBaseAfter: wordIndex(f['not-records'].rateBase?.after ?? []),
    rankMoveBefore: words(f['not-records'].rankMove?.verbs ?? []),
    durationNameAfterPattern: f['not-records'].durationInName?.afterPattern ? new RegExp(f['not-records'].durationInName.afterPattern) : undefined,
    durationNameAfter: wordIndex(f['not-records'].durationInName?.after ?? []),
    congress: wordIndex(f['not-records'].congress.words),
    dropLeading: wordIndex(ind.dropLeading),
    dropTrailing: words(ind.dropTrailing),
    regionWords: wordIndex(ind.regionWords),
    reportingBodies: wordIndex(ind.reportingBodies?.words ?? []),
    reportingVerbs: wordIndex(ind.reportingBodies?.verbs ?? []),
    listPredicate: ind.listPredicates ? new RegExp(ind.listPredicates) : undefined,
    sharedHeads: words(ind.sharedHeads?.heads ?? []),
    sharedHeadCategories: words(ind.sharedHeads?.categories ?? []),
    regionEnd: words(ind.regionWords),
    // 到2027年 / 截至2024年底 opening an indicator: the year with the word that points to it.
    timeAtStart: new RegExp(`^(?:到|至|截至|截止|于|於)?(?:${ind.timePattern})`),
    baselineAtEnd: new RegExp(ind.baselinePattern),
    enumeratorAtStart: new RegExp(ind.enumeratorPattern),
    netChange: new Set(ind.netChangeWords),
    rateEnd: new RegExp(`(?:${alternation(ind.rateEndings).source})$`),
    modifierOpener: new RegExp(`^(?:${alternation(ind.modifierOpeners).source})`),
    trailingTime: new RegExp(ind.trailingTimePattern),
    objectVerbs: new Set(ind.objectVerbs),
    objectVerbIndex: wordIndex(ind.objectVerbs),
    objectVerbEnd: words(ind.objectVerbs),
    indicatorSuffixes: words(ind.indicatorSuffixes),
    genericHeads: new Set(ind.genericHeads),
    stockHeads: new Set(ind.stockHeads ?? []),
    stockLead: startsWithAny(ind.stockLeads ?? []),
    actorPlanCue: actorPlanCue(ind.actorPlanCues),
    subjectHeads: new Set(ind.headsOfSubject?.heads ?? []),
    subjectMeasures: words(ind.headsOfSubject?.measures ?? []),
    sectionHeading: containsAny(ind.sectionHeadingWords ?? []),
    keepTrailing: words(ind.keepTrailing ?? []),
    impliedUnits: impliedUnits(f),
    impliedUnitsAfter: impliedUnits(f, 'quantity/implied-unit', 'nounsAfter'),
    durationNouns: impliedUnits(f, 'quantity/duration-years'),
    ratioNouns: impliedUnits(f, 'quantity/ratio-to-one'),
    contextUnits: f.units.units.flatMap((rule) => (rule.contextAliases ?? []).map((c) => ({ alias: c.alias, words: c.clauseWords, rule }))),
    partOfYearEnd: partOfYearFinder(f.periods.partsOfYear ?? []),
    patternEnabled: (id) => enabled.get(id) ?? false,
  };
}

/**
 * The month in which the first part of a year that the text names without its year ends (一季度 -> 3,
 * 1—5月 -> 5). 2024年一季度 and 去年一季度 carry their year and are passed over.
 */
function partOfYearFinder(parts: { pattern: string; endMonth?: number }[]): (text: string) => number | undefined {
  const compiled = parts.map((p) => ({ re: new RegExp(`(?<!年)(?:${p.pattern})`), endMonth: p.endMonth }));
  return (text) => {
    let best: { at: number; month: number } | undefined;
    for (const { re, endMonth } of compiled) {
      const m = re.exec(text);
      if (!m || (best && m.index >= best.at)) continue;
      const month = endMonth ?? Number(m[1]);
      if (month >= 1 && month <= 12) best = { at: m.index, month };
    }
    return best?.month;
  };
}

function impliedUnits(f: RuleFiles, id = 'quantity/implied-unit', field: 'nouns' | 'nounsAfter' = 'nouns'): SuffixList<UnitRule> | undefined {
  const pattern = f.quantities.patterns.find((p) => p.id === id);
  const nouns = pattern?.[field];
  if (!nouns || pattern.enabled === false) return undefined;
  const byUnit = new Map(f.units.units.map((u) => [u.unit, u]));
  const entries: [string, UnitRule][] = [];
  for (const [noun, unit] of Object.entries(nouns)) {
    const rule = byUnit.get(unit);
    if (!rule) throw new Error(`quantities.json: ${id} gives ${noun} the unit ${unit}, which units.json does not define`);
    entries.push([noun, rule]);
  }
  return new SuffixList(entries);
}
