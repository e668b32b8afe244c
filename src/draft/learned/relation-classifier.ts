// The relation classifier: a rule learned from the blind tuning sets' gold instead of written
// by hand. For each pair of names in a sentence (./relation-candidates.ts) it gives the
// probability of each relationship type, either way, and of none. A pair the hand-written
// rules left unjoined becomes a fact when a type's probability reaches the threshold; a rule's
// fact it gives less than the withdrawal level is withdrawn (and listed for review). Its facts
// say `relation-classifier` as their rule, with that probability as their confidence.
//
// The weights are data (data/models/relation-classifier.json), made by `npm run draft:train`
// from the tuning sets only, its settings chosen on the validation sets; the held-out sets
// never train or choose it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import { relationshipType } from '../../model/relationship-types.js';
import type { DraftFact } from '../types.js';
import { classify, type LogisticModel } from './logistic-regression.js';
import { typeJoins, type RelationCandidate } from './relation-candidates.js';

/** The rule's record: what it is called, its weights, and when it speaks. */
export interface RelationClassifier {
  name: string;
  model: LogisticModel;
  /** A type's probability at or above this makes a fact. */
  threshold: number;
  /** The types it may propose: those whose facts saved corrections on the validation sets. */
  types: readonly string[];
  /**
   * A hand-written rule's fact of one of `vetoTypes` is withdrawn when the classifier gives it,
   * in every sentence that names both ends, a probability below this (null: it never withdraws).
   */
  vetoBelow: number | null;
  vetoTypes: readonly string[];
}

export const RELATION_CLASSIFIER_NAME = 'relation-classifier';
export const RELATION_MODEL_FILE = join(PROJECT_ROOT, 'data', 'models', 'relation-classifier.json');

/** The class of a pair no type joins. Others are `<TYPE>>` (first name → second) and `<TYPE><` (second → first). */
export const NO_RELATION = 'NONE';

/** The file `npm run draft:train` writes: the model and the threshold it chose, with how. */
export interface RelationModelFile {
  threshold: number;
  types: string[];
  vetoBelow: number | null;
  vetoTypes: string[];
  /** The tuning sets it was trained on, and the cross-validated figures that chose the threshold. */
  trainedOn: string[];
  note: string;
  model: LogisticModel;
}

let shipped: RelationClassifier | null | undefined;

/** The shipped classifier, read once; null when the file is absent (the hand-written rules alone then). */
export function shippedRelationClassifier(): RelationClassifier | null {
  if (shipped !== undefined) return shipped;
  if (!existsSync(RELATION_MODEL_FILE)) return (shipped = null);
  const file = JSON.parse(readFileSync(RELATION_MODEL_FILE, 'utf8')) as RelationModelFile;
  shipped = {
    name: RELATION_CLASSIFIER_NAME,
    model: file.model,
    threshold: file.threshold,
    types: file.types,
    vetoBelow: file.vetoBelow,
    vetoTypes: file.vetoTypes,
  };
  return shipped;
}

/** Types whose facts need a property the sentence's words do not give the classifier (a person's role). */
const NOT_PROPOSED = new Set(['LEADS']);
/** What a plan will do is not done: as the product rules, no product of a plant still to be built. */
const NOT_IN_PLANS = new Set(['MANUFACTURES', 'DEVELOPS']);

/** What the classifier says of one pair: its likeliest relation, one way, with its probability. */
export function bestRelation(
  classifier: RelationClassifier,
  c: RelationCandidate,
): { type: string; from: string; to: string; probability: number } | null {
  let best: { type: string; from: string; to: string; probability: number } | null = null;
  for (const [label, probability] of classify(classifier.model, c.features)) {
    if (label === NO_RELATION || (best && best.probability >= probability)) continue;
    const type = label.slice(0, -1);
    const forward = label.endsWith('>');
    const [from, to] = forward ? [c.first, c.second] : [c.second, c.first];
    const [fromKind, toKind] = forward ? [c.firstKind, c.secondKind] : [c.secondKind, c.firstKind];
    const t = relationshipType(type);
    if (!t || NOT_PROPOSED.has(type)) continue;
    if (!typeJoins(t, fromKind, toKind)) continue;
    best = { type, from, to, probability };
  }
  return best;
}

