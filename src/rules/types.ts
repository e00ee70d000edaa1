/** Shapes of the rule files in rules/, as validated by schema/rules/*.schema.json. */

export type Comparator = '=' | '≈' | '>=' | '>' | '<=' | '<';

export interface UnitRule {
  id: string;
  unit: string;
  dimension: string;
  aliases: string[];
  notFollowedBy?: string[];
  requireBoundary?: boolean;
  nameBeforeNoun?: boolean;
  perOnly?: boolean;
  /** A power of ten the aliases hold over `unit` (兆瓦 is 10^3 千瓦). */
  scale?: number;
  /** With requireBoundary: clause verbs before the number after which the unit may run into its noun (召开3次全体会议). */
  countedAfter?: string[];
  /** Signs before the number that give this unit ($7,760億, US$3.2億), even where 元 follows. */
  prefixes?: string[];
  /** Another unit's alias read as this unit after words of this unit's domain (发电量12.6亿度). */
  contextAliases?: { alias: string; clauseWords: string[] }[];
}

export interface UnitsFile {
  version: number;
  description?: string;
  scales: { word: string; exp: number }[];
  units: UnitRule[];
}

export interface ComparatorCue {
  id: string;
  comparator: Comparator;
  position: 'before' | 'after';
  words: string[];
  /** Only after these canonical units. */
  units?: string[];
}

export interface ComparatorsFile {
  version: number;
  cues: ComparatorCue[];
}

export interface MeasureFile {
  version: number;
  increase: string[];
  decrease: string[];
  levelParticles: string[];
  adverbs: string[];
  /** 同比, 按年: right before a figure, they make it a change with no verb (同比+8.5%). */
  comparedAdverbs?: string[];
  baselinePrefixes: string[];
  decreaseWithObject: string[];
  levelContext: string[];
  rateNouns: string[];
}

export interface KindFile {
  version: number;
  targetClause: string[];
  /** Cues whose clause, without an actual cue, makes the later clauses of its sentence targets too. */
  sentenceTargetLead?: string[];
  /** A sentence's opening that directs what is to be done (要…, 各地要…): its clauses are targets. */
  directiveOpening?: { subjects?: string[]; words: string[]; notFollowedBy?: string[] };
  /** Target cues that mark no target under a review heading (预计全年…, 争取资金…). */
  weakInReview?: string[];
  /** Phrases in which a target cue is a noun of what was done (占年度计划的112%): not target cues. */
  notTargetPhrases?: string[];
  actualClause: string[];
  switchToActual: string[];
  switchToTarget: string[];
  planHeading: string[];
  reviewHeading: string[];
  /** Words that make a heading a review only where they open it (发展基础, not 夯实发展基础). */
  reviewHeadingOpeners?: string[];
  /** Words right after a figure that name it a target (的预期目标). */
  targetNamedAfter?: string[];
  /** Column header words that make a table's figures targets (2025年目标) … */
  targetColumn?: string[];
  /** … or results (2024年完成), checked first. */
  actualColumn?: string[];
  planDocumentTitle: string[];
  reviewDocumentTitle: string[];
  planStyle: string[];
  reviewStyle: string[];
  futureYearCue: string[];
  futureYearSuffix: string[];
  planTransition: string[];
}

interface IdRule {
  id: string;
  description?: string;
}

export interface NotRecordsFile {
  version: number;
  furnitureLine: IdRule & { words: string[]; labelOwners?: string[] };
  ordinalPrefix: IdRule & { words: string[] };
  /** A time of day (9时30分): `before` is a pattern the text before the minutes ends with. */
  clockTime?: IdRule & { units: string[]; before: string };
  durationInName?: IdRule & { units: string[]; after: string[]; afterPattern?: string };
  rateBase?: IdRule & { after: string[] };
  /** An age that bounds a group of people (60岁及以上人口): `afterPattern` is what follows the unit. */
  ageGroup?: IdRule & { units: string[]; afterPattern: string };
  /** A time limit opening a clause (3个月内完成整改): `beforePattern` is what the text before ends with, `afterPattern` what follows the unit. */
  deadline?: IdRule & { units: string[]; beforePattern: string; afterPattern: string };
  /** A text's notes (注释：…): `headings` open a note before its colon; `continuations` open lines of a block of notes besides notes' marks. */
  notes?: IdRule & { headings: string[]; continuations?: string[] };
  /** The base of a per-capita rate (每10万人口, 每100户): `before` are the words the base follows. */
  perBase?: IdRule & { before: string[] };
  /** units: the unit words as written after the number (位, 名), not canonical units. */
  rankMove?: IdRule & { units: string[]; verbs: string[] };
  relatedLinks?: IdRule & { headings: string[]; pageEnds?: string[]; maxLineChars: number };
  slogan: IdRule & { maxChineseValue: number; dimensions: string[]; quoteMaxLength: number };
  nameAfterNumber: IdRule & { words: string[] };
  codeNeighbours: IdRule;
  congress: IdRule & { words: string[] };
  ignorePhrases: IdRule & { phrases: string[] };
}

