// The fact engine: runs the rules of rules/fact-rules.ts over each clause of each sentence.
// A rule needs both ends named in the same clause (or, for a winner list, the award named
// before) and a cue word that states the relation; the quote is the shortest span from the
// first end to the last (cue included). Every fact says which rule proposed it.
import { relationshipType } from '../model/relationship-types.js';
import { quoteSpan } from './evidence.js';
import {
  AWARD_BACK_REFERENCES,
  DESIGNATION_CUES,
  NOMINATION_WORDS,
  PRODUCTION_VERBS,
  LEAD_DATE,
  ENTERPRISES_OF_ZONE,
  RELATIVE_YEARS,
  SAME_YEAR,
  WINNER_LIST_CUES,
  WINNER_LIST_OPENERS,
  COUNTED_WINNER_NOUNS,
  AWARD_VERBS,
  YEAR_SOURCE,
  YEAR_WORD,
  WORK_HEAD_WORDS,
  cue as cueOf,
  PLANNED,
} from './lexicon.js';
import { numberValue, yearsIn } from './language.js';
import { applyRelationClassifier, type RelationClassifier } from './learned/relation-classifier.js';
import { relationCandidates, type RelationCandidate } from './learned/relation-candidates.js';
import { modifierOfAnotherName, parsedSentence, reach, tokenSpan, triggersIn } from './dependency-paths.js';
import type { CoreNlpDocument } from '../nlp/corenlp-document.js';
import { findProductHits, type PersonHit } from './patterns.js';
import type { ResolvedEntity } from './resolve.js';
import {
  FACT_RULES,
  type AwardRule,
  type DependencyRule,
  type FactRule,
  type FoundingRule,
  type PlaceInNameRule,
  type PairRule,
  type ProductRule,
  type RoleRule,
} from './rules/fact-rules.js';
import type { DraftFact, EntityKind, Mention, Sentence } from './types.js';

interface Span {
  start: number;
  end: number;
}

interface Ctx {
  text: string;
  sentence: Sentence;
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
  year: number | null;
  /** The award named last before this sentence (a winner list or "the award" refers back to it). */
  lastAward: Mention | null;
  /** The award named right after "Listed as" / "the list of": "the enterprises on the list" refers back to it. */
  listedAward: Mention | null;
  /** The mentions of the sentence before (a member list may name its alliance there). */
  previous: Mention[];
  /** Whether the sentence before says something was won or given ("six enterprises were selected"). */
  previousAwarded: boolean;
  /** Whether the sentence before says it of a nomination ("were recommended to apply for …"): its list is nominated. */
  previousNominated: boolean;
  /**
   * The counts of enterprises said so far to have won or been named something, each with what
   * they were named ("Eight Enterprises of Dalian Named X": 8 → X).
   */
  awardedCounts: ReadonlyMap<number, Mention>;
  /** With the parse: whether a mention only modifies another name ("the project of X"). */
  isModifier: (m: Mention) => boolean;
}

/** Line (paragraph) number of each offset: the headline is paragraph 0. */
function paragraphOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
    if (text[i + 1] === '\n') n += 1;
  return n;
}

/**
 * The report's year when it states no date line: the year of the full date its lead opens the
 * news with ("On November 13, 2024, the alliance was inaugurated …"), so that "earlier this
 * year" and "last year" count from it. Null without such a date in the lead's first sentence.
 */
export function leadYear(text: string, sentences: Sentence[]): number | null {
  const lead = sentences.find((s) => paragraphOf(text, s.start) > 0);
  const m = lead ? LEAD_DATE.exec(lead.text) : null;
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * A clause set off by commas that dates another event than the sentence reports ("the bonded
 * maintenance business, which was launched in 2022, realized …", "X, founded in 2006, …"): its
 * year is not the sentence's.
 */
const ANOTHER_EVENTS_CLAUSE =
  /,\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:founded|established|set\s+up|launched|approved|upgraded|built|opened|started|completed|listed|named|recognized)\s+[^,;]*?,|,\s+(?:founded|established|set\s+up|launched|approved|upgraded|built|opened)\s+in\s+[^,;]*?,/g;

/** A sentence that opens with the year it reports ("In 2023, the zone realized …"). */
const REPORT_YEAR_OPENING = /^\W*(?:In|By\s+the\s+end\s+of|During)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b/;

/**
 * The year each sentence speaks of: its own; else "the same year" → the year named last;
 * "last year" → the article's year minus one; else the year its paragraph named before it (its
 * first, or the last a sentence opened with); else the headline's; else the article's.
 */
export function contextYears(sentences: Sentence[], articleYear: number | null, text = ''): Map<number, number | null> {
  const out = new Map<number, number | null>();
  let last: number | null = null;
  let headlineYear: number | null = null;
  const paragraphYear = new Map<number, number>();
  let previousYear: number | null | undefined;
  for (const s of sentences) {
    const own = yearsIn(s.text.replace(ANOTHER_EVENTS_CLAUSE, ','))[0];
    const paragraph = text ? paragraphOf(text, s.start) : s.index;
    if (s.index === 0 && own !== undefined) headlineYear = own;
    let year: number | null;
    const relative = RELATIVE_YEARS.find((r) => r.phrase.test(s.text));
    if (own !== undefined) year = own;
    // "They are A, B and C": the list of the sentence before, in its year.
    else if (LIST_OPENER.test(s.text) && typeof previousYear === 'number') year = previousYear;
    else if (SAME_YEAR.test(s.text) && last !== null) year = last;
    else if (relative && articleYear !== null) year = articleYear + relative.offset;
    else year = paragraphYear.get(paragraph) ?? headlineYear ?? articleYear;
    if (own !== undefined) {
      last = own;
      // The paragraph's year is its first, until a sentence opens with a year of its own ("In
      // 2023, the zone realized …"): the sentences after it report that year, not the founding
      // year the paragraph opened with.
      if (!paragraphYear.has(paragraph) || REPORT_YEAR_OPENING.test(s.text)) paragraphYear.set(paragraph, own);
    }
    out.set(s.index, year);
    previousYear = year;
  }
  return out;
}

/** A clause: the sentence cut at semicolons (list items of different facts). */
function clauses(s: Sentence, text: string): Span[] {
  const out: Span[] = [];
  let start = s.start;
  for (let i = s.start; i < s.end; i += 1) {
    if (text[i] === ';') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: s.end });
  return out;
}

/** The part of a clause, between its "…, while …" contrasts, that holds a position. */
function contrastedPart(text: string, clause: Span, at: number): Span {
  let start = clause.start;
  let end = clause.end;
  for (const m of text.slice(clause.start, clause.end).matchAll(/,\s+(?:while|whereas)\s+/g)) {
    const cut = clause.start + m.index;
    if (cut < at) start = cut;
    else if (cut < end) end = cut;
  }
  return { start, end };
}

