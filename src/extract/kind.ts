import type { CompiledRules } from '../rules/compile.js';
import type { Layout } from '../text/layout.js';
import { headingOf } from '../text/structure.js';
import { lowerBound } from '../text/search.js';

type Kind = 'actual' | 'target';
type State = Kind | null;

interface Section {
  level: number;
  state: State;
}

interface LineInfo {
  /** State from the heading stack in force on this line. */
  section: State;
  /** State from the paragraph's own style. */
  style: State;
  /** A plan transition (下一步, 今后, 新的一年 …) stands on this line or before it. */
  afterTransition: boolean;
}

/** 到2025年，… or 到“十四五”末 opening a clause sets a target year; 截至2023年底 and 减少到2019年的 report what happened. */
const FUTURE_YEAR = /(?:^|[，,。；;：:\s])(?:到|至)(?:(20\d\d)年(?:底|末|前)?|“?十[一二三四五六七八九]五”?(?:末|期末))/;

/** Matches of a word list ('g' alternation) in a text, leaving out 为了/除了/了解, which are not the perfective 了. */
function countAll(text: string, words: RegExp): number {
  let n = 0;
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const i = m.index;
    if (!(m[0] === '了' && (text[i - 1] === '为' || text[i - 1] === '除' || text[i + 1] === '解' || text[i + 1] === '结'))) n++;
  }
  return n;
}

const PERFECTIVE = /了/g;

/**
 * What a piece of a long text leaves in force for the next piece: the document's title, the open
 * headings, whether a plan transition was passed, and the style counts so far.
 */
export interface KindCarry {
  seenTitle: boolean;
  titleState: State;
  stack: Section[];
  afterTransition: boolean;
  plan: number;
  review: number;
}

/**
 * Whether each figure is an actual result or a target, read from the clause, the paragraph,
 * the section heading and the document, in that order of precedence.
 */
export class KindResolver {
  private readonly lineInfo: LineInfo[] = [];
  private readonly documentDefault: Kind;
  private readonly titleKind: State;
  private readonly hasTransition: boolean;
  private readonly switches: { pos: number; kind: Kind }[];
  /** The last sentence asked whether it directs, with the answer: its figures ask one after another. */
  private lastDirective: { start: number; directs: boolean } | undefined;

  /** The state at the end of this text, for the piece that continues it. */
  readonly carry: KindCarry;

  constructor(private readonly layout: Layout, private readonly rules: CompiledRules, from?: KindCarry) {
    const t = layout.text;
    const stack: Section[] = from ? from.stack.map((s) => ({ ...s })) : [];
    let plan = from?.plan ?? 0;
    let review = from?.review ?? 0;
    let titleState: State = from?.titleState ?? null;
    let seenTitle = from?.seenTitle ?? false;
    let afterTransition = from?.afterTransition ?? false;
    const lines = layout.lines;
    for (let i = 0; i < lines.length; ) {
      // A paragraph wrapped at a page width (text from PDFs) is read as one line: its style and cues are
      // the paragraph's, as they would be had it been written on one line.
      let j = i;
      while (j + 1 < lines.length && layout.continuesParagraph(j + 1)) j++;
      const line = { start: lines[i]!.start, end: lines[j]!.end };
      const text = t.slice(line.start, line.end);
      const trimmed = text.trim();
      if (!seenTitle && trimmed.length > 0) {
        seenTitle = true;
        if (trimmed.length <= 60 && !/[。；]/.test(trimmed)) titleState = this.titleState(trimmed);
      }
      const heading = headingOf(text);
      if (heading) {
        while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
        stack.push({ level: heading.level, state: this.headingState(heading.text) });
      }
      const section = [...stack].reverse().find((s) => s.state !== null)?.state ?? null;
      const style = this.styleOf(text);
      if (style === 'target') plan++;
      if (style === 'actual') review++;
      if (rules.planTransition(text)) afterTransition = true;
      for (; i <= j; i++) this.lineInfo.push({ section, style, afterTransition });
    }
    this.titleKind = titleState;
    this.carry = { seenTitle, titleState, stack, afterTransition, plan, review };
    this.switches = findSwitches(t, rules);
    this.hasTransition = afterTransition;
    this.documentDefault = titleState ?? (plan > review ? 'target' : 'actual');
  }

  private titleState(title: string): State {
    if (this.rules.reviewTitle(title)) return 'actual';
    if (this.rules.planTitle(title)) return 'target';
    return null;
  }

  private headingState(text: string): State {
    if (this.rules.reviewHeading(text) || this.rules.reviewHeadingOpener(text)) return 'actual';
    if (this.rules.planHeading(text)) return 'target';
    return null;
  }

  private styleOf(text: string): State {
    const plan = countAll(text.replace(this.rules.notTargetPhrases, ''), this.rules.planStyle);
    const review = countAll(text, this.rules.reviewStyle);
    if (review >= 1 && review * 2 >= plan) return 'actual';
    if (plan >= 2 && review === 0) return 'target';
    return null;
  }