/**
 * Facts for the pairs no hand-written rule joined (in either direction), where the classifier's
 * likeliest type reaches the threshold. `joined`: the facts the rules proposed.
 */
export function learnedFacts(
  candidates: readonly RelationCandidate[],
  classifier: RelationClassifier,
  joined: readonly DraftFact[],
): DraftFact[] {
  const pairs = new Set(joined.flatMap((f) => [`${f.from}|${f.to}`, `${f.to}|${f.from}`]));
  const out: DraftFact[] = [];
  for (const c of candidates) {
    if (pairs.has(`${c.first}|${c.second}`)) continue;
    const best = bestRelation(classifier, c);
    if (!best || best.probability < classifier.threshold || !classifier.types.includes(best.type)) continue;
    if (c.planned && NOT_IN_PLANS.has(best.type)) continue;
    const t = relationshipType(best.type);
    const properties: DraftFact['properties'] = {};
    // A plan has no year yet (as the hand-written rules date one).
    if (t?.yearKeyed) properties.year = c.planned ? null : c.year;
    if (best.type === 'RECEIVED') properties.status = c.nominated ? 'NOMINATED' : 'AWARDED';
    // "cooperation" is what a hand-written rule says too when the sentence names no programme.
    if (best.type === 'PARTNERS_WITH') properties.via = ['cooperation'];
    out.push({
      type: best.type,
      from: best.from,
      to: best.to,
      properties,
      confidence: Math.round(best.probability * 100) / 100,
      evidence: [c.quote],
      rule: classifier.name,
    });
  }
  return out;
}

/**
 * The hand-written rules' facts the classifier withdraws: of a type it may withdraw, between two
 * names it weighed in the sentence the fact quotes, and given a probability below `vetoBelow`
 * there (the fact's type, its direction). A fact it has no pair for (a person's role, a list
 * run on over sentences) stays.
 */
export function vetoedFacts(
  candidates: readonly RelationCandidate[],
  classifier: RelationClassifier,
  text: string,
  facts: readonly DraftFact[],
): Map<DraftFact, number> {
  const out = new Map<DraftFact, number>();
  const below = classifier.vetoBelow;
  if (below === null) return out;
  for (const f of facts) {
    if (!classifier.vetoTypes.includes(f.type)) continue;
    const inQuoted = candidates.filter(
      (c) =>
        ((c.first === f.from && c.second === f.to) || (c.first === f.to && c.second === f.from)) &&
        f.evidence.some((q) => text.slice(c.sentenceStart, c.sentenceEnd).includes(q)),
    );
    if (inQuoted.length === 0) continue;
    const probability = Math.max(
      ...inQuoted.map(
        (c) => classify(classifier.model, c.features).get(`${f.type}${c.first === f.from ? '>' : '<'}`) ?? 0,
      ),
    );
    if (probability < below) out.set(f, Math.round(probability * 1000) / 1000);
  }
  return out;
}

/**
 * The learned rule applied to the hand-written rules' facts: those it keeps, those it adds, and
 * those it withdraws (each with the probability it gave as its confidence). The drafter and
 * the training command both call this; the caller merges `kept` and `added`.
 */
export function applyRelationClassifier(
  candidates: readonly RelationCandidate[],
  classifier: RelationClassifier,
  text: string,
  ruled: readonly DraftFact[],
): { kept: DraftFact[]; added: DraftFact[]; withdrawn: DraftFact[] } {
  const vetoed = vetoedFacts(candidates, classifier, text, ruled);
  return {
    kept: ruled.filter((f) => !vetoed.has(f)),
    added: learnedFacts(candidates, classifier, ruled),
    withdrawn: [...vetoed].map(([f, probability]) => ({ ...f, confidence: probability })),
  };
}