const kindOf = (c: Ctx, m: Mention): EntityKind | undefined =>
  m.entityKey ? c.entities.get(m.entityKey)?.kind : undefined;

function cueAt(text: string, from: number, to: number, cue: RegExp): Span | null {
  const m = cue.exec(text.slice(from, to));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

function quote(c: Ctx, ...points: Array<Span | null>): string {
  const ps = points.filter((p): p is Span => p !== null);
  const start = Math.min(...ps.map((p) => p.start));
  const end = Math.max(...ps.map((p) => p.end));
  return quoteSpan(c.text, start, end, c.sentence.start, c.sentence.end);
}

function fact(
  rule: FactRule,
  a: Mention,
  b: Mention,
  properties: DraftFact['properties'],
  confidence: number,
  evidence: string,
): DraftFact | null {
  if (!a.entityKey || !b.entityKey || a.entityKey === b.entityKey) return null;
  return {
    type: rule.type,
    from: a.entityKey,
    to: b.entityKey,
    properties,
    confidence,
    evidence: [evidence],
    rule: rule.name,
  };
}

// Compiled once: each rule's cue words as one regular expression.
const CUES = new Map<FactRule, RegExp>(FACT_RULES.flatMap((r) => ('cue' in r ? [[r, cueOf(r.cue)] as const] : [])));
const NOMINATED = cueOf(NOMINATION_WORDS);
const DESIGNATION = new RegExp(`^(?:${DESIGNATION_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})$`, 'i');
const BACK_REFERENCE = cueOf(AWARD_BACK_REFERENCES);
const WINNER_LIST = cueOf(WINNER_LIST_CUES);
const AWARDED = cueOf(AWARD_VERBS);
// "Listed as X", "the list of X" (not "the newly listed enterprises").
const LIST_NAMING = /\b(?:[Ll]isted\s+(?:as|in|on|among)|[Ll]ist\s+of)\b/g;
const RELATIVE_BEFORE_VERB = /,\s+which\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?$/;
const ON_THE_LIST = /\b(?:on|in)\s+the\s+list\b/i;
const LIST_OPENER = new RegExp(`^\\W*(?:${WINNER_LIST_OPENERS.join('|')})\\b`, 'i');
/** "The eight enterprises are A, …": a list of as many as were said to be named or selected. */
const COUNTED_LIST_OPENER = new RegExp(
  `^\\W*the\\s+([\\w-]+)\\s+(?:${COUNTED_WINNER_NOUNS.join('|')})\\s+(?:are|were|include|included)\\b`,
  'i',
);
/** "eight enterprises of Dalian", "26 enterprises": a count of winners in a sentence that says they won. */
const COUNTED_WINNERS = new RegExp(`\\b([\\w-]+)\\s+(?:${COUNTED_WINNER_NOUNS.join('|')})\\b`, 'gi');
const YEAR = new RegExp(YEAR_SOURCE);
/** The words before a place said as where: "in", "at", "into". */
const SAID_AS_WHERE = /\b(?:in|at|into)\s+(?:the\s+)?$/i;

/** "six enterprises of the zone": the zone is named as the owner of the enterprises the sentence counts or lists. */
const namedAsWhose = (c: Ctx, m: Mention) => ENTERPRISES_OF_ZONE.test(c.text.slice(Math.max(0, m.start - 40), m.start));

function awardRecipients(rule: AwardRule, c: Ctx, clause: Span, ms: Mention[]): DraftFact[] {
  const clauseText = c.text.slice(clause.start, clause.end);
  let awards = ms.filter((m) => kindOf(c, m) === 'AWARD');
  // "won the nomination award", "The six winners are A, B and C": the award named before.
  // "… six enterprises of Benxi were selected. They are A, B and C": the list of the sentence before.
  const counted = COUNTED_LIST_OPENER.exec(clauseText);
  const countedFor = counted ? c.awardedCounts.get(numberValue(counted[1] ?? '') ?? NaN) : undefined;
  const listOfTheCounted = countedFor !== undefined;
  const listOfThoseAwarded = (c.previousAwarded && LIST_OPENER.test(clauseText)) || listOfTheCounted;
  const refersBack = BACK_REFERENCE.test(clauseText) || WINNER_LIST.test(clauseText) || listOfThoseAwarded;
  const referredBack = awards.length === 0 && c.lastAward !== null && refersBack;
  // "The enterprises on the list include …": the title a list was named for, not a title named
  // since ("21 of them are high-tech enterprises").
  // "The eight enterprises are …": what the eight were counted for, not a title named since.
  const referred = countedFor ?? (ON_THE_LIST.test(clauseText) ? (c.listedAward ?? c.lastAward) : c.lastAward);
  if (referredBack && referred) awards = [referred];
  if (awards.length === 0) return [];
  // Referred back to by "winners" said inside a relative clause ("X, where four of the six
  // winners are located"), the name the clause describes won nothing; only names after the word do.
  const winners =
    referredBack && !BACK_REFERENCE.test(clauseText) && !listOfThoseAwarded
      ? cueAt(c.text, clause.start, clause.end, WINNER_LIST)
      : null;
  const listAt =
    winners && /\b(?:where|which|whose|who|that)\b/i.test(c.text.slice(clause.start, winners.start))
      ? winners.start
      : clause.start;
  const verb =
    cueAt(c.text, clause.start, clause.end, CUES.get(rule) as RegExp) ??
    (listOfThoseAwarded
      ? cueAt(c.text, clause.start, clause.end, listOfTheCounted ? COUNTED_LIST_OPENER : LIST_OPENER)
      : null) ??
    // "The newly listed enterprises include A, B and C": the list's own words say they won.
    (referredBack ? cueAt(c.text, clause.start, clause.end, WINNER_LIST) : null);
  if (!verb) return [];
  // "six enterprises of the zone were selected": the zone only says whose enterprises.
  // A product's customers ("for BMW Brilliance Automotive Ltd. and other automakers") won nothing here.
  const candidates = ms.filter((m) => !namedAsWhose(c, m) && m.start >= listAt && !m.example);
  const kind = rule.recipientOrder.find((k) => candidates.some((m) => kindOf(c, m) === k));
  if (!kind) return [];
  // "A, which was approved as a national high-tech zone in 1991, …, and B": a relative clause's
  // title is the name it hangs on, not the clause's other names.
  const which = RELATIVE_BEFORE_VERB.exec(c.text.slice(clause.start, verb.start));
  const antecedent = which
    ? candidates.find(
        (m) => m.end === clause.start + which.index && rule.recipientOrder.includes(kindOf(c, m) as EntityKind),
      )
    : undefined;
  const recipients = antecedent ? [antecedent] : candidates.filter((m) => kindOf(c, m) === kind);
  const out: DraftFact[] = [];
  const nominationIn = (span: Span) => cueAt(c.text, span.start, span.end, NOMINATED);
  // "The six winners are A … F, while G, H and I received the nomination award": the nomination
  // is of the part of the clause it is said in.
  const partOf = (m: Mention) => contrastedPart(c.text, clause, m.start);
  const ownWords = ownWordsOf(c, recipients, partOf, nominationIn);
  // With two awards in the clause, a recipient whose own words name one won that one only.
  const awardsOwnWordsName = (r: Mention) => {
    const words = ownWords.get(r)?.words;
    const named = words ? awards.filter((a) => a.start >= words.start && a.end <= words.end) : [];
    return awards.length > 1 && named.length > 0 ? named : awards;
  };
  const yearAt = cueAt(c.text, clause.start, clause.end, YEAR);
  // A standing title ("is a national high-tech enterprise") has no year; an award won after it
  // in the clause ("…, and it was awarded the X Award in 2023") has its own: the cue nearest
  // before each award decides.
  // "has been identified as X" after "which won the Y Award in 2022": a perfect with no year of
  // its own is undated, not dated by the other award's year.
  const cues = new RegExp((CUES.get(rule) as RegExp).source, 'gi');
  const yearOf = (award: Mention): number | null => {
    const before = [...c.text.slice(clause.start, award.start).matchAll(cues)].pop();
    if (DESIGNATION.test(before?.[0] ?? c.text.slice(verb.start, verb.end))) return null;
    if (before) {
      const cueStart = clause.start + before.index;
      const next = [...c.text.slice(award.end, clause.end).matchAll(cues)][0];
      const own = YEAR.exec(c.text.slice(cueStart, next ? award.end + next.index : clause.end));
      if (own) return Number(own[0]);
      if (/\b(?:has|have)\s+been\s+$/i.test(c.text.slice(clause.start, cueStart))) return null;
    }
    // "identified as X in 2021, after having won the Y Award in 2019": each award takes the year nearest it.
    return nearestYear(c.text, clause, award) ?? c.year;
  };
  for (const award of awards) {
    const year = yearOf(award);
    const named = ms.includes(award);
    const confidence = named
      ? recipients.length > 4
        ? rule.longListConfidence
        : rule.confidence
      : rule.longListConfidence;
    for (const r of recipients) {
      if (!awardsOwnWordsName(r).includes(award)) continue;
      // "Seven enterprises were recommended to apply for X. They are A … G": the list is of nominees.
      const nomination = ownWords.get(r)?.nomination ?? (listOfThoseAwarded && c.previousNominated ? verb : null);
      const status = nomination ? 'NOMINATED' : 'AWARDED';
      const evidence = named ? quote(c, r, award, verb, nomination, yearAt) : quote(c, r, verb, nomination, yearAt);
      const f = fact(rule, r, award, { year, status }, confidence, evidence);
      if (f) out.push(f);
    }
  }
  return out;
}

/**
 * What each recipient's own words say. Recipients listed one after another ("A, B and C") are a
 * group; the words between two groups are cut at their last clause break (", and", ", while",
 * ";"): what comes before it is the earlier group's, what comes after the later one's. So "A won
 * the X Award in 2019, and B won the nomination award of Y" gives X to A and Y, nominated, to B;
 * "A won the X Award, and the nomination award went to B and C" nominates B and C; the words
 * before the first group ("The four enterprises that won the nomination award are A, B …") are
 * its own.
 */
function ownWordsOf(
  c: Ctx,
  recipients: readonly Mention[],
  partOf: (m: Mention) => Span,
  nominationIn: (span: Span) => Span | null,
): Map<Mention, { words: Span; nomination: Span | null }> {
  const ordered = [...recipients].sort((a, b) => a.start - b.start);
  const groups: Mention[][] = [];
  for (const r of ordered) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && /^[\s,;]*(?:and\s+)?$/.test(c.text.slice(last.end, r.start))) group.push(r);
    else groups.push([r]);
  }
  const spans = groups.map((g) => {
    const first = g[0] as Mention;
    return { start: partOf(first).start, end: partOf(g[g.length - 1] as Mention).end };
  });
  for (let i = 1; i < groups.length; i += 1) {
    const before = groups[i - 1] as Mention[];
    const from = (before[before.length - 1] as Mention).end;
    const to = ((groups[i] as Mention[])[0] as Mention).start;
    const breaks = [...c.text.slice(from, to).matchAll(CLAUSE_BREAK)];
    const cut = breaks.length > 0 ? from + (breaks[breaks.length - 1]?.index ?? 0) : to;
    (spans[i - 1] as Span).end = Math.min((spans[i - 1] as Span).end, cut);
    (spans[i] as Span).start = Math.max((spans[i] as Span).start, cut);
  }
  const out = new Map<Mention, { words: Span; nomination: Span | null }>();
  groups.forEach((g, i) => {
    const words = spans[i] as Span;
    const nomination = nominationIn(words);
    for (const r of g) out.set(r, { words, nomination });
  });
  return out;
}

