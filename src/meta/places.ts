import { CharSet, isHan } from '../text/chars.js';
import type { CompiledRules } from '../rules/compile.js';
import type { PlaceLevel } from '../rules/types.js';
import type { Tagger } from '../text/segment.js';

export interface Place {
  name: string;
  level: PlaceLevel;
}

const LEVEL_RANK: Record<PlaceLevel | 'nation', number> = { nation: 0, province: 1, city: 2, county: 3, township: 4 };
const HAN = /^[\u4e00-\u9fff]+$/;
const FIGURE_START = /^[0-9０-９]/;
/** A numeral just before a name's first character makes that character a unit of the figure (2025年青川市 is a year, then 青川市). */
const FIGURE_END = /[0-9０-９〇零一二三四五六七八九十]/;
const CLAUSE_OPEN = new Set([...'，,；;：:。、']);
/** The longest stem of a place's name (老河口市, 黑龙江省) but for the suffixes given longer ones in places.json. */
const MAX_STEM = 4;
/** A suffix character followed by one of these ends a common word (市场, 县级, 区域), not a place. */
const NOT_AFTER = new CharSet(['场', '民', '值', '容', '貌', '情', '级', '属', '直', '域', '内', '外', '长', '委', '政', '里', '际']);

/**
 * The words that open with a NOT_AFTER character yet leave the suffix a suffix: 市政府 and 县政协 (a place's
 * own bodies), 省外贸 and 县外出务工 (外贸, 外出), 市民政局 and 县民族中学 (民政, 民族).
 */
const STILL_SUFFIX_BEFORE: ReadonlyMap<string, CharSet> = new Map([
  ['政', new CharSet(['府', '协'])],
  ['外', new CharSet(['贸', '出'])],
  ['民', new CharSet(['政', '族'])],
]);

/** 地区生产总值 (regional GDP): its 地区 is never a place suffix. */
const GDP_WORDS = '地区生产';

/** Whether a word of notStemWords begins before `start` and runs past it (根据 of 根据青川县, 共产党 of 中国共产党青川县): a stem never opens inside one. */
function opensInside(rules: CompiledRules['places'], text: string, start: number): boolean {
  for (let o = 1; o < rules.notStemWordLongest && start - o >= 0; o++) {
    const m = rules.notStemWords.matchAt(text, start - o);
    if (m && m.word.length > o) return true;
  }
  return false;
}

/** Whether `test` holds at some index of `text` (HAN-only stems have no surrogate pairs): no array per test. */
function someChar(text: string, test: (k: number) => boolean): boolean {
  for (let k = 0; k < text.length; k++) if (test(k)) return true;
  return false;
}

/** First characters of a place's words for itself (我区, 本区, 全区, 该区, 各区), which name no place. */
const SELF_OPENERS = new Set([...'我本全该各']);

/** What a title may open with before the area it names: 关于, and a period (2025年, 前三季度, 1-9月, 上半年). */
const TITLE_OPENING = /^(?:关于)?(?:(?:19|20)\d\d\s*年度?)?(?:前[一二三四五六七八九十0-9]{1,2}(?:个月|季度)|[一二三四第]{1,2}季度|[上下]半年|[0-9]{1,2}\s*[-—–~至]\s*[0-9]{1,2}\s*月(?:份)?)?/;

/** The area a title names as the body reporting (滨湖新区 in 滨湖新区2025年政府工作报告), if any. */
function titledArea(title: string, rule: { suffixes: string[]; before: string[] } | undefined): string | undefined {
  if (!rule) return undefined;
  const line = title.trim();
  for (const suffix of rule.suffixes) {
    for (let i = line.indexOf(suffix); i >= 0; i = line.indexOf(suffix, i + 1)) {
      // The name opens the title, after its period if any (2025年前三季度滨湖新区经济运行情况), with a stem of
      // its own (临江经济技术开发区, not 开发区 alone).
      const opening = TITLE_OPENING.exec(line)![0].length;
      const name = line.slice(opening, i + suffix.length);
      // 关于我区…的报告: 我区 is the document's own words for its place, no name.
      if (i - opening < 2 || !/^[\u4e00-\u9fff]+$/.test(name) || rule.suffixes.includes(name) || SELF_OPENERS.has(name[0]!)) continue;
      const rest = line.slice(i + suffix.length).replace(/^\s*(?:(?:19|20)\d\d\s*年(?:度)?)?/, '');
      if (rule.before.some((w) => rest.startsWith(w))) return name;
    }
  }
  return undefined;
}

