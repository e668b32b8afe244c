// What CoreNLP's parse says about a figure: which entity it belongs to and whether the
// sentence dates it. Zone profiles state a dozen figures a paragraph, most of them about
// "the zone", "it" or a project named as the head of the phrase the figure sits in ("The X
// project, with a total investment of 1.8 billion yuan, …"); the nearest name before the
// figure is often another thing. Pure: a parsed sentence and the draft's mentions in, an
// answer out (or null, and the surface heuristics of indicators.ts decide).
import type { CoreNlpDependency, CoreNlpDocument, CoreNlpSentence } from '../nlp/corenlp-document.js';
import { corefSpan, parsedSentence, tokenSpan, type ParsedSentence } from './dependency-paths.js';
import { EVENT_WORD_SET, FIGURE_TENSE, SIGNED_THING_NOUNS, YEAR_OF_ANOTHER_EVENT_VERBS, YEAR_WORD } from './lexicon.js';
import type { Mention } from './types.js';

interface Span {
  start: number;
  end: number;
}

/** A sentence of the parse, its tree (basic dependencies: one parent per word) and where it lies in the text. */
export interface FigureParse {
  sentence: CoreNlpSentence;
  tree: ParsedSentence;
  start: number;
  end: number;
}

/** The parse of each CoreNLP sentence, with its character range, for lookups by offset. */
export function figureParses(doc: CoreNlpDocument): FigureParse[] {
  const out: FigureParse[] = [];
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    const first = sentence.tokens[0];
    const last = sentence.tokens[sentence.tokens.length - 1];
    if (!tree || !first || !last) continue;
    out.push({ sentence, tree, start: first.characterOffsetBegin, end: last.characterOffsetEnd });
  }
  return out;
}

export function parseAt(parses: readonly FigureParse[], at: Span): FigureParse | undefined {
  return parses.find((p) => p.start <= at.start && at.end <= p.end);
}

const parentOf = (p: FigureParse, token: number) => p.tree.parents.get(token)?.[0];
const childrenOf = (p: FigureParse, token: number) => p.tree.children.get(token) ?? [];
const tokenOf = (p: FigureParse, index: number) => p.sentence.tokens[index - 1];

/** The figure's head word: the word of its span whose parent lies outside the span. */
function headOf(p: FigureParse, span: Span): number | null {
  const inside = p.sentence.tokens.filter(
    (t) => t.characterOffsetBegin >= span.start && t.characterOffsetEnd <= span.end,
  );
  for (const t of inside) {
    const up = parentOf(p, t.index);
    const parent = up ? tokenOf(p, up.governor) : undefined;
    if (!parent || parent.characterOffsetBegin < span.start || parent.characterOffsetEnd > span.end) return t.index;
  }
  return inside[0]?.index ?? null;
}

const isVerb = (p: FigureParse, i: number) => /^VB/.test(tokenOf(p, i)?.pos ?? '');
/** A verb that carries tense itself or through an auxiliary (not a bare participle: "Founded in 1954", "bringing"). */
function isFinite(p: FigureParse, i: number): boolean {
  const t = tokenOf(p, i);
  if (!t) return false;
  if (/^VB[DZP]$/.test(t.pos)) return true;
  return childrenOf(p, i).some((e) => e.dep === 'aux' || e.dep === 'aux:pass' || e.dep === 'cop');
}

/** The clause the figure is stated in: the first word above it that is a finite verb or a predicate with a copula. */
function clauseHead(p: FigureParse, head: number): number | null {
  for (let cur: number | undefined = head, steps = 0; cur && steps < 12; steps += 1) {
    const up = parentOf(p, cur);
    const predicate = isVerb(p, cur) || childrenOf(p, cur).some((e) => e.dep === 'cop');
    // The sentence's root verb is finite even when the tagger calls it a participle ("This year, 62 enterprises applied").
    if (predicate && (isFinite(p, cur) || (isVerb(p, cur) && !up))) return cur;
    cur = up?.governor || undefined;
  }
  return null;
}

export type FigureTense = 'past' | 'present' | 'perfect' | 'future';

/**
 * The tense of the clause: a past clause reports a year's result ("the zone realized …",
 * "were signed"); present, perfect and future ones state a standing figure, a running total
 * or a plan ("has a planned area of", "have settled", "will invest"), which no year dates
 * unless the clause names one.
 */