/** Where one clause of a sentence gives way to the next: ", and", ", while", ";". */
const CLAUSE_BREAK = /,\s+(?:and|while|whereas|but)\s+|;\s*/g;

/** A clause that opens a list of winners ("The six winners are …", "They are …", "The eight enterprises are …"). */
function isWinnerList(c: Ctx, clause: Span): boolean {
  const text = c.text.slice(clause.start, clause.end);
  return WINNER_LIST.test(text) || LIST_OPENER.test(text) || COUNTED_LIST_OPENER.test(text);
}

/** The next item of a winner list run on over semicolons: the name opening the clause wins what the list's first clause gave. */
function listItemAt(c: Ctx, clause: Span, ms: Mention[], list: DraftFact[]): DraftFact[] {
  const first = ms[0];
  if (!first || !/^\s*(?:and\s+)?$/.test(c.text.slice(clause.start, first.start))) return [];
  const kind = kindOf(c, first);
  const model = list[0];
  if (!model || kind !== c.entities.get(model.from)?.kind) return [];
  const awards = [...new Map(list.map((f) => [f.to, f])).values()];
  return awards.flatMap((f) => {
    // Two quotes: the list's opening ("The eight enterprises are A") and the item's name.
    const evidence = [f.evidence[0] ?? '', c.text.slice(first.start, first.end)].filter(Boolean);
    return first.entityKey && first.entityKey !== f.to
      ? [{ ...f, from: first.entityKey, evidence, properties: { ...f.properties } }]
      : [];
  });
}

