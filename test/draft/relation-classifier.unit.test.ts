// The learned rule, pinned without a JVM or a database: the logistic regression on a toy
// problem; the pairs and features a recorded CoreNLP reading gives; a hand-set model's facts
// on a fixture article (and none where a hand-written rule already joined the pair); labels
// from a gold file; the shipped model's provenance; and the agreement scorer's reading of a
// gold file as a draft.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildDraft } from '../../src/draft/build-draft.js';
import { goldAsDraft } from '../../src/draft/eval/agreement.js';
import { EVAL_SETS } from '../../src/draft/eval/run-eval.js';
import { scoreDraft, type Gold } from '../../src/draft/eval/score.js';
import { classify, pruned, trainLogisticRegression } from '../../src/draft/learned/logistic-regression.js';
import { kindsJoined, type RelationCandidate } from '../../src/draft/learned/relation-candidates.js';
import {
  RELATION_CLASSIFIER_NAME,
  RELATION_MODEL_FILE,
  type RelationClassifier,
  type RelationModelFile,
} from '../../src/draft/learned/relation-classifier.js';
import { TRAINING_SETS, VALIDATION_SETS } from '../../src/draft/learned/train.js';
import { labelledExamples } from '../../src/draft/learned/training-examples.js';
import { FACT_RULES } from '../../src/draft/rules/fact-rules.js';
import { relationshipType } from '../../src/model/relationship-types.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';

const ARTICLE = 'test/draft/fixtures/puwan-zone-profile.txt';
const TEXT = readFileSync(join(PROJECT_ROOT, ARTICLE), 'utf8');
const READING = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/corenlp', ARTICLE.replace(/\.txt$/, '.json')), 'utf8'),
) as CoreNlpDocument;
const DOC = {
  id: '900_0000000000000000',
  title: '',
  date: '2024-05-20',
  dateDerivation: 'test',
  file: 'f.txt',
  text: TEXT,
};

/** The fixture drafted with no graph, the given classifier (null: none), and the pairs it weighed. */
function draftWith(classifier: RelationClassifier | null) {
  const candidates: RelationCandidate[] = [];
  const draft = buildDraft(DOC, [], READING, FACT_RULES, { classifier, candidates });
  return { draft, candidates };
}

const pair = (cs: RelationCandidate[], first: string, second: string) =>
  cs.find((c) => c.first === first && c.second === second);

describe('logistic regression over sparse features', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'verb:win'], label: 'RECEIVED>' })),
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'verb:visit'], label: 'NONE' })),
  ];

  it('learns which feature says which class, the same weights on every run', () => {
    const model = trainLogisticRegression(examples);
    expect(model.classes).toEqual(['NONE', 'RECEIVED>']);
    expect(classify(model, ['bias', 'verb:win']).get('RECEIVED>')).toBeGreaterThan(0.9);
    expect(classify(model, ['bias', 'verb:visit']).get('NONE')).toBeGreaterThan(0.9);
    expect(trainLogisticRegression(examples)).toEqual(model);
  });

  it('gives probabilities that sum to one, and nothing to features it never saw', () => {
    const model = trainLogisticRegression(examples);
    const p = classify(model, ['bias', 'verb:win', 'never-seen']);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(classify(model, ['never-seen']).get('NONE')).toBeCloseTo(0.5, 10);
  });

  it('ships weights rounded to hundredths, without the ones below the floor', () => {
    const model = pruned({
      classes: ['NONE', 'X>'],
      weights: {
        a: [
          [0, 0.012],
          [1, -0.456],
        ],
        b: [[0, 0.01]],
      },
    });
    expect(model.weights).toEqual({ a: [[1, -0.46]] });
  });
});