export function clauseTense(p: FigureParse, clause: number): FigureTense {
  // "plans to purchase", "is expected to realize": the clause is the verb it complements.
  let verb = clause;
  for (let up = parentOf(p, verb); up && up.dep === 'xcomp'; up = parentOf(p, verb)) verb = up.governor;
  const auxes = childrenOf(p, verb)
    .filter((e) => e.dep === 'aux' || e.dep === 'aux:pass' || e.dep === 'cop')
    .map((e) => tokenOf(p, e.dependent));
  const lemma = (t: (typeof auxes)[number]) => t?.lemma.toLowerCase() ?? '';
  if (auxes.some((t) => FIGURE_TENSE.futureAuxiliaries.includes(lemma(t)))) return 'future';
  if (FIGURE_TENSE.planVerbs.includes(tokenOf(p, verb)?.lemma.toLowerCase() ?? '')) return 'future';
  if (auxes.some((t) => lemma(t) === 'have')) return 'perfect';
  const tensed = [tokenOf(p, verb), ...auxes].find((t) => t && /^VB[DZP]$/.test(t.pos));
  // A participle with no auxiliary heading a clause is a past verb the tagger misread.
  if (!tensed && auxes.length === 0 && tokenOf(p, verb)?.pos === 'VBN') return 'past';
  return tensed?.pos === 'VBD' ? 'past' : 'present';
}

/** The finite verbs a clause is joined to by "and" ("In 2023, A realized X, and there were Y"): one clause group. */
function clauseGroup(p: FigureParse, clause: number): Set<number> {
  const group = new Set([clause]);
  for (let up = parentOf(p, clause); up && up.dep.startsWith('conj'); up = parentOf(p, up.governor))
    group.add(up.governor);
  return group;
}

/**
 * Years the figure's own clause states: a year word, or "this year" / "last year", attached
 * to the clause (or a clause it is joined to by "and"). Not a year of another event in the
 * sentence ("Founded in 1954, the company …", "upgraded … in 2013"), not a starting point
 * ("since 2018"), not a comparison ("up 19.2% over the previous year").
 */
export function clauseYears(p: FigureParse, clause: number, articleYear: number | null): number[] {
  const group = clauseGroup(p, clause);
  const out: number[] = [];
  for (const t of p.sentence.tokens) {
    const word = t.word.toLowerCase();
    let year: number | undefined;
    if (YEAR_WORD.test(t.word)) year = Number(t.word);
    else if (word === 'year' && articleYear !== null) {
      const det = childrenOf(p, t.index)
        .map((e) => tokenOf(p, e.dependent)?.word.toLowerCase() ?? '')
        .find((w) => w in FIGURE_TENSE.relativeYearWords);
      if (det !== undefined) year = articleYear + (FIGURE_TENSE.relativeYearWords[det] ?? 0);
    }
    if (year === undefined) continue;
    // "since 2018" starts a running total; "since the beginning of this year" is this year's.
    if (startingPoint(p, t.index, word === 'year' ? FIGURE_TENSE.comparisons : FIGURE_TENSE.notTheFiguresYear))
      continue;
    const event = nearestVerb(p, t.index);
    if (event !== null && YEAR_OF_ANOTHER_EVENT_VERBS.includes(tokenOf(p, event)?.lemma.toLowerCase() ?? '')) continue;
    // A year dates its own clause and the clauses joined after it, not one before it.
    const verb = clauseHead(p, t.index) ?? event;
    if (verb !== null && group.has(verb)) out.push(year);
  }
  return out;
}

/**
 * "since 2018", "since the establishment of the award in 2011", "over the previous year": a
 * year in a phrase that a starting point or a comparison governs, up to the nearest verb.
 */
function startingPoint(p: FigureParse, token: number, prepositions: readonly string[]): boolean {
  for (let cur: number | undefined = token, steps = 0; cur && steps < 6 && !isVerb(p, cur); steps += 1) {
    const words = childrenOf(p, cur).map((e) => tokenOf(p, e.dependent)?.word.toLowerCase() ?? '');
    if (words.some((w) => prepositions.includes(w))) return true;
    cur = parentOf(p, cur)?.governor;
  }
  return false;
}