/**
 * A report of projects signed ("8 projects … were signed", "signed 11 projects"): the plans it
 * lists ("X will invest … to build …") are the projects signed, in the year of the signing.
 */
// Within a sentence: a full stop inside a number ("41.6 billion yuan") ends none.
const SIGNING_REPORT =
  /\bsign(?:ed|ing|s)?\b(?:[^.]|\.(?=\d)){0,100}\bprojects\b|\bprojects\b(?:[^.]|\.(?=\d)){0,100}\bsigned\b/i;

/** The parse's reading of the same: the trigger has "will" as its auxiliary, or is a present participle ("is building"). */
function planned(parse: NonNullable<ReturnType<typeof parsedSentence>>, trigger: number): boolean {
  const token = parse.tokens[trigger - 1];
  if (token?.pos === 'VBG') return true;
  return (parse.children.get(trigger) ?? []).some(
    (c) => c.dep === 'aux' && ['will', 'shall'].includes(parse.tokens[c.dependent - 1]?.lemma.toLowerCase() ?? ''),
  );
}

/** A verb in the perfect ("has been identified", "have built"). */
function perfect(parse: NonNullable<ReturnType<typeof parsedSentence>>, trigger: number): boolean {
  return (parse.children.get(trigger) ?? []).some(
    (c) => c.dep === 'aux' && parse.tokens[c.dependent - 1]?.lemma.toLowerCase() === 'have',
  );
}

/** A year the parse hangs on the trigger itself ("was recognized as … in 2023"): the year of that verb's event. */
function yearOfTrigger(parse: NonNullable<ReturnType<typeof parsedSentence>>, trigger: number): number | null {
  for (const c of parse.children.get(trigger) ?? []) {
    const word = parse.tokens[c.dependent - 1]?.word ?? '';
    if (/^(?:obl|nmod)/.test(c.dep) && YEAR_WORD.test(word)) return Number(word);
  }
  return null;
}

/** The year written nearest a mention inside a clause (the one after it first, at equal distance). */
function nearestYear(text: string, clause: Span, m: Span): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const found of text.slice(clause.start, clause.end).matchAll(new RegExp(YEAR_SOURCE, 'g'))) {
    const at = clause.start + found.index;
    const distance = at >= m.end ? at - m.end : m.start - at + 0.5;
    const year = Number(found[0]);
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year ?? null;
}

