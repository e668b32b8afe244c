// Paths through CoreNLP's dependency parse (enhanced++ dependencies: prepositions folded into
// the label, `obl:in`, `nmod:with`; subjects and objects shared across conjuncts), for the
// fact rules of matcher 'dependency': from a trigger word, down a few labelled edges, to
// the head word of a name. Pure: a sentence of CoreNLP's JSON in, token numbers out.
import type { CoreNlpDependency, CoreNlpDocument, CoreNlpSentence, CoreNlpToken } from '../nlp/corenlp-document.js';
import { QUANTITY_NOUNS } from './lexicon.js';

/**
 * One way from the trigger to an end: edge labels separated by `>` ("obj>nmod:with": the
 * trigger's object, then that word's `with` modifier). A label ending in `:*` matches the
 * bare label and every subtype ("obl:*": obl, obl:in, obl:at, …). A label after `<` goes up
 * the edge instead ("<acl": the noun a participle modifies, "the machines developed by X").
 */
export type DependencyPath = string;

export interface ParsedSentence {
  tokens: readonly CoreNlpToken[];
  /** Edges out of each token (by CoreNLP token number, from 1). */
  children: Map<number, CoreNlpDependency[]>;
  /** Edges into each token. */
  parents: Map<number, CoreNlpDependency[]>;
}

/**
 * The sentence's dependency graph: enhanced++ by default (what the rules match: prepositions
 * in the label, shared subjects), or `basic`, a tree with one parent per word (what a walk
 * up from a word needs).
 */
export function parsedSentence(
  sentence: CoreNlpSentence,
  which: 'enhanced' | 'basic' = 'enhanced',
): ParsedSentence | null {
  // The rules, the figure reader and the name finders all walk the same sentences: each
  // graph is built once per sentence of the reading.
  const cached = PARSES.get(sentence);
  if (cached && which in cached) return cached[which] ?? null;
  const parse = buildParse(sentence, which);
  PARSES.set(sentence, { ...cached, [which]: parse });
  return parse;
}

const PARSES = new WeakMap<CoreNlpSentence, { enhanced?: ParsedSentence | null; basic?: ParsedSentence | null }>();

function buildParse(sentence: CoreNlpSentence, which: 'enhanced' | 'basic'): ParsedSentence | null {
  const edges =
    which === 'basic'
      ? sentence.basicDependencies
      : (sentence.enhancedPlusPlusDependencies ?? sentence.basicDependencies);
  if (!edges) return null;
  const children = new Map<number, CoreNlpDependency[]>();
  const parents = new Map<number, CoreNlpDependency[]>();
  const add = (map: Map<number, CoreNlpDependency[]>, key: number, e: CoreNlpDependency) =>
    map.set(key, [...(map.get(key) ?? []), e]);
  for (const e of [...participlesAsModifiers(sentence, edges), ...subjectsOfOrphanPassives(sentence, edges)]) {
    if (e.governor === 0) continue;
    add(children, e.governor, e);
    add(parents, e.dependent, e);
  }
  return { tokens: sentence.tokens, children, parents };
}

/**
 * "produces flat-top tower cranes and luffing jib tower cranes": the parser reads "luffing" as a
 * second verb (conj of "produces") with "cranes" its object. A participle conjoined to a verb
 * that already has an object, written right after "and" and straight before its own object,
 * modifies that object, which is a conjunct of the first: the edges are rewritten so.
 */
function participlesAsModifiers(sentence: CoreNlpSentence, edges: readonly CoreNlpDependency[]): CoreNlpDependency[] {
  const token = (i: number) => sentence.tokens[i - 1];
  const drop = new Set<CoreNlpDependency>();
  const added: CoreNlpDependency[] = [];
  const edge = (dep: string, governor: number, dependent: number): CoreNlpDependency => ({
    dep,
    governor,
    governorGloss: token(governor)?.word ?? '',
    dependent,
    dependentGloss: token(dependent)?.word ?? '',
  });
  for (const link of edges) {
    const participle = token(link.dependent);
    if (!link.dep.startsWith('conj') || participle?.pos !== 'VBG' || !/^VB/.test(token(link.governor)?.pos ?? ''))
      continue;
    if (token(participle.index - 1)?.word.toLowerCase() !== 'and') continue;
    const first = edges.find((e) => e.governor === link.governor && e.dep === 'obj' && e.dependent < participle.index);
    const own = edges.filter((e) => e.governor === participle.index);
    const object = own.find((e) => e.dep === 'obj');
    // A verb of its own has a subject of its own or an auxiliary; enhanced++ shares the first
    // verb's subject with it, which does not count.
    const shared = (e: CoreNlpDependency) =>
      edges.some((f) => f.governor === link.governor && f.dep === e.dep && f.dependent === e.dependent);
    if (!first || !object || own.some((e) => (e.dep.startsWith('nsubj') && !shared(e)) || e.dep === 'aux')) continue;
    // Only the object's own words between: "luffing jib tower cranes".
    const between = edges.filter((e) => e.dependent > participle.index && e.dependent < object.dependent);
    if (between.some((e) => e.governor !== object.dependent)) continue;
    for (const e of edges) if (e === link || (e.governor === participle.index && e.dep !== 'cc')) drop.add(e);
    added.push(edge(link.dep, first.dependent, object.dependent), edge('amod', object.dependent, participle.index));
    // Enhanced++ shares the verb's object with its conjuncts.
    if (link.dep !== 'conj') added.push(edge('obj', link.governor, object.dependent));
  }
  return [...edges.filter((e) => !drop.has(e)), ...added];
}