/**
 * The places a document names, found from administrative suffixes (省, 市, 县, 区, 镇 …): for each
 * mention, the stem of two to four characters that recurs most, so 地处麻山腹地的长顺县 gives 长顺县.
 * The document's own place is the one of the level its 全市/全县 phrases speak for, preferring the title.
 */
export class PlaceIndex {
  readonly places = new Map<string, Place>();
  /** Township stems written bare in labels (广顺：…), mapped to their full names. */
  readonly stems = new Map<string, Place>();
  readonly docRegion: string | undefined;
  readonly docLevel: PlaceLevel | 'nation' | undefined;
  private readonly nation: string;
  private readonly scanOrder: string[];
  /** Words for a whole place of a level (全省, 我国), longest first: a clause opening with one is about that place. */
  private readonly wholeWords: { word: string; level: PlaceLevel | 'nation' }[];
  /** Such words that speak for another level in this text (全区 in a 自治区's text speaks for the region). */
  private readonly wholeWordLevels = new Map<string, PlaceLevel>();

  constructor(text: string, title: string, rules: CompiledRules, override?: string, tagger?: Tagger) {
    const p = rules.files.places;
    this.nation = p.nation.name;
    // Only 全… and 我… words: 国家 and 国内 open names (国家级, 国内生产总值) as often as they mean the nation.
    const whole = (w: string) => w.startsWith('全') || w.startsWith('我');
    this.wholeWords = [...p.levels.flatMap((l) => l.self.filter(whole).map((word) => ({ word, level: l.level as PlaceLevel | 'nation' }))), ...p.nation.self.filter(whole).map((word) => ({ word, level: 'nation' as const }))].sort((a, b) => b.word.length - a.word.length);
    const { notPlaces, notStem, notStemWords, notStemEnd, boundStemEnd, mayEndStem, longStems, suffixes, suffixChars, weak, longerSuffixes } = rules.places;
    const counts = new Map<string, { count: number; level: PlaceLevel; weak: boolean; parented: boolean }>();
    // A candidate is not a place when one of its endings is a listed word (园区, 贫困县 …): a few set lookups.
    const notPlaceEnd = (name: string) => {
      for (let k = 0; k <= name.length - 2; k++) if (notPlaces.has(name.slice(k))) return true;
      return false;
    };
    const verbs = rules.objectVerbIndex;
    for (const { s, level } of suffixes) {
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        const next = text[i + s.length] ?? '';
        // 贵州省: the 州 is part of the name, the suffix comes later; 乡村 and 市场 are words. But 地区 in
        // 地区生产总值 is no suffix: 青石县地区生产总值 names 青石县, and 地区 there names no place.
        if (s === '地区' && text.startsWith(GDP_WORDS, i)) continue;
        // 市政 and 区政 are words (市政工程), but 市政府 and 县政协 are the place's own bodies.
        if ((NOT_AFTER.has(next) && !STILL_SUFFIX_BEFORE.get(next)?.has(text[i + s.length + 1] ?? '')) || (suffixChars.has(next) && !text.startsWith(GDP_WORDS, i + s.length))) continue;
        // 区 of 自治区, 州 of 自治州: the longer suffix names the place.
        if (longerSuffixes.get(s)!.some((longer) => text.startsWith(longer, i + s.length - longer.length))) continue;
        const maxStem = longStems[s] ?? MAX_STEM;
        for (let len = 2; len <= maxStem; len++) {
          const stem = text.slice(i - len, i);
          if (stem.length < len || !HAN.test(stem) || someChar(stem, (k) => (notStem.has(stem[k]!) && !(k === stem.length - 1 && mayEndStem.has(stem[k]!)) && !(k === 0 && !FIGURE_END.test(text[i - len - 1] ?? '') && opensWord(stem + s, tagger))) || verbs.matchAt(stem, k) !== undefined) || notStemWords.matchAt(stem, 0) !== undefined || opensInside(rules.places, text, i - len)) break;
          // 分县区看，东城区312.4亿元: a name opening a clause with its figure right after it is a place of a
          // breakdown, though it ends like a word (城区); a listed name (老城区, 主城区) still is not.
          const breakdown = FIGURE_START.test(next) && CLAUSE_OPEN.has(text[i - len - 1] ?? '');
          // 农业大省, 工业强市: a name may open with 大 or 新 (大连市, 新乡市) but a stem ending so is a rank.
          // 盐城市 standing alone is a city, though X城市 and X城区 are words elsewhere (文明城市, 中心城区).
          const bound = len === 2 && boundStemEnd.has(stem[1]!) && standsAlone(text, i - len, suffixChars);
          if (!breakdown && !bound && notStemEnd.has(stem[stem.length - 1]!)) break;
          const name = stem + s;
          if (breakdown || bound ? notPlaces.has(name) : notPlaceEnd(name)) continue;
          const before = text.slice(Math.max(0, i - len - 4), i - len);
          const parented = breakdown || suffixes.some((x) => x.level !== 'township' && before.endsWith(x.s));
          const c = counts.get(name);
          if (c) (c.count++, (c.parented ||= parented));
          else counts.set(name, { count: 1, level, weak: weak.has(s), parented });
        }
      }
    }
    // 滨湖新区2025年政府工作报告: an area named like no place is the document's when its title names it as the body reporting.
    const area = titledArea(title, p.titledAreas);
    // A place found the usual way (北疆维吾尔自治区) keeps its own level; one found ending the area's name
    // (月湖区 of 前三季度月湖区经济运行) is the place the title names, and what opens the title is no name.
    if (area && !counts.has(area) && ![...counts.keys()].some((name) => area.endsWith(name))) counts.set(area, { count: Math.max(occurrences(text, area), 1), level: p.titledAreas!.level, weak: false, parented: false });
    // 香港, 澳门: places the text may name without their suffix count as their full names, where the text
    // names no place of that level in full (a province's report may speak of 香港 often; it is not about it).
    const levelsNamed = new Set([...counts.values()].map((c) => c.level));
    for (const [short, full] of Object.entries(p.shortNames ?? {})) {
      if (levelsNamed.has(full.level)) continue;
      const n = occurrences(text, short);
      if (n === 0) continue;
      const c = counts.get(full.name);
      if (c) c.count += n;
      else counts.set(full.name, { count: n, level: full.level, weak: false, parented: false });
    }
    // Keep a longer name only where it always stands (七星关区 over 星关区), never a chance prefix (的长顺县).
    const names = [...counts.keys()].sort((a, b) => a.length - b.length);
    const dropped = new Set<string>();
    for (const name of names) {
      const shorter = name.slice(1);
      const other = counts.get(shorter);
      if (!other) continue;
      if (other.count === counts.get(name)!.count && !dropped.has(shorter)) dropped.add(shorter);
      else dropped.add(name);
    }
    // A weak suffix (区, 州 …) names a place only when the name recurs, stands in the title or follows its parent (毕节市七星关区).
    for (const [name, c] of counts) {
      if (dropped.has(name)) continue;
      if (c.weak && c.count < 2 && !c.parented && !title.includes(name) && !taggedAsName(name, tagger)) continue;
      this.places.set(name, { name, level: c.level });
    }
    for (const place of this.places.values()) {
      if (place.level !== 'township') continue;
      const suffix = suffixes.find((x) => place.name.endsWith(x.s))!.s;
      const stem = place.name.slice(0, place.name.length - suffix.length);
      if (stem.length >= 2) this.stems.set(stem, place);
    }
    this.scanOrder = [...this.places.keys()].sort((a, b) => b.length - a.length);