function via(text: string, clause: Span): string[] {
  const t = text.slice(clause.start, clause.end);
  const quoted = [...t.matchAll(/[“"]([^”"]{3,90})[”"]/g)].map((m) => m[1] ?? '').filter(Boolean);
  if (quoted.length > 0) return quoted;
  const through = /\b(?:through|via|under)\s+(?:the|a|an)\s+([^,.;]{3,80}?)(?=[,.;]|$)/.exec(t);
  if (through?.[1]) return [through[1]];
  const agreement = /\b(?:signed|signing)\s+(?:a|an|the)\s+([^,.;]{3,60}?agreement)\b/i.exec(t);
  if (agreement?.[1]) return [agreement[1]];
  return ['cooperation'];
}

function pair(rule: PairRule, c: Ctx, clause: Span, ms: Mention[]): DraftFact[] {
  if (rule.toInSentenceBefore) return pairWithEarlierEnd(rule, c, clause, ms);
  if (rule.toWhoseEnterprises) return pairWithWhoseEnterprises(rule, c, clause, ms);
  const out: DraftFact[] = [];
  const cue = CUES.get(rule) as RegExp;
  // A product's customers and companies named as examples are no end of the clause's facts.
  const fits = (m: Mention) => rule.from.includes(kindOf(c, m) as EntityKind);
  const seen = new Set<string>();
  for (const named of ms.filter((m) => fits(m) && !m.example)) {
    // A name inside an apposition or a relative clause before the cue stands for the company they describe.
    const a = rule.order === 'from-first' ? (describedBy(named, c, fits) ?? named) : named;
    if (rule.unlessEnterpriseBeforeFrom && ms.some((m) => kindOf(c, m) === 'ENTERPRISE' && m.start < a.start)) continue;
    if (rule.fromNotModifier && c.isModifier(a)) continue;
    if (rule.fromNotLocation && isLocation(c, a)) continue;
    for (const b of ms.filter((m) => rule.to.includes(kindOf(c, m) as EntityKind))) {
      if (a === b || named === b || hasNoMembers(rule, c, b)) continue;
      // "…, while 11 companies including A, B and C have invested there": a clause joined by
      // "while" states another thing of other names; a pair and its cue stay on one side.
      const part = contrastedPart(c.text, clause, named.start);
      if (b.start < part.start || b.end > part.end) continue;
      if (rule.toSpelled && !rule.toSpelled.test(b.surface)) continue;
      // Order and distance are the written name's; the fact is of the company it stands for.
      if (rule.order === 'from-first' && b.start < named.start) continue;
      if (rule.order === 'to-first' && named.start < b.start) continue;
      const lo = Math.min(named.end, b.end);
      const hi = Math.max(named.start, b.start);
      if (rule.between && !rule.between.test(c.text.slice(lo, hi))) continue;
      const first = named.start < b.start ? named : b;
      if (rule.before && !rule.before.test(c.text.slice(Math.max(0, first.start - 20), first.start))) continue;
      if (rule.maxWordsBetween !== undefined && c.text.slice(lo, hi).split(/\s+/).length > rule.maxWordsBetween)
        continue;
      let found = lo <= hi ? cueAt(c.text, lo, hi, cue) : null;
      if (!found && rule.window === 'clause') found = cueAt(c.text, part.start, part.end, cue);
      if (!found) continue;
      const properties: DraftFact['properties'] = rule.properties === 'via' ? { via: via(c.text, clause) } : {};
      // A year-keyed type (IMPLEMENTS) holds for the clause's year; a plan or work under way has none yet.
      if (relationshipType(rule.type)?.yearKeyed) {
        const clauseText = c.text.slice(clause.start, clause.end);
        properties.year =
          PLANNED.test(clauseText) && !SIGNING_REPORT.test(c.text) ? null : (yearsIn(clauseText)[0] ?? c.year);
      }
      if (seen.has(`${a.entityKey} ${b.entityKey}`)) continue;
      seen.add(`${a.entityKey} ${b.entityKey}`);
      const f = fact(rule, a, b, properties, rule.confidence, quote(c, a, b, found));
      if (f) out.push(f);
    }
  }
  return out;
}

/** A `to` end the rule excludes by name (a body that has officials but no members). */
function hasNoMembers(rule: PairRule, c: Ctx, m: Mention): boolean {
  return rule.toNot !== undefined && rule.toNot.test(c.entities.get(m.entityKey ?? '')?.name ?? m.surface);
}

/**
 * A pair rule whose `to` end is named in the sentence before, not in this one (it names
 * none of the `to` kinds): each `from` end of the clause, with the cue in the clause.
 */
function pairWithEarlierEnd(rule: PairRule, c: Ctx, clause: Span, ms: Mention[]): DraftFact[] {
  const isTo = (m: Mention) => rule.to.includes(kindOf(c, m) as EntityKind) && !hasNoMembers(rule, c, m);
  if (c.mentions.some(isTo)) return [];
  const b = [...c.previous].reverse().find(isTo);
  const found = b ? cueAt(c.text, clause.start, clause.end, CUES.get(rule) as RegExp) : null;
  if (!b || !found) return [];
  const out: DraftFact[] = [];
  for (const a of ms.filter((m) => rule.from.includes(kindOf(c, m) as EntityKind) && m.start > found.start)) {
    const f = fact(rule, a, b, {}, rule.confidence, quote(c, found, a));
    if (f) out.push(f);
  }
  return out;
}

/**
 * A place said as where ("in Beijing"), also as a later item of that list ("at trade fairs in
 * Beijing, Shanghai and Shenzhen").
 */
function isLocation(c: Ctx, m: Mention): boolean {
  if (SAID_AS_WHERE.test(c.text.slice(Math.max(0, m.start - 12), m.start))) return true;
  const before = c.mentions.filter((o) => o.end <= m.start).pop();
  return (
    before !== undefined &&
    /^(?:,\s+|\s+and\s+|,\s+and\s+)$/.test(c.text.slice(before.end, m.start)) &&
    kindOf(c, before) === kindOf(c, m) &&
    isLocation(c, before)
  );
}

/** The enterprises listed after their zone is named as theirs, here or in the sentence before (`toWhoseEnterprises`). */
function pairWithWhoseEnterprises(rule: PairRule, c: Ctx, clause: Span, ms: Mention[]): DraftFact[] {
  const found = cueAt(c.text, clause.start, clause.end, CUES.get(rule) as RegExp);
  if (!found) return countedEnterprisesOfZone(rule, c, ms);
  const whose = (m: Mention) => rule.to.includes(kindOf(c, m) as EntityKind) && namedAsWhose(c, m);
  const b = ms.filter((m) => m.end <= found.start).find(whose) ?? [...c.previous].reverse().find(whose);
  if (!b) return [];
  // The list itself: names right after the cue, one after another ("A, B and C"); what the
  // sentence goes on to say of them ("A serves customers such as X") names no more of the zone's.
  const out: DraftFact[] = [];
  let after = found.end;
  for (const a of ms.filter((m) => m.start >= found.end)) {
    const between = c.text.slice(after, a.start);
    if (after === found.end ? !/^\s*:?\s*$/.test(between) : !/^\s*(?:,|and|,\s*and)\s*$/.test(between)) break;
    after = a.end;
    if (!rule.from.includes(kindOf(c, a) as EntityKind)) break;
    const f = fact(rule, a, b, {}, rule.confidence, quote(c, found, a));
    if (f) out.push(f);
  }
  return out;
}

/**
 * "three enterprises of the zone signed technology development contracts with DUT. A will …; B
 * will …; and C will …": with no list cue, the companies of the next sentence are the zone's
 * when they are exactly as many as the sentence before counted.
 */
function countedEnterprisesOfZone(rule: PairRule, c: Ctx, ms: Mention[]): DraftFact[] {
  const whose = c.previous.find((m) => rule.to.includes(kindOf(c, m) as EntityKind) && namedAsWhose(c, m));
  if (!whose) return [];
  const counted = /\b([\w-]+)\s+(?:enterprises|companies|firms)\s+(?:of|in|from)\s+$/i.exec(
    c.text.slice(Math.max(0, whose.start - 40), whose.start),
  );
  const count = counted ? numberValue(counted[1] ?? '') : null;
  if (!rule.from.includes('ENTERPRISE')) return [];
  const companies = c.mentions.filter((m) => kindOf(c, m) === 'ENTERPRISE' && m.source !== 'anaphora' && !m.example);
  const distinct = [...new Map(companies.map((m) => [m.entityKey, m])).values()];
  if (!counted || count === null || distinct.length !== count) return [];
  // Two quotes: the count with its zone ("three enterprises of the zone"), then the company's clause.
  const countedAt = whose.start - (counted[0]?.length ?? 0);
  const countQuote = quoteSpan(c.text, countedAt, whose.end);
  const out: DraftFact[] = [];
  for (const a of distinct.filter((m) => ms.includes(m))) {
    const f = fact(rule, a, whose, {}, rule.confidence * 0.9, countQuote);
    if (f) out.push({ ...f, evidence: [countQuote, quote(c, a)] });
  }
  return out;
}

export interface FactContext {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
  people: PersonHit[];
  articleYear: number | null;
  /** CoreNLP's reading of the text, when the language model read it: the dependency rules need it. */
  language?: CoreNlpDocument;
  /**
   * The learned rule (null: none), run after the hand-written ones: it joins pairs they left
   * unjoined, and withdraws facts of theirs it finds unlikely.
   */
  classifier?: RelationClassifier | null;
  /** Where the pairs the classifier weighs are put, for the training command (keyed by entity key). */
  candidates?: RelationCandidate[];
  /** Where the facts it withdrew are put, for the review page. */
  withdrawn?: DraftFact[];
}

export function extractFacts(x: FactContext, rules: readonly FactRule[] = FACT_RULES): DraftFact[] {
  const facts: DraftFact[] = [];
  const years = contextYears(x.sentences, x.articleYear, x.text);
  const clauseRules = rules.filter((r) => r.matcher === 'pair' || r.matcher === 'award-recipients');
  let lastAward: Mention | null = null;
  let listedAward: Mention | null = null;
  let previous: Mention[] = [];
  let previousAwarded = false;
  let previousNominated = false;
  const awardedCounts = new Map<number, Mention>();
  const isModifier = x.language ? modifierOfAnotherName(x.language, x.mentions) : () => false;
  for (const sentence of x.sentences) {
    const inSentence = x.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.entityKey);
    const c: Ctx = {
      text: x.text,
      sentence,
      mentions: inSentence,
      entities: x.entities,
      year: years.get(sentence.index) ?? x.articleYear,
      lastAward,
      listedAward,
      previous,
      previousAwarded,
      previousNominated,
      awardedCounts,
      isModifier,
    };
    previous = inSentence;
    previousAwarded = AWARDED.test(x.text.slice(sentence.start, sentence.end));
    previousNominated = NOMINATED.test(x.text.slice(sentence.start, sentence.end));
    const before = lastAward;
    // Updated before the clauses: "A won the X Award; B won the nomination award" refers to X.
    lastAward = [...inSentence].reverse().find((m) => kindOf(c, m) === 'AWARD') ?? lastAward;
    c.lastAward = lastAward;
    // "Eight Enterprises of Dalian Named X": the count, with the title named after it in its
    // sentence, else the one named last before.
    if (previousAwarded)
      for (const n of x.text.slice(sentence.start, sentence.end).matchAll(COUNTED_WINNERS)) {
        const count = numberValue(n[1] ?? '');
        const at = sentence.start + n.index;
        const award = inSentence.find((m) => m.start > at && kindOf(c, m) === 'AWARD') ?? before;
        if (count !== null && award) awardedCounts.set(count, award);
      }
    // The title a list is named for, written right after "Listed as" / "the list of" (not "…were
    // on the list, and 9 of them are high-tech enterprises").
    const sentenceText = x.text.slice(sentence.start, sentence.end);
    for (const named of sentenceText.matchAll(LIST_NAMING)) {
      const at = sentence.start + named.index + named[0].length;
      listedAward =
        inSentence.find((m) => m.start >= at && m.start - at <= 60 && kindOf(c, m) === 'AWARD') ?? listedAward;
    }
    c.listedAward = listedAward;
    // A winner list whose items run on over semicolons, each with its own clause ("The eight
    // enterprises are A, whose …; B, which produces …; and C, …"): the first name of each later
    // clause is one more winner.
    let list: DraftFact[] = [];
    for (const clause of clauses(sentence, x.text)) {
      const ms = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
      if (ms.length === 0) continue;
      const item = list.length > 0 ? listItemAt(c, clause, ms, list) : [];
      facts.push(...item);
      if (item.length === 0) list = [];
      for (const rule of clauseRules) {
        if (rule.matcher === 'award-recipients') {
          const won = awardRecipients(rule, c, clause, ms);
          facts.push(...won);
          if (won.length > 0 && isWinnerList(c, clause)) list = won;
        } else if (ms.length >= 2 || (rule as PairRule).toInSentenceBefore || (rule as PairRule).toWhoseEnterprises)
          facts.push(...pair(rule, c, clause, ms));
      }
    }
  }
  for (const rule of rules) {
    if (rule.matcher === 'founded-by') facts.push(...foundedBy(rule, x));
    if (rule.matcher === 'person-role') facts.push(...personRoles(rule, x));
    if (rule.matcher === 'product') facts.push(...products(rule, x));
    if (rule.matcher === 'dependency') facts.push(...dependencyFacts(rule, x, years));
    if (rule.matcher === 'place-in-name') facts.push(...placeInName(rule, x));
  }
  const ruled = mergeFacts(facts);
  if (!x.language || (!x.classifier && !x.candidates)) return ruled;
  const candidates = relationCandidates({
    text: x.text,
    sentences: x.sentences,
    mentions: x.mentions,
    kindOf: (key) => x.entities.get(key)?.kind,
    years,
    articleYear: x.articleYear,
    parsed: x.language.sentences,
  });
  x.candidates?.push(...candidates);
  if (!x.classifier) return ruled;
  const { kept, added, withdrawn } = applyRelationClassifier(candidates, x.classifier, x.text, ruled);
  x.withdrawn?.push(...withdrawn);
  return mergeFacts([...kept, ...added]);
}

/** People named with a role: "Li Ming, general manager of Huaxin Co., Ltd.", "President Li Ming of …". */
function personRoles(rule: RoleRule, x: FactContext): DraftFact[] {
  const out: DraftFact[] = [];
  for (const p of x.people) {
    const person = x.mentions.find((m) => m.start === p.start && m.entityKey);
    // "… of Huaxin Co., Ltd." / "… of the company" (the mention may start at "the"); "its chairman X": the body named last.
    const org = p.ofAntecedent
      ? [...x.mentions]
          .reverse()
          .find((m) => m.end <= (p.roleStart ?? p.start) && m.entityKey && rule.to.includes(kindOfMention(x, m)))
      : p.ofStart === null
        ? undefined
        : x.mentions.find((m) => m.entityKey && m.start <= p.ofStart! && p.ofStart! < m.end);
    if (!person || !org) continue;
    const e = x.entities.get(org.entityKey ?? '');
    if (!e || !rule.to.includes(e.kind)) continue;
    const sentence = x.sentences.find((s) => s.start <= p.start && p.end <= s.end);
    if (!sentence || org.end > sentence.end) continue;
    const from = Math.min(p.start, p.roleStart ?? p.start, org.start < sentence.start ? p.start : org.start);
    const q = quoteSpan(x.text, from, Math.max(org.end, p.end), sentence.start, sentence.end);
    const f = fact(rule, person, org, { role: p.role }, rule.confidence, q);
    if (f) out.push(f);
  }
  return out;
}

/**
 * "X Co., Ltd., a joint venture of A of Austria and B Group Co., Ltd., which produces …": the
 * clause after an apposition of ownership is about the company the apposition describes, not
 * the owner named last. Returns that company, when `m` ends such an apposition.
 */
function ownerOfApposition(
  m: Mention,
  x: { text: string; mentions: Mention[] },
  fits: (m: Mention) => boolean,
): Mention | undefined {
  const before = x.text.slice(Math.max(0, m.start - 200), m.start);
  const apposition = OWNERSHIP_APPOSITION.exec(before);
  if (!apposition) return undefined;
  const at = m.start - (before.length - apposition.index);
  return x.mentions.find((c) => c.entityKey && c.end === at && fits(c));
}

/**
 * "X Co., Ltd., a joint venture of A and B Co., Ltd., which produces Y and Z, is located in …":
 * a name inside the apposition or the relative clause is not the subject of the verb after it;
 * the company they describe is. Returns that company for a mention inside one, else undefined.
 */
function describedBy(m: Mention, c: Ctx, fits: (m: Mention) => boolean): Mention | undefined {
  const before = c.text.slice(Math.max(0, m.start - 150), m.start);
  const produced = WHICH_PRODUCES.exec(before);
  const maker = produced
    ? c.mentions.find((o) => o.entityKey && o.end === m.start - (before.length - produced.index) && fits(o))
    : m;
  if (!maker) return undefined;
  const owner = ownerOfApposition(maker, c, fits);
  return owner ?? (maker === m ? undefined : maker);
}

/**
 * Makers and markets of the products patterns.ts finds: "its X have been sold to A and B"
 * (the maker is the company named last before "its", in that sentence or the one before)
 * and "M, which produces X" (M right before the comma).
 */
function products(rule: ProductRule, x: FactContext): DraftFact[] {
  const out: DraftFact[] = [];
  const kind = (m: Mention) => x.entities.get(m.entityKey ?? '')?.kind;
  const sentenceAt = (at: number) => x.sentences.find((s) => s.start <= at && at < s.end);
  for (const hit of findProductHits(x.text)) {
    if (!rule.forms.includes(hit.how)) continue;
    const sentence = sentenceAt(hit.anchor);
    if (!sentence) continue;
    const named = hit.products
      .map((p) => x.mentions.find((m) => m.start === p.start && m.end === p.end && m.entityKey))
      .filter((m): m is Mention => m !== undefined && kind(m) === 'PROJECT');
    const last = named[named.length - 1];
    if (!last) continue;
    if (rule.fact === 'maker') {
      const previous = x.sentences.find((s) => s.end <= sentence.start && s.index === sentence.index - 1);
      // ", which produces", "has developed": the name right before. "its … have been sold": the
      // company named last, in this sentence or the one before. "is one of the main production
      // bases of", "has an annual production capacity of": the company named last before it, in
      // this sentence.
      const lastBefore = (from: number) =>
        [...x.mentions]
          .reverse()
          .find(
            (m) =>
              m.entityKey &&
              !m.example &&
              m.end <= hit.anchor &&
              m.start >= from &&
              rule.from.includes(kind(m) as EntityKind),
          );
      const nearest =
        hit.how === 'its-sold'
          ? lastBefore((previous ?? sentence).start)
          : hit.how === 'ranked-base' || hit.how === 'capacity-of'
            ? lastBefore(sentence.start)
            : x.mentions.find((m) => m.entityKey && m.end === hit.anchor && rule.from.includes(kind(m) as EntityKind));
      const maker = nearest
        ? (ownerOfApposition(nearest, x, (m) => rule.from.includes(kind(m) as EntityKind)) ?? nearest)
        : undefined;
      if (!maker) continue;
      // "X will build a pump manufacturing base …, with an annual production capacity of 20,000
      // sets of pumps": the capacity is the base's, a plan, not what X makes.
      const work = (m: Mention) =>
        kind(m) === 'PROJECT' && WORK_NAME.test(x.entities.get(m.entityKey ?? '')?.name ?? '');
      if (hit.how === 'capacity-of' && x.mentions.some((m) => m.start > maker.end && m.end <= hit.anchor && work(m)))
        continue;
      // The quote stays in the product's sentence: from the maker when it is there, else from "its".
      const from = maker.start >= sentence.start ? maker.start : hit.anchor;
      for (const product of named) {
        const q = quoteSpan(x.text, from, product.end, sentence.start, sentence.end);
        const f = fact(rule, maker, product, {}, rule.confidence, q);
        if (f) out.push(f);
      }
    } else if (hit.destination) {
      const { start, end } = hit.destination;
      const places = x.mentions.filter(
        (m) => m.entityKey && m.start >= start && m.end <= end && rule.to.includes(kind(m) as EntityKind),
      );
      for (const product of named) {
        for (const place of places) {
          const q = quoteSpan(x.text, product.start, place.end, sentence.start, sentence.end);
          const f = fact(rule, product, place, {}, rule.confidence, q);
          if (f) out.push(f);
        }
      }
    }
  }
  return out;
}

/** ", which produces X and " before a product: the clause of the company named before it. */
const WHICH_PRODUCES = new RegExp(
  String.raw`,\s+(?:which|that)\s+(?:mainly\s+)?(?:${PRODUCTION_VERBS.join('|')})\s+[^,;.]*$`,
);
/** ", a joint venture of A of Austria and " / ", a subsidiary of ": what stands between a company and its owner. */
const OWNERSHIP_APPOSITION =
  /,\s+(?:a|an)\s+(?:joint\s+venture|(?:wholly[- ]owned\s+)?subsidiary|affiliate)\s+(?:of|between|set\s+up\s+by|owned\s+by)\s+(?:[^;.]|\.,|\.\s(?=Ltd))*?(?:\s+and\s+|\s+)?$/;
/** A project by its name ("… manufacturing base", "… project", "… production line"). */
const WORK_NAME = new RegExp(`\\b(?:${WORK_HEAD_WORDS.join('|')})$`, 'i');

const kindOfMention = (x: FactContext, m: Mention): EntityKind => x.entities.get(m.entityKey ?? '')?.kind ?? m.kind;

/** "the hoisting machinery industrial cluster of Kaiyuan": the place its name ends with, when the draft has it. */
function placeInName(rule: PlaceInNameRule, x: FactContext): DraftFact[] {
  const out: DraftFact[] = [];
  // "of Kaiyuan" is Kaiyuan City, never Kaiyuan County: a county keeps its word.
  const bare = (name: string) => name.replace(/\s+City$/, '').toLowerCase();
  for (const m of x.mentions) {
    if (!m.entityKey || !rule.from.includes(kindOfMention(x, m))) continue;
    const place = rule.ending.exec(m.surface)?.[1];
    if (!place) continue;
    const to = [...x.entities.values()].find(
      (e) => rule.to.includes(e.kind) && [e.name, ...e.surfaces].some((n) => bare(n) === bare(place)),
    );
    if (!to || to.key === m.entityKey) continue;
    out.push({
      type: rule.type,
      from: m.entityKey,
      to: to.key,
      properties: {},
      confidence: rule.confidence,
      evidence: [m.surface],
      rule: rule.name,
    });
  }
  return out;
}

/** "The alliance was initiated by O", "X, founded by O", "O has set up the alliance". */
function foundedBy(rule: FoundingRule, x: FactContext): DraftFact[] {
  const out: DraftFact[] = [];
  const verbs = rule.verbs.map((v) => v.replace(/ /g, '\\s+')).join('|');
  const passive = new RegExp(String.raw`^[^.;]{0,40}?\b(?:${verbs})\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?$`, 'i');
  const active = new RegExp(String.raw`^\s+(?:has\s+|have\s+|jointly\s+)?(?:${verbs})\s+(?:the\s+|a\s+|an\s+)?$`, 'i');
  const kind = (m: Mention) => x.entities.get(m.entityKey ?? '')?.kind as EntityKind;
  for (const s of x.sentences) {
    const ms = x.mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.entityKey);
    for (const a of ms) {
      for (const b of ms) {
        if (a === b || b.start < a.end) continue;
        const between = x.text.slice(a.end, b.start);
        let from: Mention | null = null;
        let to: Mention | null = null;
        if (passive.test(between) && rule.to.includes(kind(a)) && rule.from.includes(kind(b))) [from, to] = [b, a];
        else if (active.test(between) && rule.from.includes(kind(a)) && rule.to.includes(kind(b))) [from, to] = [a, b];
        if (!from || !to) continue;
        const f = fact(rule, from, to, {}, rule.confidence, quoteSpan(x.text, a.start, b.end, s.start, s.end));
        if (f) out.push(f);
      }
    }
  }
  return out;
}