/**
 * "…, with an annual capacity of 80,000 tons, and its products are exported to Japan": in long
 * sentences the parser can hang "products" as a conjunct of the clause before and leave the
 * passive without a subject. A passive verb with none, whose auxiliary follows a noun at once,
 * has that noun as its subject (nsubj:pass, added beside the parser's edges).
 */
function subjectsOfOrphanPassives(sentence: CoreNlpSentence, edges: readonly CoreNlpDependency[]): CoreNlpDependency[] {
  const out: CoreNlpDependency[] = [];
  const token = (i: number) => sentence.tokens[i - 1];
  for (const verb of sentence.tokens) {
    if (verb.pos !== 'VBN') continue;
    const own = edges.filter((e) => e.governor === verb.index);
    if (own.some((e) => e.dep.startsWith('nsubj') || e.dep.startsWith('csubj'))) continue;
    // The passive and its auxiliaries, written together before the verb ("are exported", "have been sold").
    const aux = own.filter((e) => e.dep.startsWith('aux')).map((e) => e.dependent);
    if (!own.some((e) => e.dep === 'aux:pass') || aux.length === 0) continue;
    const first = Math.min(...aux);
    const noun = token(first - 1);
    const link = edges.find((e) => e.dependent === noun?.index);
    if (!noun || !/^NN/.test(noun.pos) || !link || !/^(conj|dep)/.test(link.dep)) continue;
    out.push({
      dep: 'nsubj:pass',
      governor: verb.index,
      governorGloss: verb.word,
      dependent: noun.index,
      dependentGloss: noun.word,
    });
  }
  return out;
}

function labelMatches(label: string, pattern: string): boolean {
  if (!pattern.endsWith(':*')) return label === pattern;
  const bare = pattern.slice(0, -2);
  return label === bare || label.startsWith(`${bare}:`);
}

/**
 * The words reached from `trigger` along `path`, and from each of them along its conjuncts
 * and appositions ("A, B and C", "the park, a base of …"): every name of a list is an end.
 */
export function reach(parse: ParsedSentence, trigger: number, path: DependencyPath): number[] {
  let frontier = [trigger];
  // The empty path is the trigger itself ("the fluorine chemical industry of the zone": the industry is an end).
  for (const step of path === '' ? [] : path.split('>')) {
    frontier = step.startsWith('<')
      ? frontier.flatMap((t) =>
          (parse.parents.get(t) ?? []).filter((e) => labelMatches(e.dep, step.slice(1))).map((e) => e.governor),
        )
      : frontier.flatMap((t) =>
          (parse.children.get(step === 'nsubj' ? clauseOfWithTo(parse, t) : t) ?? [])
            .filter((e) => labelMatches(e.dep, step))
            .map((e) => e.dependent),
        );
  }
  frontier = frontier.map((t) => countedThing(parse, t));
  const out = new Set(frontier);
  for (let i = 0; i < frontier.length; i += 1) {
    for (const e of parse.children.get(frontier[i] as number) ?? []) {
      if ((labelMatches(e.dep, 'conj:*') || e.dep === 'appos') && !out.has(e.dependent)) {
        out.add(e.dependent);
        frontier.push(e.dependent);
      }
    }
  }
  return [...out];
}

/**
 * "X will cooperate with the university to develop Y": the parser makes "the university" the
 * subject of "develop", marked by "with". The one who develops is the subject of the clause
 * "to develop" hangs from; a verb so marked is asked for that clause's subject instead.
 */
function clauseOfWithTo(parse: ParsedSentence, verb: number): number {
  const marks = (parse.children.get(verb) ?? []).filter((e) => e.dep === 'mark');
  const withTo =
    marks.some((e) => parse.tokens[e.dependent - 1]?.word.toLowerCase() === 'with') &&
    marks.some((e) => parse.tokens[e.dependent - 1]?.word.toLowerCase() === 'to');
  if (!withTo) return verb;
  const up = (parse.parents.get(verb) ?? []).find((e) => labelMatches(e.dep, 'advcl:*'));
  return up ? up.governor : verb;
}

