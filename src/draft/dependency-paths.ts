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
  // Subjects are repaired from the basic tree, where a clause without one shows; enhanced++
  // may have given the verb a wrong one by propagation, which the repair replaces.
  const subjects = subjectsOfOrphanVerbs(sentence, sentence.basicDependencies ?? edges);
  const repaired = new Set(subjects.map((e) => e.governor));
  const kept = participlesAsModifiers(sentence, edges).filter(
    (e) => !(repaired.has(e.governor) && e.dep.startsWith('nsubj')),
  );
  for (const e of [...kept, ...subjects]) {
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
 * In long sentences the parser can hang a clause's subject as a conjunct of the name before and
 * leave the verb without one: "…, and its products are exported to Japan" ("products" a
 * conjunct of the clause before), "… of Dalian Huarui … Co., Ltd., and Liaoning Tiefeng Reducer
 * Co., Ltd. supplies reducers to …" (the company a conjunct of the shipyards' owner). A finite
 * verb with no subject, written straight after such a noun phrase (its auxiliaries between),
 * has it as its subject: nsubj, or nsubj:pass for a passive, added beside the parser's edges.
 */
function subjectsOfOrphanVerbs(sentence: CoreNlpSentence, edges: readonly CoreNlpDependency[]): CoreNlpDependency[] {
  const out: CoreNlpDependency[] = [];
  const token = (i: number) => sentence.tokens[i - 1];
  const linkOf = (i: number) => edges.find((e) => e.dependent === i);
  const conjunctsOf = (i: number): Set<number> => {
    const out = new Set<number>();
    for (let next = [i]; next.length > 0;) {
      next = edges
        .filter((e) => next.includes(e.governor) && e.dep.startsWith('conj') && !out.has(e.dependent))
        .map((e) => e.dependent);
      next.forEach((n) => out.add(n));
    }
    return out;
  };
  for (const verb of sentence.tokens) {
    const own = edges.filter((e) => e.governor === verb.index);
    const passive = verb.pos === 'VBN' && own.some((e) => e.dep === 'aux:pass');
    if (!passive && !/^VB[ZDP]$/.test(verb.pos)) continue;
    if (own.some((e) => e.dep.startsWith('csubj') || e.dep === 'expl')) continue;
    const subject = own.find((e) => e.dep.startsWith('nsubj'))?.dependent;
    // A verb with none of its own words before it heads no clause of its own here.
    const link = linkOf(verb.index);
    if (!link || !/^(ccomp|conj|dep|parataxis)/.test(link.dep)) continue;
    const aux = own.filter((e) => e.dep.startsWith('aux')).map((e) => e.dependent);
    let noun = token(Math.min(verb.index, ...aux) - 1);
    // Up from the phrase's last word to its head: "Ltd." → "Co.", within the phrase.
    for (let hops = 0; noun && hops < 4; hops += 1) {
      const up = linkOf(noun.index);
      if (!up || !/^(amod|compound|flat|punct)/.test(up.dep) || up.governor > noun.index) break;
      noun = token(up.governor);
    }
    const nounLink = noun ? linkOf(noun.index) : undefined;
    if (!noun || !/^NN/.test(noun.pos) || !nounLink || !/^(conj|dep)/.test(nounLink.dep)) continue;
    // A subject the parser gave it far before stands only when the noun next to the verb is
    // one of its conjuncts ("A, B and C produce X"); a conjunct of a word inside another
    // phrase ("the shipyards of Huarui …, and Tiefeng … supplies") is the real subject.
    // Only a conjunct replaces it: "a total of 27 contracts worth 380 million yuan were signed"
    // keeps "total", whatever the parser made of "yuan".
    if (
      subject !== undefined &&
      (subject === noun.index || conjunctsOf(subject).has(noun.index) || !nounLink.dep.startsWith('conj'))
    )
      continue;
    out.push({
      dep: passive ? 'nsubj:pass' : 'nsubj',
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
      const modified = (word: number) =>
        mentions.some((o) => o.entityKey && o.entityKey !== m.entityKey && inside(word, o));
      // "the … project invested by X Co., Ltd. will be located in …": the agent of a participle
      // that modifies another name modifies that name too.
      if (up.dep === 'obl' || up.dep === 'obl:agent') {
        const by = (tree.children.get(t.index) ?? []).some(
          (c) => c.dep === 'case' && tree.tokens[c.dependent - 1]?.word.toLowerCase() === 'by',
        );
        const participle = tree.parents.get(up.governor)?.[0];
        if (by && participle?.dep === 'acl') return modified(participle.governor);
        // The parser's misreading of the same: the participle made the root, the name it
        // modifies its active subject, no auxiliary ("the … project invested by X … will be located").
        const children = tree.children.get(up.governor) ?? [];
        const bare = tree.tokens[up.governor - 1]?.pos === 'VBN' && !children.some((c) => c.dep.startsWith('aux'));
        return by && bare && children.some((c) => c.dep === 'nsubj' && modified(c.dependent));
      }
      if (!MODIFIER_RELATIONS.has(up.dep)) return false;
      return modified(up.governor);
    }
    return false;
  };
}
