// Paths through CoreNLP's dependency parse (enhanced++ dependencies: prepositions folded into
// the label, `obl:in`, `nmod:with`; subjects and objects shared across conjuncts), for the
// fact rules of matcher 'dependency': from a trigger word, down a few labelled edges, to
// the head word of a name. Pure: a sentence of CoreNLP's JSON in, token numbers out.
import type { CoreNlpDependency, CoreNlpSentence, CoreNlpToken } from '../nlp/corenlp-document.js';

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
  const edges =
    which === 'basic'
      ? sentence.basicDependencies
      : (sentence.enhancedPlusPlusDependencies ?? sentence.basicDependencies);
  if (!edges) return null;
  const children = new Map<number, CoreNlpDependency[]>();
  const parents = new Map<number, CoreNlpDependency[]>();
  const add = (map: Map<number, CoreNlpDependency[]>, key: number, e: CoreNlpDependency) =>
    map.set(key, [...(map.get(key) ?? []), e]);
  for (const e of edges) {
    if (e.governor === 0) continue;
    add(children, e.governor, e);
    add(parents, e.dependent, e);
  }
  return { tokens: sentence.tokens, children, parents };
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
  for (const step of path.split('>')) {
    frontier = step.startsWith('<')
      ? frontier.flatMap((t) =>
          (parse.parents.get(t) ?? []).filter((e) => labelMatches(e.dep, step.slice(1))).map((e) => e.governor),
        )
      : frontier.flatMap((t) =>
          (parse.children.get(t) ?? []).filter((e) => labelMatches(e.dep, step)).map((e) => e.dependent),
        );
  }
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

/** Tokens (by number) whose lemma is one of `lemmas` (lower case). */
export function triggersIn(parse: ParsedSentence, lemmas: ReadonlySet<string>): number[] {
  return parse.tokens.filter((t) => lemmas.has(t.lemma.toLowerCase())).map((t) => t.index);
}

export function tokenSpan(parse: ParsedSentence, index: number): { start: number; end: number } {
  const t = parse.tokens[index - 1] as CoreNlpToken;
  return { start: t.characterOffsetBegin, end: t.characterOffsetEnd };
}