describe('the pairs of names a sentence holds', () => {
  const { candidates } = draftWith(null);

  it('reads the dependency path between two names, with the words on it', () => {
    const relies = pair(candidates, 'zone:dalian-puwan-economic-zone', 'enterprise:hengli-petrochemical-dalian');
    expect(relies?.quote).toBe('It relies on Hengli Petrochemical (Dalian) Co., Ltd.');
    expect(relies?.features).toEqual(
      expect.arrayContaining(['k:Zone>Enterprise', 'path:nsubj|rely|obl', 'lca:rely', 'len:2', 'src:anaphora>pattern']),
    );
    const held = pair(candidates, 'project:2024-dalian-puwan-investment-promotion-conference', 'place:dalian');
    expect(held?.features).toEqual(expect.arrayContaining(['k:Project>Place', 'path:nsubj:pass|hold|obl']));
  });

  it('weighs only kinds some relationship type joins, each quote verbatim in its sentence', () => {
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) {
      expect(kindsJoined(c.firstKind, c.secondKind) || kindsJoined(c.secondKind, c.firstKind)).toBe(true);
      expect(TEXT.slice(c.sentenceStart, c.sentenceEnd)).toContain(c.quote);
    }
  });
});

describe('the learned rule on a drafted article', () => {
  // A hand-set model: one path says LOCATED_IN (first name → second), another RELIES_ON.
  const classifier: RelationClassifier = {
    name: RELATION_CLASSIFIER_NAME,
    threshold: 0.9,
    types: ['LOCATED_IN', 'RELIES_ON'],
    vetoBelow: null,
    vetoTypes: [],
    model: {
      classes: ['LOCATED_IN>', 'NONE', 'RELIES_ON>'],
      weights: { bias: [[1, 2]], 'path:nmod<nsubj:pass|build|obl': [[0, 6]], 'path:nsubj|rely|obl': [[2, 6]] },
    },
  };
  const { draft } = draftWith(classifier);
  const learned = draft.facts.filter((f) => f.rule === RELATION_CLASSIFIER_NAME);

  it('joins a pair the hand-written rules left apart, saying which rule and how sure', () => {
    expect(learned).toEqual([
      {
        type: 'LOCATED_IN',
        from: 'enterprise:dalian-huarui-heavy-industry-group',
        to: 'zone:dalian-puwan-economic-zone',
        properties: {},
        confidence: 0.98,
        evidence: [
          'Dalian Huarui Heavy Industry Group Co., Ltd., with a total investment of 1.5 billion yuan, will be built in the zone',
        ],
        rule: RELATION_CLASSIFIER_NAME,
      },
    ]);
  });

  it('leaves a pair a hand-written rule joined to that rule', () => {
    const relies = draft.facts.filter((f) => f.type === 'RELIES_ON');
    expect(relies.map((f) => f.rule)).toEqual(['dep-relies-on']);
  });

  it('withdraws a rule’s fact it finds unlikely, of a type it may withdraw, and says so for review', () => {
    const doubting = { ...classifier, vetoBelow: 0.5, vetoTypes: ['RELIES_ON'] };
    // The hand-set model's "rely" path says RELIES_ON: it keeps the rule's fact.
    expect(draftWith(doubting).draft.facts.filter((f) => f.type === 'RELIES_ON')).toHaveLength(1);
    // A model whose "rely" path says no relation withdraws it.
    const noRelation = {
      ...classifier.model,
      weights: { ...classifier.model.weights, 'path:nsubj|rely|obl': [[1, 6]] as Array<[number, number]> },
    };
    const unsure = draftWith({ ...doubting, model: noRelation }).draft;
    expect(unsure.facts.filter((f) => f.type === 'RELIES_ON')).toEqual([]);
    expect(unsure.review).toContainEqual({
      about: 'zone:dalian-puwan-economic-zone -[RELIES_ON]-> enterprise:hengli-petrochemical-dalian',
      reason:
        'Withdrawn by relation-classifier (probability 0), though rule dep-relies-on proposed it from "It relies on Hengli Petrochemical (Dalian) Co., Ltd.": add it back if the text states it.',
    });
    // A type it may not withdraw keeps the rule's fact.
    const other = draftWith({ ...doubting, model: noRelation, vetoTypes: ['LOCATED_IN'] }).draft;
    expect(other.facts.filter((f) => f.type === 'RELIES_ON')).toHaveLength(1);
  });

  it('proposes nothing below its threshold or of a type it was not given', () => {
    const timid = draftWith({ ...classifier, threshold: 0.999 }).draft;
    expect(timid.facts.filter((f) => f.rule === RELATION_CLASSIFIER_NAME)).toEqual([]);
    const narrow = draftWith({ ...classifier, types: ['RELIES_ON'] }).draft;
    expect(narrow.facts.filter((f) => f.rule === RELATION_CLASSIFIER_NAME)).toEqual([]);
  });
});