    const selfCounts = new Map<PlaceLevel | 'nation', number>();
    // Each self word is sought in the text once, however many levels and rules read its count.
    const mentions = new Map<string, number>();
    const mentionsOf = (w: string) => mentions.get(w) ?? mentions.set(w, selfMentions(text, w)).get(w)!;
    const count = (words: string[]) => words.reduce((n, w) => n + mentionsOf(w), 0);
    for (const l of p.levels) selfCounts.set(l.level, count(l.self));
    // 全区 in a 自治区's report speaks for the region, a province, not for a county's 区.
    for (const l of p.levels) {
      for (const [suffix, words] of Object.entries(l.selfWhenNamed ?? {})) {
        if (![...this.places.keys()].some((name) => name.endsWith(suffix))) continue;
        for (const w of words) {
          this.wholeWordLevels.set(w, l.level);
          for (const other of p.levels) if (other !== l && other.self.includes(w)) selfCounts.set(other.level, selfCounts.get(other.level)! - mentionsOf(w));
          selfCounts.set(l.level, selfCounts.get(l.level)! + mentionsOf(w));
        }
      }
    }
    const nationCount = count(p.nation.self);
    const localCount = [...selfCounts.values()].reduce((a, b) => a + b, 0);
    let level: PlaceLevel | 'nation' | undefined;
    const titled = [...this.places.values()].filter((pl) => pl.level !== 'township' && title.includes(pl.name)).sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])[0];
    // 国内 and 全国 in a text whose title names its own place (青川县教育局…) say where things came from.
    if (nationCount > 0 && localCount * 2 <= nationCount && !titled) level = 'nation';
    else {
      let best = 0;
      for (const [l, n] of selfCounts) if (n > best) (best = n), (level = l);
      // 青石县2025年政府工作报告 … 全县 … 全省 …: the level of the place the title names speaks for the text
      // when its own words (全县) are about as many as any other level's, or when it has none.
      if (titled && titled.level !== level && (((selfCounts.get(titled.level) ?? 0) * 2 >= best && (selfCounts.get(titled.level) ?? 0) > 0) || best === 0)) level = titled.level;
    }
    this.docLevel = level;
    if (override !== undefined) this.docRegion = override || undefined;
    else if (level === 'nation') this.docRegion = this.nation;
    else this.docRegion = this.pickRegion(title, level, counts, dropped);
  }

  private pickRegion(title: string, level: PlaceLevel | undefined, counts: Map<string, { count: number; level: PlaceLevel; weak: boolean }>, dropped: Set<string>): string | undefined {
    // A township speaks for the document only when the document speaks as one (全镇, 我乡): a town's own report.
    const candidates = [...this.places.values()].filter((pl) => (pl.level !== 'township' || level === 'township') && (!level || pl.level === level));
    const inTitle = candidates.filter((pl) => title.includes(pl.name));
    const pool = inTitle.length ? inTitle : candidates;
    if (!pool.length) return undefined;
    // 县 and 市 say 'place' more surely than 区 and 州.
    const score = (pl: Place) => (counts.get(pl.name)?.count ?? 0) + (counts.get(pl.name)?.weak ? 0 : 0.5) + (dropped.has(pl.name) ? -100 : 0);
    return pool.sort((a, b) => score(b) - score(a) || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.name < b.name ? -1 : 1))[0]!.name;
  }

  /**
   * A clause that opens with the whole of a place of another level than the document's (全国…, 全省… in a
   * county's report): that place, the nation, or the one place of that level the text names (none if it
   * names none or several). Undefined when the clause opens otherwise, or with the document's own level.
   */
  wholeOpening(clauseBefore: string): { region: string | undefined } | undefined {
    if (!this.docLevel) return undefined;
    const opening = clauseBefore.trimStart();
    if (opening[0] !== '全' && opening[0] !== '我') return undefined;
    const hit = this.wholeWords.find((w) => opening.startsWith(w.word));
    if (!hit) return undefined;
    const level = this.wholeWordLevels.get(hit.word) ?? hit.level;
    if (level === this.docLevel) return undefined;
    if (level === 'nation') return { region: this.nation };
    if (this.docLevel === 'nation' || LEVEL_RANK[level] > LEVEL_RANK[this.docLevel]) return { region: undefined };
    const known = [...this.places.values()].filter((pl) => pl.level === level);
    return { region: known.length === 1 ? known[0]!.name : undefined };
  }

  /** Whether the text is exactly a place this document names (广顺镇), or a township's bare stem. */
  isPlace(text: string): boolean {
    return this.places.has(text) || this.stems.has(text);
  }

  /** Whether the text is a township this document names (河西镇) or a township's bare stem (河西). */
  isTownship(text: string): boolean {
    return this.stems.has(text) || this.places.get(text)?.level === 'township';
  }

  /** The text without a place this document names at its start (青石县地区生产总值 -> 地区生产总值). */
  withoutLeadingPlace(text: string): string {
    for (const name of this.scanOrder) if (text.startsWith(name)) return text.slice(name.length);
    return text;
  }

  /** The first place the text names, with bare township stems counted only as labels (广顺：). */
  placeIn(text: string): Place | undefined {
    let found: { at: number; place: Place } | undefined;
    for (const name of this.scanOrder) {
      const at = text.indexOf(name);
      if (at >= 0 && (!found || at < found.at)) found = { at, place: this.places.get(name)! };
    }
    if (found) return found.place;
    const label = /^([\u4e00-\u9fff]{2,4})[：:]/.exec(text);
    return label ? this.stems.get(label[1]!) : undefined;
  }

  /**
   * Region of a figure: a county-level or higher place named in its clause, else the document's place.
   * Figures about a township or a site within the document's area carry none (they are below its level).
   */
  regionFor(clauseBefore: string, lineLabel: string): string | undefined {
    // An aside in brackets (（2016年“出列”广顺镇花红村）) says nothing about where the figure is.
    const said = clauseBefore.replace(/[（(][^（）()]*[）)]/g, '');
    const whole = this.wholeOpening(said);
    if (whole) return whole.region;
    const place = this.placeIn(said) ?? this.placeIn(lineLabel);
    if (!place || place.name === this.docRegion) return this.docRegion;
    if (place.level === 'township') return undefined;
    // A higher place named inside a clause is where money or a rank came from (争取临江市资金1.2亿元); one
    // opening the clause is what the figure is about (临江市地区生产总值增长5.2%).
    if (this.docLevel && this.docLevel !== 'nation' && LEVEL_RANK[place.level] < LEVEL_RANK[this.docLevel] && !said.trimStart().startsWith(place.name)) return this.docRegion;
    return place.name;
  }
}

