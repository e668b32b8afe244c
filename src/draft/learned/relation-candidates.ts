// The pairs of names a sentence holds, as the relation classifier sees them: for every two
// mentions of different entities in one sentence whose kinds some relationship type joins
// (either way), the words and the dependency path between them as sparse features. Pure:
// CoreNLP's reading and the drafter's mentions in, candidates out. The classifier
// (./relation-classifier.ts) scores them; the training command labels them from gold files.
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../model/relationship-types.js';
import type { CoreNlpSentence, CoreNlpToken } from '../../nlp/corenlp-document.js';
import { quoteSpan } from '../evidence.js';
import { PLANNED } from '../lexicon.js';
import { yearsIn } from '../language.js';
import { labelOf, type EntityKind, type Mention, type Sentence } from '../types.js';

export interface RelationCandidate {
  /** The entity named first in the text, and the one named second (entity keys in the drafter; draft ids after it). */
  first: string;
  second: string;
  firstKind: EntityKind;
  secondKind: EntityKind;
  /** The sentence's place in the text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The shortest verbatim span holding both names. */
  quote: string;
  /** The year the sentence states, else the one its context gives (facts.ts contextYears). */
  year: number | null;
  /** "nominated", "recommended" in the sentence: an award named there was not (yet) won. */
  nominated: boolean;
  /** "will build", "plans to" from the first name to the second: a plan, not done yet (lexicon.ts PLANNED). */
  planned: boolean;
  features: string[];
}

/** Whether the registry lets `type` run from a `from` kind to a `to` kind. */
export function typeJoins(type: RelationshipType, from: EntityKind, to: EntityKind): boolean {
  return (
    (type.from as readonly string[]).includes(labelOf(from)) && (type.to as readonly string[]).includes(labelOf(to))
  );
}

/** Whether some type of the registry joins a `from` kind to a `to` kind. */
export function kindsJoined(from: EntityKind, to: EntityKind): boolean {
  return JOINED.has(`${from}>${to}`);
}

const JOINED = new Set(
  RELATIONSHIP_TYPES.flatMap((t) => t.from.flatMap((f) => t.to.map((to) => `${f.toUpperCase()}>${to.toUpperCase()}`))),
);

/** Longer spans than this between two names carry no word features: only the path speaks. */
const MAX_WORDS_BETWEEN = 12;
const NOMINATED = /\b(?:nominated|nomination|recommended)\b/i;

export interface CandidateInput {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  kindOf: (entityKey: string) => EntityKind | undefined;
  years: ReadonlyMap<number, number | null>;
  articleYear: number | null;
  parsed: readonly CoreNlpSentence[];
}

export function relationCandidates(x: CandidateInput): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const parsed of x.parsed) {
    const tokens = parsed.tokens;
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    const sentence = x.sentences.find((s) => s.start <= first.characterOffsetBegin && last.characterOffsetEnd <= s.end);
    if (!sentence) continue;
    const parent = parentsOf(parsed);
    const inSentence = x.mentions.filter(
      (m) => m.entityKey && m.start >= sentence.start && m.end <= sentence.end && x.kindOf(m.entityKey),
    );
    // One mention per span and entity ("its products": several products on one span stay several).
    const ms = inSentence.filter(
      (m, i) =>
        inSentence.findIndex((o) => o.start === m.start && o.end === m.end && o.entityKey === m.entityKey) === i,
    );
    const year = yearsIn(sentence.text)[0] ?? x.years.get(sentence.index) ?? x.articleYear;
    for (let i = 0; i < ms.length; i += 1) {
      for (let j = 0; j < ms.length; j += 1) {
        const a = ms[i];
        const b = ms[j];
        if (!a || !b || a.entityKey === b.entityKey || !(a.start < b.start) || a.end > b.start) continue;
        const ka = x.kindOf(a.entityKey ?? '');
        const kb = x.kindOf(b.entityKey ?? '');
        if (!ka || !kb || (!kindsJoined(ka, kb) && !kindsJoined(kb, ka))) continue;
        const ha = headToken(tokens, parent, a);
        const hb = headToken(tokens, parent, b);
        if (ha === null || hb === null || ha === hb) continue;
        out.push({
          first: a.entityKey ?? '',
          second: b.entityKey ?? '',
          firstKind: ka,
          secondKind: kb,
          sentenceStart: sentence.start,
          sentenceEnd: sentence.end,
          quote: quoteSpan(x.text, a.start, b.end, sentence.start, sentence.end),
          year,
          nominated: NOMINATED.test(x.text.slice(sentence.start, sentence.end)),
          planned: PLANNED.test(x.text.slice(a.start, b.end)),
          features: pairFeatures({
            tokens,
            parent,
            a,
            b,
            ha,
            hb,
            ka,
            kb,
            between: countBetween(ms, a, b, x.kindOf),
            text: x.text,
          }),
        });
      }
    }
  }
  return out;
}

