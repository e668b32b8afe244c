// The shapes a draft is made of (SPEC §4): what the drafter proposes, before a person reviews it.

export const KINDS = [
  'ENTERPRISE',
  'ZONE',
  'UNIVERSITY',
  'BRAND',
  'AWARD',
  'CLUSTER',
  'PERSON',
  'ORGANIZATION',
  'PROJECT',
  'PLACE',
] as const;
export type EntityKind = (typeof KINDS)[number];

/** Graph label of each kind (`ENTERPRISE` → `Enterprise`). */
export function labelOf(kind: EntityKind): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}

export function kindOfLabel(label: string): EntityKind | null {
  const k = label.toUpperCase();
  return (KINDS as readonly string[]).includes(k) ? (k as EntityKind) : null;
}

/** One sentence of the article, with its place in the text (offsets into the whole text). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A span of the text that names (or refers back to) an entity. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  kind: EntityKind;
  /** Where the candidate came from: the graph's own names, a domain pattern, the language library, a pronoun-like phrase. */
  source: 'graph' | 'pattern' | 'nlp' | 'abbreviation' | 'anaphora';
  /** Graph id when the span is an existing entity's name or alias. */
  graphId?: string;
  /** Key of the draft entity it was resolved to. */
  entityKey?: string;
  /**
   * The span of the list it is an item of, when the parse took the list for one phrase
   * ("produces paraxylene, polyester chips and nylon 66 salt"): a rule reaching one item reaches all.
   */
  list?: { start: number; end: number };
  /** A company named as an example of a list noun ("vehicle makers such as BYD"): never what "the company" refers back to. */
  example?: boolean;
}

/** An existing entity the resolver weighed for a name, with its score and why. */
export interface EntityCandidate {
  id: string;
  name: string;
  kind: EntityKind;
  score: number;
  reason: string;
}

export interface DraftEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  existing: boolean;
  confidence: number;
  evidence: string[];
  /** The spellings this article uses for it (a subset of `aliases`). */
  surfaceForms: string[];
  /** The graph's best candidates for its name (score ≥ 0.5), best first: what a reviewer may choose instead. */
  candidates: EntityCandidate[];
}

export interface DraftFact {
  type: string;
  from: string;
  to: string;
  properties: Record<string, string | number | string[] | null>;
  confidence: number;
  evidence: string[];
  /** Name of the rule that proposed it (src/draft/rules/fact-rules.ts), or `review` for one a person added. */
  rule: string;
}

export interface DraftIndicator {
  id: string;
  subject: string;
  name: string;
  value: number | null;
  unit: string | null;
  year: number | null;
  change: string | null;
  confidence: number;
  evidence: string[];
  /** Name of the figure reader that found it (src/draft/quantities.ts), or `review`. */
  rule: string;
}

export interface ReviewItem {
  about: string;
  reason: string;
}

export interface DraftDocument {
  id: string;
  title: string;
  date: string | null;
  /** How the date was found (kept for data/corpus.json on accept). */
  dateDerivation: string;
  file: string;
  /** The article verbatim, so accepting does not depend on the original file still being there. */
  text: string;
}

export interface DraftValidation {
  valid: boolean;
  violations: Array<{ rule: string; ids: string[]; message: string }>;
}

export interface Draft {
  document: DraftDocument;
  /** Whether the language model (CoreNLP) read the article, or the surface rules alone drafted it. */
  languageModel?: boolean;
  entities: DraftEntity[];
  facts: DraftFact[];
  indicators: DraftIndicator[];
  review: ReviewItem[];
  validation: DraftValidation;
  /**
   * Facts a hand-written rule proposed and the learned rule withdrew (its probability as their
   * confidence): not in the script; the review page offers each back in one click.
   */
  withdrawn?: DraftFact[];
}