describe('training examples from a gold file', () => {
  const { draft, candidates } = draftWith(null);
  const gold: Gold = {
    date: '2024-05-20',
    entities: [
      { name: 'Dalian Puwan Economic Zone', kind: 'ZONE', existing: null, aliases: ['It'] },
      { name: 'Hengli Petrochemical (Dalian) Co., Ltd.', kind: 'ENTERPRISE', existing: null },
      { name: 'Dalian Huarui Heavy Industry Group Co., Ltd.', kind: 'ENTERPRISE', existing: null },
    ],
    facts: [
      {
        type: 'RELIES_ON',
        from: 'Dalian Puwan Economic Zone',
        to: 'Hengli Petrochemical (Dalian) Co., Ltd.',
        quote: 'It relies on Hengli Petrochemical (Dalian) Co., Ltd.',
      },
    ],
    figures: [],
  };
  const examples = labelledExamples(draft, candidates, gold);

  it('labels the pair of a gold fact whose quote is in its sentence with the type and its direction', () => {
    const at = candidates.findIndex(
      (c) => c.first === 'zone:dalian-puwan-economic-zone' && c.second === 'enterprise:hengli-petrochemical-dalian',
    );
    expect(examples[at]?.label).toBe('RELIES_ON>');
    expect(examples.filter((e) => e.label !== 'NONE')).toHaveLength(1);
    expect(examples).toHaveLength(candidates.length);
  });
});

describe('the shipped model', () => {
  it('was trained on tuning sets only, and proposes registry types', () => {
    expect(existsSync(RELATION_MODEL_FILE)).toBe(true);
    const file = JSON.parse(readFileSync(RELATION_MODEL_FILE, 'utf8')) as RelationModelFile;
    expect(file.trainedOn).toEqual([...TRAINING_SETS]);
    for (const set of file.trainedOn) expect(set).toMatch(/^blind-tune\d*$/);
    for (const set of VALIDATION_SETS) expect(EVAL_SETS).toContain(set);
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThanOrEqual(1);
    for (const type of file.types) expect(relationshipType(type)).toBeDefined();
    expect(file.model.classes).toContain('NONE');
  });
});

describe('a second reader’s gold read as a draft', () => {
  const gold = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'data/eval/blind/gold/tune6/b93_anshan_xiuyan_jade.json'), 'utf8'),
  ) as Gold;
  const text = readFileSync(join(PROJECT_ROOT, 'data/eval/blind/articles/tune6/b93_anshan_xiuyan_jade.txt'), 'utf8');

  it('agrees with itself entirely: nothing to correct', () => {
    const score = scoreDraft(goldAsDraft(gold, text, 'b93'), gold);
    expect(score.corrections).toBe(0);
    expect(score.missedFacts).toEqual([]);
    expect(score.spuriousFacts).toEqual([]);
    expect(score.quotes.verbatim).toBe(score.quotes.total);
  });

  it('counts what one reader states and the other does not', () => {
    const fewer = { ...gold, facts: gold.facts.filter((f) => !f.optional).slice(1) };
    const score = scoreDraft(goldAsDraft(fewer, text, 'b93'), gold);
    expect(score.missedFacts).toHaveLength(1);
    expect(score.corrections).toBe(1);
  });
});
