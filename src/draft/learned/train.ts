// Training the relation classifier on the blind tuning sets, and choosing its settings: the
// tuning sets are drafted with the hand-written rules, their pairs labelled from the gold, and
// a model trained on them; the types it adds and withdraws, its threshold and withdrawal level
// are those that save the most corrections (the same scorer as `npm run draft:eval`) on the
// validation sets, which it never trains on. Each tuning set left out in turn is reported
// beside (cross-validation). The held-out sets are never read here.
import { mergeFacts } from '../facts.js';
import { draftArticle } from '../run-draft.js';
import { scoreDraft, type ArticleScore, type Gold } from '../eval/score.js';
import { evalArticles, type EvalOptions, type EvalSet } from '../eval/run-eval.js';
import type { Draft } from '../types.js';
import { pruned, trainLogisticRegression, type LabelledExample, type LogisticModel } from './logistic-regression.js';
import type { RelationCandidate } from './relation-candidates.js';
import {
  applyRelationClassifier,
  NO_RELATION,
  RELATION_CLASSIFIER_NAME,
  type RelationClassifier,
} from './relation-classifier.js';
import { labelledExamples } from './training-examples.js';

/** The sets the classifier learns from: the blind tuning sets, whose gold quotes every fact. */
export const TRAINING_SETS: readonly EvalSet[] = [
  'blind-tune',
  'blind-tune2',
  'blind-tune3',
  'blind-tune4',
  'blind-tune5',
  'blind-tune6',
  'blind-tune7',
  'blind-tune8',
  'blind-tune9',
];

/**
 * The sets that choose the classifier's types and threshold: written blind like the others,
 * never trained on and no rule fitted to them. The tuning sets cannot choose fairly, since the
 * hand-written rules were fitted to them and leave the classifier little to add there.
 */
export const VALIDATION_SETS: readonly EvalSet[] = ['blind-dev', 'blind-dev2'];

/** Thresholds weighed for the facts it adds. */
export const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
/** Probabilities below which it may withdraw a rule's fact, weighed once the threshold is chosen. */
export const VETO_LEVELS = [0.01, 0.03, 0.1, 0.2, 0.3, 0.5] as const;

export interface DraftedArticle {
  set: EvalSet;
  name: string;
  /** Drafted by the hand-written rules alone. */
  draft: Draft;
  candidates: RelationCandidate[];
  gold: Gold;
  examples: LabelledExample[];
}

/** Drafts every article of the sets with the language model and the hand-written rules, keeping the pairs weighed. */
export async function draftTrainingArticles(
  o: EvalOptions,
  sets: readonly EvalSet[],
  progress: (line: string) => void,
): Promise<DraftedArticle[]> {
  const out: DraftedArticle[] = [];
  for (const set of sets) {
    const articles = evalArticles(o.root, set);
    for (const [i, a] of articles.entries()) {
      const candidates: RelationCandidate[] = [];
      const draft = await draftArticle(a.text, `${a.name}.txt`, {
        projectRoot: o.root,
        driver: o.driver,
        database: o.database,
        languageModel: true,
        ...(a.gold.date ? { date: a.gold.date } : {}),
        learned: { classifier: null, candidates },
      });
      out.push({
        set,
        name: a.name,
        draft,
        candidates,
        gold: a.gold,
        examples: labelledExamples(draft, candidates, a.gold),
      });
      progress(`  ${set} ${i + 1}/${articles.length} ${a.name}: ${candidates.length} pairs`);
    }
  }
  return out;
}

/** The model trained on the articles' pairs, pruned as it is shipped. */
export function trainOn(articles: readonly DraftedArticle[]): LogisticModel {
  return pruned(trainLogisticRegression(articles.flatMap((a) => a.examples)));
}

/** The draft as the classifier leaves it: its facts added, and the rule facts it withdraws dropped. */
export function withLearnedFacts(a: DraftedArticle, classifier: Omit<RelationClassifier, 'name'>): Draft {
  const c = { name: RELATION_CLASSIFIER_NAME, ...classifier };
  const { kept, added } = applyRelationClassifier(a.candidates, c, a.draft.document.text, a.draft.facts);
  return { ...a.draft, facts: mergeFacts([...kept, ...added]) };
}

/** The types a model can say (its classes without direction and NONE). */
export function typesOf(model: LogisticModel): string[] {
  return [...new Set(model.classes.filter((c) => c !== NO_RELATION).map((c) => c.slice(0, -1)))].sort();
}

export interface Tally {
  articles: number;
  corrections: number;
  facts: { tp: number; drafted: number; gold: number };
  learned: { drafted: number; tp: number };
}

export function tally(scores: readonly ArticleScore[]): Tally {
  const t: Tally = {
    articles: 0,
    corrections: 0,
    facts: { tp: 0, drafted: 0, gold: 0 },
    learned: { drafted: 0, tp: 0 },
  };
  for (const s of scores) {
    t.articles += 1;
    t.corrections += s.corrections;
    for (const c of Object.values(s.facts)) {
      t.facts.tp += c.tp;
      t.facts.drafted += c.drafted;
      t.facts.gold += c.gold;
    }
    const l = s.factsByRule[RELATION_CLASSIFIER_NAME];
    if (l) {
      t.learned.drafted += l.drafted;
      t.learned.tp += l.tp;
    }
  }
  return t;
}