const TRIGGERS = new Map<FactRule, ReadonlySet<string>>(
  FACT_RULES.flatMap((r) => (r.matcher === 'dependency' ? [[r, new Set(r.triggers)] as const] : [])),
);

/**
 * A dependency rule over each parsed sentence: from every trigger word, the names its paths
 * reach; the quote runs from the first of trigger and ends to the last, inside the sentence.
 */
function dependencyFacts(rule: DependencyRule, x: FactContext, years: Map<number, number | null>): DraftFact[] {
  if (!x.language) return [];
  const out: DraftFact[] = [];
  const lemmas = TRIGGERS.get(rule) ?? new Set(rule.triggers);
  const kind = (m: Mention) => x.entities.get(m.entityKey ?? '')?.kind as EntityKind;
  const clausesBySentence = new Map<Sentence, Span[]>();
  const clausesOf = (s: Sentence): Span[] => {
    const found = clausesBySentence.get(s) ?? clauses(s, x.text);
    clausesBySentence.set(s, found);
    return found;
  };
  for (const parsed of x.language.sentences) {
    const parse = parsedSentence(parsed);
    if (!parse) continue;
    // The mention on a token, or — "its products", one mention per product on the same words — all of them.
    const mentionsAt = (token: number): Mention[] => {
      const t = tokenSpan(parse, token);
      const first = x.mentions.find((m) => m.entityKey && m.start <= t.start && t.end <= m.end);
      if (!first) return [];
      return x.mentions.filter((m) => m.entityKey && m.start === first.start && m.end === first.end);
    };
    // An item of a list the parse took for one phrase brings the other items with it.
    const withListItems = (m: Mention): Mention[] =>
      m.list
        ? x.mentions.filter((o) => o.entityKey && o.list?.start === m.list?.start && o.list?.end === m.list?.end)
        : [m];
    const ends = (trigger: number, paths: readonly string[], kinds: readonly EntityKind[]) => [
      ...new Set(
        paths
          .flatMap((p) => reach(parse, trigger, p))
          .flatMap(mentionsAt)
          .flatMap(withListItems)
          .filter((m) => kinds.includes(kind(m))),
      ),
    ];
    const triggers = rule.anyVerb
      ? parse.tokens.filter((t) => /^VB/.test(t.pos)).map((t) => t.index)
      : triggersIn(parse, lemmas);
    for (const trigger of triggers) {
      const at = tokenSpan(parse, trigger);
      const sentence = x.sentences.find((s) => s.start <= at.start && at.end <= s.end);
      if (!sentence) continue;
      // A semicolon ends what one verb says: the parse may join the items of "A, whose X are
      // sold …; B, which …; and C, a maker of Y" as conjuncts, but Y is C's alone.
      const clause = clausesOf(sentence).find((c) => c.start <= at.start && at.end <= c.end) ?? sentence;
      const inSentence = (m: Mention) => m.start >= clause.start && m.end <= clause.end;
      const froms = ends(trigger, rule.fromPaths, rule.from).filter(inSentence);
      const opensSentence = (m: Mention) => /^\s*In\s+(?:the\s+)?$/.test(x.text.slice(sentence.start, m.start));
      const tos = ends(trigger, rule.toPaths, rule.to)
        .filter(inSentence)
        .filter((m) => !rule.toOpensSentence || opensSentence(m));
      for (const a of froms) {
        for (const b of tos) {
          const properties: DraftFact['properties'] = {
            ...(rule.properties === 'via' ? { via: via(x.text, sentence) } : {}),
            ...rule.fixed,
          };
          if (relationshipType(rule.type)?.yearKeyed)
            properties.year =
              rule.undated || (planned(parse, trigger) && !SIGNING_REPORT.test(x.text))
                ? null
                : (yearOfTrigger(parse, trigger) ??
                  // "has been identified as …" with no year of its own: a title held, not dated.
                  (rule.type === 'RECEIVED' && perfect(parse, trigger)
                    ? null
                    : (yearsIn(sentence.text)[0] ?? years.get(sentence.index) ?? x.articleYear)));
          const start = Math.min(a.start, b.start, at.start);
          const end = Math.max(a.end, b.end, at.end);
          // "B won the nomination award of the Y Award": a title given fixed as won was only a nomination.
          if (properties.status === 'AWARDED' && NOMINATED.test(x.text.slice(start, end)))
            properties.status = 'NOMINATED';
          const f = fact(
            rule,
            a,
            b,
            properties,
            rule.confidence,
            quoteSpan(x.text, start, end, sentence.start, sentence.end),
          );
          if (f) out.push(f);
        }
      }
    }
  }
  return out;
}