/** A period just before a name (2025年, 1-10月, 前三季度, 上半年): the name stands alone after it. */
const PERIOD_BEFORE = /(?:[0-9０-９〇零一二三四五六七八九十]年|[0-9０-９一二三四五六七八九十]月份?|季度|半年)$/;
const PERIOD_BEFORE_REACH = 4;

/**
 * Whether a name starting at `at` stands on its own: at the start of the text or a line, after punctuation or
 * a figure, after a period (2025年盐城市, 1-10月盐城市) or right after a larger place (江苏省聊城市). 文明城市 and 中心城区 are
 * words: a character of the sentence runs into them.
 */
function standsAlone(text: string, at: number, suffixChars: Set<string>): boolean {
  const before = text[at - 1];
  if (before === undefined || !isHan(before)) return true;
  if (PERIOD_BEFORE.test(text.slice(Math.max(0, at - PERIOD_BEFORE_REACH), at))) return true;
  return suffixChars.has(before) && before !== '村';
}

/**
 * 本溪市, 和平区, 驻马店市: a name may open with a character that is mostly a word of its own (本, 和, 驻),
 * when the tagger reads it as part of a longer word there; in 和临江市 it reads 和 alone.
 */
function opensWord(name: string, tagger: Tagger | undefined): boolean {
  if (!tagger) return false;
  const first = tagger.tag(name)[0]?.word ?? '';
  return first.length >= 2 && first.length < name.length;
}

/** Tags that jieba gives names (places, persons, organisations, unknown words); 棚户区 and 聚居区 are plain nouns. */
const NAME_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'nrt', 'x']);

function taggedAsName(name: string, tagger: Tagger | undefined): boolean {
  return tagger !== undefined && tagger.tag(name).some((t) => NAME_TAGS.has(t.tag));
}

/** Mentions of a self word (全省, 国家), but for a level of rank (国家级专精特新企业, 全省级), which names no place. */
function selfMentions(text: string, word: string): number {
  // 国 after 中 is the country's name (中国内地, 中国家庭), not the 国 of 国内 or 国家.
  const named = word.startsWith('国');
  return occurrences(text, word, (after, before) => after !== '级' && !(named && before === '中'));
}

/** How often `word` stands in the text, without overlaps; only where the characters around it pass `keep`, if given. */
function occurrences(text: string, word: string, keep?: (after: string | undefined, before: string | undefined) => boolean): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) if (!keep || keep(text[i + word.length], text[i - 1])) n++;
  return n;
}