export interface Selection {
  /** Per group of articles (a left-out tuning set, or a validation set): the rules alone, and with the classifier at each threshold. */
  folds: Array<{ set: EvalSet; rulesAlone: Tally; byThreshold: Record<string, Tally> }>;
  /** All groups together. */
  rulesAlone: Tally;
  byThreshold: Record<string, Tally>;
  /** Per threshold, the types whose facts alone made fewer corrections over all groups: what it may propose. */
  typesByThreshold: Record<string, string[]>;
  /** Per threshold and type, the corrections its facts alone saved (negative: added) over all groups. */
  savedByType: Record<string, Record<string, number>>;
  /** The threshold with the fewest corrections over all groups. */
  best: number;
  /** At the chosen threshold: per veto level, the types whose withdrawals alone saved corrections, and all groups' tally with them. */
  veto: Record<string, { types: string[]; tally: Tally; savedByType: Record<string, number> }>;
  /** The veto level with the fewest corrections, if it makes fewer than none. */
  bestVeto: number | null;
}

/**
 * Which types the classifier may propose and at what threshold: its facts of one type at a time
 * are added to the rules' drafts (which types save corrections), then of the saving types
 * together (which threshold). `modelFor`: the model that drafts an article — one never trained
 * on it.
 */
export function selectTypesAndThreshold(
  articles: readonly DraftedArticle[],
  modelFor: (a: DraftedArticle) => LogisticModel,
  thresholds: readonly number[] = THRESHOLDS,
): Selection {
  const sets = [...new Set(articles.map((a) => a.set))];
  const score = (
    a: DraftedArticle,
    threshold: number,
    types: readonly string[],
    veto: { below: number | null; types: readonly string[] } = { below: null, types: [] },
  ) =>
    scoreDraft(
      withLearnedFacts(a, { model: modelFor(a), threshold, types, vetoBelow: veto.below, vetoTypes: veto.types }),
      a.gold,
    );
  const rulesAlone = new Map(articles.map((a) => [a, scoreDraft(a.draft, a.gold)]));
  const allTypes = [...new Set(articles.flatMap((a) => typesOf(modelFor(a))))];
  const savedByType: Record<string, Record<string, number>> = {};
  const typesByThreshold: Record<string, string[]> = {};
  for (const t of thresholds) {
    const saved: Record<string, number> = {};
    for (const type of allTypes)
      saved[type] = articles.reduce(
        (sum, a) => sum + (rulesAlone.get(a)?.corrections ?? 0) - score(a, t, [type]).corrections,
        0,
      );
    savedByType[String(t)] = saved;
    typesByThreshold[String(t)] = allTypes.filter((type) => (saved[type] ?? 0) > 0);
  }
  const folds: Selection['folds'] = sets.map((set) => {
    const group = articles.filter((a) => a.set === set);
    const byThreshold: Record<string, Tally> = {};
    for (const t of thresholds)
      byThreshold[String(t)] = tally(group.map((a) => score(a, t, typesByThreshold[String(t)] ?? [])));
    return { set, rulesAlone: tally(group.map((a) => rulesAlone.get(a) as ArticleScore)), byThreshold };
  });
  const sum = (ts: Tally[]): Tally =>
    ts.reduce(
      (a, b) => ({
        articles: a.articles + b.articles,
        corrections: a.corrections + b.corrections,
        facts: {
          tp: a.facts.tp + b.facts.tp,
          drafted: a.facts.drafted + b.facts.drafted,
          gold: a.facts.gold + b.facts.gold,
        },
        learned: { drafted: a.learned.drafted + b.learned.drafted, tp: a.learned.tp + b.learned.tp },
      }),
      tally([]),
    );
  const byThreshold: Record<string, Tally> = {};
  for (const t of thresholds) byThreshold[String(t)] = sum(folds.map((f) => f.byThreshold[String(t)] ?? tally([])));
  const best = [...thresholds].sort(
    (a, b) => (byThreshold[String(a)]?.corrections ?? 0) - (byThreshold[String(b)]?.corrections ?? 0) || b - a,
  )[0];
  const chosen = best ?? 0.9;
  const chosenTypes = typesByThreshold[String(chosen)] ?? [];
  const added = new Map(articles.map((a) => [a, score(a, chosen, chosenTypes).corrections]));
  const veto: Selection['veto'] = {};
  for (const v of VETO_LEVELS) {
    const saved: Record<string, number> = {};
    for (const type of allTypes)
      saved[type] = articles.reduce(
        (sum, a) => sum + (added.get(a) ?? 0) - score(a, chosen, chosenTypes, { below: v, types: [type] }).corrections,
        0,
      );
    // A type's facts are withdrawn only where withdrawing them alone saved corrections: a
    // person's role or a membership the rules read well is not the classifier's to overrule.
    const types = allTypes.filter((type) => (saved[type] ?? 0) > 0);
    veto[String(v)] = {
      types,
      savedByType: saved,
      tally: tally(articles.map((a) => score(a, chosen, chosenTypes, { below: v, types }))),
    };
  }
  const withoutVeto = [...added.values()].reduce((x, y) => x + y, 0);
  const bestVeto = [...VETO_LEVELS]
    .filter((v) => (veto[String(v)]?.tally.corrections ?? Infinity) < withoutVeto)
    .sort((a, b) => (veto[String(a)]?.tally.corrections ?? 0) - (veto[String(b)]?.tally.corrections ?? 0) || a - b)[0];
  return {
    folds,
    rulesAlone: sum(folds.map((f) => f.rulesAlone)),
    byThreshold,
    typesByThreshold,
    savedByType,
    best: chosen,
    veto,
    bestVeto: bestVeto ?? null,
  };
}

/** Leaves each tuning set out in turn: the classifier trained on the others drafts it. */
export function crossValidate(
  articles: readonly DraftedArticle[],
  thresholds: readonly number[] = THRESHOLDS,
): Selection {
  const models = new Map(
    [...new Set(articles.map((a) => a.set))].map((set) => [set, trainOn(articles.filter((a) => a.set !== set))]),
  );
  return selectTypesAndThreshold(articles, (a) => models.get(a.set) as LogisticModel, thresholds);
}