  /** Whether the sentence at `sentenceStart` opens by directing what is to be done (要…, 各地要…), asked once per sentence. */
  private directs(sentenceStart: number): boolean {
    if (this.lastDirective?.start === sentenceStart) return this.lastDirective.directs;
    const directive = this.rules.directiveOpening;
    let directs = false;
    // Only an opening that holds the first character of a directive's word is read as words.
    let holds = false;
    const t = this.layout.text;
    for (let i = sentenceStart; directive && i < sentenceStart + OPENING_WORDS && i < t.length && !holds; i++) holds = directive.firstChars.has(t.charCodeAt(i));
    if (directive && holds) {
      // After spacing, marks and the sentence's list marker (一是, 1.).
      const head = t.slice(sentenceStart, sentenceStart + OPENING_WORDS).replace(LEADING_MARKS, '');
      const marker = this.rules.enumeratorAtStart.exec(head);
      directs = directive.re.test(marker ? head.slice(marker[0].length) : head);
    }
    this.lastDirective = { start: sentenceStart, directs };
    return directs;
  }

  /** The kind named by the last label switch between the line start and `pos`. */
  private lastSwitchBefore(pos: number, lineStart: number): Kind | undefined {
    const last = this.switches[lowerBound(this.switches, pos, (s) => s.pos) - 1];
    return last && last.pos >= lineStart ? last.kind : undefined;
  }

  /** Kind of the figure at [start, end) whose clause is [clauseStart, clauseEnd). */
  kindAt(start: number, clauseStart: number, clauseEnd: number): Kind {
    return this.decide(start, clauseStart, clauseEnd).kind;
  }

  /**
   * The kind, and whether the words around the figure said so (a cue in its clause or sentence, a label
   * switch, a future year) or only the text's structure did (section, title, style, transition).
   */
  decide(start: number, clauseStart: number, clauseEnd: number): { readonly kind: Kind; readonly said: boolean } {
    const t = this.layout.text;
    const r = this.rules;
    const lineIdx = this.layout.lineIndex(start);
    const info = this.lineInfo[lineIdx]!;
    // Under a review heading, 预计全年… reports an estimate and 争取资金 what was secured.
    const cues = (text: string) => (info.section === 'actual' ? text.replace(r.weakInReview, '') : text);
    const clause = t.slice(clauseStart, clauseEnd);
    if (r.targetClause(cues(clause))) return said('target');
    if (hasActualCue(clause, r)) return said('actual');
    const sentence = this.layout.sentence(start);
    // 力争A，B: a leading 力争 (with no actual cue beside it) governs the clauses after it.
    if (clauseStart > sentence.start) {
      const before = t.slice(sentence.start, clauseStart);
      if (r.sentenceTargetLead(cues(before)) && !hasActualCue(before, r)) return said('target');
    }
    // 要新开发公益性岗位2万个，开展职业技能培训50万人次以上: a sentence that directs what is to be done.
    if (this.directs(sentence.start) && !hasActualCue(t.slice(sentence.start, clauseStart), r)) return said('target');
    const line = this.layout.lines[lineIdx]!;
    const switched = this.lastSwitchBefore(start, line.start);
    if (switched) return said(switched);
    if (FUTURE_YEAR.test(t.slice(sentence.start, sentence.end))) return said('target');
    if (info.section) return guessed(info.section);
    if (this.titleKind === 'target') return guessed(info.style === 'actual' ? 'actual' : 'target');
    // Reports review first and plan after: with a transition (新的一年, 下一步 …), what stands before it is review.
    if (this.hasTransition) return guessed(info.afterTransition && info.style !== 'actual' ? 'target' : 'actual');
    if (this.documentDefault === 'actual') return guessed('actual');
    return guessed(info.style === 'actual' ? 'actual' : 'target');
  }
}

/** How much of a sentence's opening is read for a directive: a list marker and a short subject before 要. */
const OPENING_WORDS = 16;
/** Spacing and marks before a sentence's first words. */
const LEADING_MARKS = /^[\s\u3000。；;，,、]+/;

/** The four answers of `decide`, made once: it runs for every figure. */
const SAID = { target: { kind: 'target', said: true }, actual: { kind: 'actual', said: true } } as const;
const GUESSED = { target: { kind: 'target', said: false }, actual: { kind: 'actual', said: false } } as const;
const said = (kind: Kind) => SAID[kind];
const guessed = (kind: Kind) => GUESSED[kind];

function hasActualCue(clause: string, r: CompiledRules): boolean {
  const cue = r.actualClause(clause);
  if (!cue) return false;
  if (cue !== '了') return true;
  return countAll(clause, PERFECTIVE) > 0;
}

/** A switch cue counts only as a label that introduces what follows: 完成情况：…, 主要预期目标是… */
const LABEL_END = /^(?:如下)?[：:是为]/;

/** Every label switch in the text, in order of position. */
function findSwitches(text: string, r: CompiledRules): { pos: number; kind: Kind }[] {
  const found: { pos: number; kind: Kind }[] = [];
  const scan = (words: string[], kind: Kind) => {
    for (const w of words) {
      for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) {
        if (LABEL_END.test(text.slice(p + w.length, p + w.length + 3))) found.push({ pos: p, kind });
      }
    }
  };
  scan(r.files.kind.switchToActual, 'actual');
  scan(r.files.kind.switchToTarget, 'target');
  return found.sort((a, b) => a.pos - b.pos);
}