/** The relation by which the path up from `token` enters `ancestor`. */
function edgeInto(p: FigureParse, token: number, ancestor: number): string | undefined {
  for (let cur: number | undefined = token, steps = 0; cur && steps < 12; steps += 1) {
    const up = parentOf(p, cur);
    if (!up) return undefined;
    if (up.governor === ancestor) return up.dep;
    cur = up.governor;
  }
  return undefined;
}

function nearestVerb(p: FigureParse, token: number): number | null {
  for (let cur = parentOf(p, token)?.governor, steps = 0; cur && steps < 12; steps += 1) {
    if (isVerb(p, cur)) return cur;
    cur = parentOf(p, cur)?.governor;
  }
  return null;
}

export interface FigureReading {
  /** The mention the figure is about, when the parse names one. */
  subject: Mention | null;
  /** Years the figure's own clause states (first one first). */
  years: number[];
  tense: FigureTense | null;
}

/** Relations from a predicate to the thing a figure of its clause is about. */
const SUBJECT_RELATIONS = ['nsubj', 'nsubj:pass'];
/** Relations from a noun to the thing it belongs to ("the output value of the company", "the zone's output"). */
const OWNER_RELATIONS = ['nmod:poss', 'nmod:of', 'nmod', 'compound'];
/** Where a clause's figures are ("there are 136 chemical enterprises in the zone", "signed at the ceremony"). */
const PLACE_PREPOSITIONS = ['in', 'at'];

/** An `obl` or `nmod` edge (basic dependencies keep the preposition as a `case` child) whose preposition places. */
function isPlace(p: FigureParse, e: CoreNlpDependency, prepositions = PLACE_PREPOSITIONS): boolean {
  if (e.dep !== 'obl' && e.dep !== 'nmod') return false;
  return childrenOf(p, e.dependent).some(
    (c) => c.dep === 'case' && prepositions.includes(tokenOf(p, c.dependent)?.word.toLowerCase() ?? ''),
  );
}

/**
 * Reads one figure: climbs from its head word to the root; the first word on the way that
 * lies in a mention of a `subjectKind` is the subject (the phrase the figure sits in); else
 * at each predicate on the way, its subject (or that subject's owner: "the output value of
 * the company"), a pronoun through coreference; else the place its clause is in.
 */