const QUANTITY_NOUN_SET = new Set<string>(QUANTITY_NOUNS);

/**
 * The thing a word counts or sorts, when it is a common noun of QUANTITY_NOUNS with an "of"
 * phrase ("produces more than 80 kinds of intermediates": the intermediates); else the word.
 */
export function countedThing(parse: ParsedSentence, token: number): number {
  const t = parse.tokens[token - 1];
  if (!t || !/^NNS?$/.test(t.pos) || !QUANTITY_NOUN_SET.has(t.lemma.toLowerCase())) return token;
  // Enhanced++ folds the preposition into the label; the basic tree keeps it as a `case` word.
  const isOf = (e: CoreNlpDependency) =>
    e.dep === 'nmod:of' ||
    (e.dep === 'nmod' &&
      (parse.children.get(e.dependent) ?? []).some(
        (c) => c.dep === 'case' && parse.tokens[c.dependent - 1]?.word.toLowerCase() === 'of',
      ));
  const of = (parse.children.get(token) ?? []).find(isOf);
  return of && /^NN/.test(parse.tokens[of.dependent - 1]?.pos ?? '') ? of.dependent : token;
}

/** Tokens (by number) whose lemma is one of `lemmas` (lower case). */
export function triggersIn(parse: ParsedSentence, lemmas: ReadonlySet<string>): number[] {
  return parse.tokens.filter((t) => lemmas.has(t.lemma.toLowerCase())).map((t) => t.index);
}

export function tokenSpan(parse: ParsedSentence, index: number): { start: number; end: number } {
  const t = parse.tokens[index - 1] as CoreNlpToken;
  return { start: t.characterOffsetBegin, end: t.characterOffsetEnd };
}

/** The character span of a coreference mention (CoreNLP counts its tokens from 1, its end exclusive). */
export function corefSpan(
  doc: CoreNlpDocument,
  c: { sentNum: number; startIndex: number; endIndex: number },
): { start: number; end: number } {
  const s = doc.sentences[c.sentNum - 1];
  return {
    start: s?.tokens[c.startIndex - 1]?.characterOffsetBegin ?? -1,
    end: s?.tokens[c.endIndex - 2]?.characterOffsetEnd ?? -1,
  };
}

/** Relations by which one noun phrase modifies another: "the project of X", "X's project", "X project". */
const MODIFIER_RELATIONS = new Set(['nmod', 'nmod:poss', 'compound']);

/**
 * The relation by which a span's head word hangs in the basic parse ("nsubj", "obl", …): the
 * word of the span whose parent lies outside it. Null when no parsed sentence holds the span.
 */
export function headRelation(doc: CoreNlpDocument, span: { start: number; end: number }): string | null {
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) continue;
    const inside = (i: number) => {
      const t = tree.tokens[i - 1];
      return t !== undefined && t.characterOffsetBegin >= span.start && t.characterOffsetEnd <= span.end;
    };
    for (const t of tree.tokens) {
      if (!inside(t.index)) continue;
      const up = tree.parents.get(t.index)?.[0];
      if (!up || !inside(up.governor)) return up?.dep ?? 'root';
    }
  }
  return null;
}

/**
 * Whether a name only modifies another name in the parse ("the new materials project of
 * Huarui Heavy Industry …": Huarui modifies the project): its head word hangs by `nmod`,
 * `nmod:poss` or `compound` from a word of another entity's mention. Such a name is not the
 * subject of the clause it stands in. Mentions the parse does not cover are not modifiers.
 */
export function modifierOfAnotherName(
  doc: CoreNlpDocument,
  mentions: ReadonlyArray<{ start: number; end: number; entityKey?: string }>,
): (m: { start: number; end: number; entityKey?: string }) => boolean {
  const trees = doc.sentences.flatMap((s) => {
    const tree = parsedSentence(s, 'basic');
    return tree ? [tree] : [];
  });
  return (m) => {
    const tree = trees.find((t) =>
      t.tokens.some((x) => x.characterOffsetBegin >= m.start && x.characterOffsetEnd <= m.end),
    );
    if (!tree) return false;
    const inside = (i: number, span: { start: number; end: number }) => {
      const t = tree.tokens[i - 1];
      return t !== undefined && t.characterOffsetBegin >= span.start && t.characterOffsetEnd <= span.end;
    };
    for (const t of tree.tokens) {
      if (!inside(t.index, m)) continue;
      const up = tree.parents.get(t.index)?.[0];
      if (!up || inside(up.governor, m)) continue;
      // The head word of the name: its parent lies outside it.
      if (!MODIFIER_RELATIONS.has(up.dep)) return false;
      return mentions.some((o) => o.entityKey && o.entityKey !== m.entityKey && inside(up.governor, o));
    }
    return false;
  };
}