/** The other names between the two: how many, and whether one is of the first's kind or the second's (a nearer candidate). */
function countBetween(
  ms: readonly Mention[],
  a: Mention,
  b: Mention,
  kindOf: (key: string) => EntityKind | undefined,
): Between {
  const others = ms.filter(
    (m) => m.start >= a.end && m.end <= b.start && m.entityKey !== a.entityKey && m.entityKey !== b.entityKey,
  );
  const ka = kindOf(a.entityKey ?? '');
  const kb = kindOf(b.entityKey ?? '');
  return {
    count: others.length,
    firstKind: others.some((m) => kindOf(m.entityKey ?? '') === ka),
    secondKind: others.some((m) => kindOf(m.entityKey ?? '') === kb),
  };
}

interface Between {
  count: number;
  firstKind: boolean;
  secondKind: boolean;
}

/** Each token's parent in the basic tree (one per word), with the edge's label. */
function parentsOf(sentence: CoreNlpSentence): Map<number, { governor: number; dep: string }> {
  const out = new Map<number, { governor: number; dep: string }>();
  for (const e of sentence.basicDependencies ?? []) out.set(e.dependent, { governor: e.governor, dep: e.dep });
  return out;
}

/** The token of a mention whose parent lies outside it: the name's head word. */
function headToken(
  tokens: readonly CoreNlpToken[],
  parent: ReadonlyMap<number, { governor: number }>,
  m: Mention,
): number | null {
  const inside = tokens.filter((t) => t.characterOffsetBegin >= m.start && t.characterOffsetEnd <= m.end);
  if (inside.length === 0) {
    // A mention inside one token ("Dalian-based"): that token.
    const t = tokens.find((t) => t.characterOffsetBegin <= m.start && m.end <= t.characterOffsetEnd);
    return t ? t.index : null;
  }
  const ids = new Set(inside.map((t) => t.index));
  const heads = inside.filter((t) => !ids.has(parent.get(t.index)?.governor ?? 0));
  return (heads[0] ?? inside[inside.length - 1])?.index ?? null;
}

const lemma = (t: CoreNlpToken | undefined) => (t ? t.lemma.toLowerCase() : '∅');
/** A word on the path as a feature: a proper name by its class only ("Russia" → <COUNTRY>), which generalises. */
const pathWord = (t: CoreNlpToken | undefined) =>
  t && /^NNP/.test(t.pos) ? `<${t.ner !== 'O' ? t.ner : 'NNP'}>` : lemma(t);
/** The label without its subtype for the coarser feature ("obl:in" → "obl"). */
const coarse = (dep: string) => dep.split(':')[0] ?? dep;

interface PairInput {
  tokens: readonly CoreNlpToken[];
  parent: ReadonlyMap<number, { governor: number; dep: string }>;
  a: Mention;
  b: Mention;
  ha: number;
  hb: number;
  ka: EntityKind;
  kb: EntityKind;
  between: Between;
  text: string;
}

/**
 * The features of one pair, as strings: the kinds; the path up from the first name's head to
 * the word both hang from and down to the second's (labels, and the lemmas of the words on it);
 * the words between the two names; the word before and after; how far apart they are.
 */