export function readFigure(
  parses: readonly FigureParse[],
  doc: CoreNlpDocument,
  figure: Span,
  mentions: readonly Mention[],
  isSubject: (m: Mention) => boolean,
  articleYear: number | null,
): FigureReading | null {
  const p = parseAt(parses, figure);
  if (!p) return null;
  const head = headOf(p, figure);
  if (head === null) return null;
  const mentionAt = (token: number): Mention | undefined => {
    const t = tokenSpan(p.tree, token);
    if (t.start >= figure.start && t.end <= figure.end) return undefined;
    return (
      mentions.find((m) => m.start <= t.start && t.end <= m.end && isSubject(m)) ??
      corefMention(doc, p, token, mentions, isSubject)
    );
  };
  const owner = (token: number, depth = 0): Mention | undefined => {
    const own = mentionAt(token);
    if (own || depth >= 2) return own;
    for (const e of childrenOf(p, token))
      if (OWNER_RELATIONS.some((r) => e.dep === r || e.dep.startsWith(`${r}:`))) {
        const m = owner(e.dependent, depth + 1);
        if (m) return m;
      }
    return undefined;
  };
  const clause = clauseHead(p, head);
  // "approved in 2006, with a planned area of 25.8 square kilometers": a figure of the clause
  // that dates another event is a standing attribute.
  const doers = countedNoun(p, head);
  const attribute =
    clause !== null &&
    YEAR_OF_ANOTHER_EVENT_VERBS.includes(tokenOf(p, clause)?.lemma.toLowerCase() ?? '') &&
    !['nsubj', 'nsubj:pass', 'obj'].includes(edgeInto(p, head, clause) ?? '');
  const tense = clause === null ? null : attribute ? 'present' : clauseTense(p, clause);
  const years = clause === null || attribute ? [] : clauseYears(p, clause, articleYear);
  const path = new Set<number>([head]);
  let subject: Mention | null = null;
  let placed: Mention | null = null;
  // A figure that counts the doers ("three enterprises won the X Award", "9 agreements were
  // signed at the ceremony", "There are 136 enterprises in the zone") is about what they did
  // it to or where: the clause's object, else its place. A sum of the counted things ("8
  // projects with a total investment of 6.72 billion yuan were signed") goes with the count.
  const up = parentOf(p, doers);
  if (up && SUBJECT_RELATIONS.includes(up.dep)) {
    for (const e of childrenOf(p, up.governor)) {
      if (e.dep === 'obj' || isPlace(p, e, ['for'])) subject = mentionAt(e.dependent) ?? subject;
      else if (!placed && isPlace(p, e)) placed = mentionAt(e.dependent) ?? null;
    }
    // Projects and agreements signed are the event's tally: where they were signed, else the
    // event the article reports ("11 projects … were signed on site").
    // "there were 46 enterprises in the park": an existential clause counts what is in its place.
    if (!subject && childrenOf(p, up.governor).some((e) => e.dep === 'expl')) subject = placed;
    const signed = tokenOf(p, up.governor)?.lemma.toLowerCase() === 'sign';
    // Where they were signed counts only when it is the event ("at the ceremony"), not its venue.
    if (!subject && signed && SIGNED_THING_NOUNS.includes(tokenOf(p, doers)?.lemma.toLowerCase() ?? '')) {
      const event = latestEvent(mentions, figure.start, isSubject);
      subject = (placed && isEvent(placed) ? placed : null) ?? event ?? placed ?? null;
    }
  }
  for (let from = head, cur = parentOf(p, head)?.governor, steps = 0; cur && steps < 12 && !subject; steps += 1) {
    path.add(cur);
    subject = mentionAt(cur) ?? null;
    if (subject) break;
    // "will build a production line … with an investment of 680 million yuan", "will invest
    // 600 million yuan to build a base": the money and capacity are the built thing's.
    subject = thingBuilt(p, cur, from, mentionAt) ?? null;
    if (subject) break;
    from = cur;
    for (const e of childrenOf(p, cur)) {
      if (path.has(e.dependent)) continue;
      if (SUBJECT_RELATIONS.includes(e.dep)) subject = owner(e.dependent) ?? null;
      else if (!placed && isPlace(p, e)) placed = mentionAt(e.dependent) ?? null;
      if (subject) break;
    }
    // A figure reported in someone's words is about what the words say, not the speaker.
    const up = parentOf(p, cur);
    if (!up || up.dep === 'ccomp' || up.dep === 'parataxis') break;
    cur = up.governor;
  }
  // The figure's own noun may name where it is ("46 fluorine chemical enterprises in the park").
  if (!subject && !placed)
    for (const e of childrenOf(p, head)) if (isPlace(p, e)) placed = mentionAt(e.dependent) ?? placed;
  const about = subject ?? placed;
  // "the project, with a total investment of 2.6 billion yuan, started construction last year",
  // "With a planned area of 15 square kilometers, the park …": a project's investment and a
  // place's area are what it has, not what its clause dates. A year's tally is dated ("a total
  // investment of 42.6 billion yuan, up 23.4%"), and so is what was signed at an event.
  const has = doers === head ? withAttribute(p, head) : null;
  if (has === 'area' || (has === 'investment' && about?.kind === 'PROJECT' && !isEvent(about)))
    return { subject: about, years: [], tense: 'present' };
  return { subject: about, years, tense };
}

/**
 * The noun a figure counts or sums: the figure's head, or a counted noun it hangs under ("8
 * projects with a total investment of 6.72 billion yuan": the sum belongs with "projects").
 */
function countedNoun(p: FigureParse, head: number): number {
  let cur = head;
  for (let steps = 0; steps < 3; steps += 1) {
    const up = parentOf(p, cur);
    if (!up || !up.dep.startsWith('nmod') || !/^NN/.test(tokenOf(p, up.governor)?.pos ?? '')) break;
    cur = up.governor;
    if (childrenOf(p, cur).some((c) => c.dep === 'nummod')) return cur;
  }
  return head;
}