/** One fact per (type, ends, key properties); quotes of repeats are added to it. */
export function mergeFacts(facts: DraftFact[]): DraftFact[] {
  const byKey = new Map<string, DraftFact>();
  for (const f of facts) {
    const key = `${f.type}|${f.from}|${f.to}|${relationshipType(f.type)?.yearKeyed ? String(f.properties.year) : ''}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...f, evidence: [...f.evidence] });
      continue;
    }
    for (const q of f.evidence) if (!prev.evidence.includes(q)) prev.evidence.push(q);
    prev.confidence = Math.max(prev.confidence, f.confidence);
    // An award stated once as won and once as a nomination was won.
    if (f.properties.status === 'AWARDED') prev.properties.status = 'AWARDED';
    if (f.type === 'PARTNERS_WITH') {
      const v = new Set([...((prev.properties.via as string[]) ?? []), ...((f.properties.via as string[]) ?? [])]);
      if (v.size > 1) v.delete('cooperation');
      prev.properties.via = [...v];
    }
  }
  // "X won the Governor's Quality Award in 2021 … the award is a recognition of …": the same
  // award said again with no year is the dated one, when the article dates it once only.
  const merged = [...byKey.values()];
  return merged.filter((f) => {
    if (!relationshipType(f.type)?.yearKeyed || f.properties.year != null) return true;
    const dated = merged.filter(
      (o) => o.type === f.type && o.from === f.from && o.to === f.to && o.properties.year != null,
    );
    if (dated.length !== 1) return true;
    for (const q of f.evidence) if (!dated[0]?.evidence.includes(q)) dated[0]?.evidence.push(q);
    return false;
  });
}