export function pairFeatures(p: PairInput): string[] {
  const kinds = `${labelOf(p.ka)}>${labelOf(p.kb)}`;
  const f: string[] = ['bias', `k:${kinds}`];
  const up = ancestors(p.parent, p.ha);
  const down = ancestors(p.parent, p.hb);
  const lcaAt = up.findIndex((n) => down.some((d) => d.token === n.token));
  if (lcaAt >= 0) {
    const lca = up[lcaAt]?.token ?? 0;
    const downTo = down.findIndex((d) => d.token === lca);
    const upEdges = up.slice(0, lcaAt).map((n) => n.dep);
    const downEdges = down
      .slice(0, downTo)
      .map((n) => n.dep)
      .reverse();
    const upWords = up.slice(1, lcaAt).map((n) => pathWord(p.tokens[n.token - 1]));
    const downWords = down
      .slice(1, downTo)
      .map((n) => pathWord(p.tokens[n.token - 1]))
      .reverse();
    const lcaWord = lca === p.ha ? '=1' : lca === p.hb ? '=2' : pathWord(p.tokens[lca - 1]);
    const labels = `${upEdges.map(coarse).join('<')}|${downEdges.map(coarse).join('>')}`;
    f.push(
      `lab:${labels}`,
      `labk:${labels}|${kinds}`,
      `path:${upEdges.join('<')}|${lcaWord}|${downEdges.join('>')}`,
      `pathk:${upEdges.join('<')}|${lcaWord}|${downEdges.join('>')}|${kinds}`,
      `lca:${lcaWord}`,
      `lcak:${lcaWord}|${kinds}`,
      `len:${Math.min(upEdges.length + downEdges.length, 7)}`,
    );
    for (const w of [...upWords, ...downWords]) f.push(`on:${w}`, `onk:${w}|${kinds}`);
    if (upEdges[0]) f.push(`dep1:${upEdges[0]}`);
    if (downEdges.length > 0) f.push(`dep2:${downEdges[downEdges.length - 1]}`);
    else f.push(`dep2:head`);
  } else f.push('nopath');
  const between = p.tokens.filter((t) => t.characterOffsetBegin >= p.a.end && t.characterOffsetEnd <= p.b.start);
  f.push(
    `nb:${between.length <= 2 ? between.length : between.length <= 5 ? '3-5' : between.length <= 12 ? '6-12' : '13+'}`,
  );
  f.push(`mb:${Math.min(p.between.count, 3)}`);
  // Another name of the first's kind between: the second more likely belongs to that one.
  const nearer = `${p.between.firstKind ? 'A' : '-'}${p.between.secondKind ? 'B' : '-'}`;
  f.push(`near:${nearer}`, `neark:${nearer}|${kinds}`);
  if (between.some((t) => t.word === ';')) f.push('semi');
  if (between.length <= MAX_WORDS_BETWEEN) {
    for (const t of between) if (/[\p{L}]/u.test(t.word)) f.push(`bw:${lemma(t)}`);
    if (between.length <= 4) f.push(`bws:${between.map(lemma).join('_')}|${kinds}`);
  }
  const before = p.tokens.filter((t) => t.characterOffsetEnd <= p.a.start).at(-1);
  const after = p.tokens.find((t) => t.characterOffsetBegin >= p.b.end);
  f.push(`b1:${lemma(before)}`, `a2:${lemma(after)}`);
  f.push(`src:${p.a.source}>${p.b.source}`);
  if (PLANNED.test(p.text.slice(p.a.start, p.b.end))) f.push('plan', `plank:${kinds}`);
  return [...new Set(f)];
}

function ancestors(
  parent: ReadonlyMap<number, { governor: number; dep: string }>,
  token: number,
): Array<{ token: number; dep: string }> {
  // Each entry: a token and the label of the edge above it; the chain ends at the root.
  const out: Array<{ token: number; dep: string }> = [];
  const seen = new Set<number>();
  let at = token;
  while (at !== 0 && !seen.has(at)) {
    seen.add(at);
    const up = parent.get(at);
    out.push({ token: at, dep: up?.dep ?? 'root' });
    at = up?.governor ?? 0;
  }
  return out;
}