/** Ways a figure hangs under the verb that builds or signs a thing: "with an investment of …", "invest … to build". */
function thingBuilt(
  p: FigureParse,
  verb: number,
  from: number,
  mentionAt: (token: number) => Mention | undefined,
): Mention | undefined {
  const edge = parentOf(p, from);
  if (!edge || edge.governor !== verb || !isVerb(p, verb)) return undefined;
  const objectOf = (v: number) => {
    const obj = childrenOf(p, v).find((c) => c.dep === 'obj');
    return obj ? mentionAt(obj.dependent) : undefined;
  };
  if (edge.dep === 'obl' && isPlace(p, edge, ['with'])) return objectOf(verb);
  if (edge.dep === 'obj' && tokenOf(p, verb)?.lemma.toLowerCase() === 'invest')
    for (const c of childrenOf(p, verb)) {
      if (c.dep === 'xcomp' || c.dep === 'advcl') {
        const built = objectOf(c.dependent);
        if (built) return built;
      }
      if (isPlace(p, c, ['in'])) {
        // "invested 100 billion yuan in Shenyang" stays the investor's; "in the project" is the project's.
        const into = mentionAt(c.dependent);
        if (into?.kind === 'PROJECT') return into;
      }
    }
  return undefined;
}

/**
 * What a figure is, when it sits in a "with … of" phrase of an investment or an area that has no
 * year of its own ("with a total investment of 750 million yuan", "With a planned area of 15
 * square kilometers"); else null.
 */
function withAttribute(p: FigureParse, head: number): 'investment' | 'area' | null {
  const up = parentOf(p, head);
  if (!up || !up.dep.startsWith('nmod')) return null;
  const noun = up.governor;
  const lemma = tokenOf(p, noun)?.lemma.toLowerCase();
  if (lemma !== 'investment' && lemma !== 'area') return null;
  const withCase = childrenOf(p, noun).some(
    (c) => c.dep === 'case' && tokenOf(p, c.dependent)?.word.toLowerCase() === 'with',
  );
  if (!withCase) return null;
  const inPhrase = (i: number): boolean => {
    for (let cur: number | undefined = i, steps = 0; cur && steps < 8; steps += 1) {
      if (cur === noun) return true;
      cur = parentOf(p, cur)?.governor;
    }
    return false;
  };
  // A year or a change inside the phrase dates it ("with an investment of … in 2023, up 12%").
  const dated = p.sentence.tokens.some((t) => (/^(?:19|20)\d\d$/.test(t.word) || t.word === '%') && inPhrase(t.index));
  return dated ? null : lemma;
}

/** A mention of an event: a Project-kind name with an event word ("the 22nd … Expo", "the signing ceremony"). */
function isEvent(m: Mention): boolean {
  return (
    m.kind === 'PROJECT' &&
    m.surface
      .toLowerCase()
      .split(/[\s-]+/)
      .some((w) => EVENT_WORD_SET.has(w))
  );
}

/** The latest event named before an offset ("the signing conference", "the ceremony"). */
function latestEvent(
  mentions: readonly Mention[],
  before: number,
  isSubject: (m: Mention) => boolean,
): Mention | undefined {
  return mentions.filter((m) => m.end <= before && isSubject(m) && isEvent(m)).sort((a, b) => b.start - a.start)[0];
}

/** A pronoun or short phrase ("it", "the base") that coreference links to a mention. */
function corefMention(
  doc: CoreNlpDocument,
  p: FigureParse,
  token: number,
  mentions: readonly Mention[],
  isSubject: (m: Mention) => boolean,
): Mention | undefined {
  const sentNum = p.sentence.index + 1;
  for (const chain of Object.values(doc.corefs ?? {})) {
    if (!chain.some((c) => c.sentNum === sentNum && c.headIndex === token)) continue;
    for (const c of chain) {
      const { start, end } = corefSpan(doc, c);
      if (start < 0 || end < 0 || (c.sentNum === sentNum && c.headIndex === token)) continue;
      // The mention on the chain member's head word ("plant" of "the electronic chemicals plant
      // of X Co., Ltd."), else any inside it.
      const head = doc.sentences[c.sentNum - 1]?.tokens[c.headIndex - 1];
      const inside = mentions.filter((x) => isSubject(x) && x.start < end && start < x.end && x.source !== 'anaphora');
      const m =
        inside.find((x) => head && x.start <= head.characterOffsetBegin && head.characterOffsetEnd <= x.end) ??
        inside[0];
      if (m) return m;
    }
  }
  return undefined;
}