export interface IndicatorFile {
  version: number;
  dropLeading: string[];
  dropTrailing: string[];
  regionWords: string[];
  timePattern: string;
  baselinePattern: string;
  enumeratorPattern: string;
  netChangeWords: string[];
  rateEndings: string[];
  modifierOpeners: string[];
  trailingTimePattern: string;
  objectVerbs: string[];
  indicatorSuffixes: string[];
  genericHeads: string[];
  /** Heads naming the whole stock of what the figure before counted (总数). */
  stockHeads?: string[];
  /** Whole nouns that end in a dropTrailing word (初中, 高中). */
  keepTrailing?: string[];
  /** Words that make a numbered heading name a part of the report, not a measure (问题, 工作安排). */
  sectionHeadingWords?: string[];
  /** Clause openings that give the running total the figure before added to (累计达到). */
  stockLeads?: string[];
  /** Prefixes naming two things at once (城乡 = 城镇 and 农村), for subjects shared through 分别. */
  pairedPrefixes?: Record<string, string[]>;
  /** A pattern of the words that open what a figureless list of subjects did (实现双增长), before a 分别 clause. */
  listPredicates?: string;
  contrastPrefixes?: string[][];
  partQualifiers?: string[];
  thingsNamedLikeMeasures?: string[];
  /** Words ending like a measure adverb (均) that say what a figure is per (户均): kept in the indicator. */
  perQualifiers?: string[];
  /** Characters that make a dropLeading word part of a longer one (政府性, 完成率). */
  wordContinuations?: string[];
  /** For one dropLeading word, what makes it part of a longer word (有效, 有机). */
  wordContinuationsFor?: Record<string, string[]>;
  /** One-character change verbs that end no noun (升, 跌): cut from an indicator's end. */
  oneCharChangeEnds?: string[];
  /** A bare head and the head it pairs with (支出: 收入), for an account named once for both. */
  counterparts?: Record<string, string>;
  /** Bare heads (产量) that measure the subject of the figure before when its indicator ends in one of `measures` (种植面积). */
  headsOfSubject?: { heads: string[]; measures: string[] };
  /** Words of planning after whoever plans (法院将力争…): the indicator starts after them. */
  /** Measures a category named alone shares with the category before it (…企业增加值…，股份制企业增长…). */
  sharedHeads?: { heads: string[]; categories: string[] };
  /** Bodies that report their own figures (高新区实现…): dropped before one of the verbs. */
  reportingBodies?: { words: string[]; verbs: string[] };
  actorPlanCues?: { always: string[]; beforeAction: string[] };
}

export interface QuantitiesFile {
  version: number;
  /** `nouns` (quantity/implied-unit): the noun before a unitless number, with the unit it implies; `nounsAfter`, a noun right after it. */
  patterns: (IdRule & { enabled?: boolean; nouns?: Record<string, string>; nounsAfter?: Record<string, string> })[];
}

export interface CatalogueEntry {
  id: string;
  name: string;
  aliases: string[];
  dimensions: string[];
}

export interface IndicatorsFile {
  version: number;
  indicators: CatalogueEntry[];
}

export interface PeriodsFile {
  version: number;
  plans: { id: string; names: string[]; start: number; end: number }[];
  spanOpeners: Record<string, number>;
  /** Words for the years ahead (今后五年), with how many years they cover from the planned year. */
  spansAhead?: Record<string, number>;
  /** Words by which a target without a year speaks of the year the document is dated in (全年, 年内). */
  yearOfTheDate?: string[];
  relativeYears: Record<string, number>;
  /** Relative years that count from the year a review reports (上年, 本年), not from the date it was written. */
  reviewedRelativeYears?: string[];
  /** Words after a relative year that make it part of a term (上年结转), not a time. */
  relativeYearNotBefore?: string[];
  reviewedYearPatterns: string[];
  plannedYearPatterns: string[];
  /** 一季度 -> 3; a pattern without endMonth gives the month as its first group (1—5月). */
  partsOfYear?: { pattern: string; endMonth?: number }[];
  throughout: string[];
  flowWords: string[];
  /** Figures of a whole span whatever verb reaches them (贡献率, 年均). */
  spanRates?: string[];
}

export type PlaceLevel = 'province' | 'city' | 'county' | 'township';

export interface PlacesFile {
  version: number;
  levels: { level: PlaceLevel; suffixes: string[]; self: string[]; selfWhenNamed?: Record<string, string[]> }[];
  nation: { name: string; self: string[] };
  /** Places written without their suffix (香港), with their full name and level. */
  shortNames?: Record<string, { name: string; level: PlaceLevel }>;
  /** Areas a title names as the body reporting (滨湖新区2025年政府工作报告): the document's place. */
  titledAreas?: { suffixes: string[]; level: PlaceLevel; before: string[] };
  notPlaces: string[];
  notStems: string[];
  /** Words that never stand inside a place's stem (我代表省人民政府). */
  notStemWords?: string[];
  /** Characters listed in notStems that may still end a stem (郑州市). */
  stemEndsDespite?: string[];
  /** Characters that never end a place's stem (农业大省). */
  notStemEnds?: string[];
  /** Characters of notStemEnds that end a two-character stem standing on its own (盐城市, not 文明城市). */
  boundStemEnds?: string[];
  /** Suffixes whose names may have longer stems, with the longest. */
  longStemSuffixes?: Record<string, number>;
  weakSuffixes: string[];
}

/** Every rule file by its name in rules/, without the .json ending. */
export interface RuleFiles {
  units: UnitsFile;
  comparators: ComparatorsFile;
  measure: MeasureFile;
  kind: KindFile;
  'not-records': NotRecordsFile;
  indicator: IndicatorFile;
  quantities: QuantitiesFile;
  indicators: IndicatorsFile;
  periods: PeriodsFile;
  places: PlacesFile;
}

export const RULE_FILE_NAMES = ['units', 'comparators', 'measure', 'kind', 'not-records', 'indicator', 'quantities', 'indicators', 'periods', 'places'] as const satisfies readonly (keyof RuleFiles)[];
