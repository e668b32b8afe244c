// npm run draft:train [-- --no-write]
// Trains the relation classifier (src/draft/learned/) on the blind tuning sets: drafts each of
// their articles with the language model and the hand-written rules, labels the pairs of names
// it weighed from the gold files, cross-validates by leaving one tuning set out at a time (the
// corrections per article with and without the classifier, at each threshold), then trains on
// every tuning set and writes data/models/relation-classifier.json with the threshold the
// cross-validation chose, and bench/results/draft-train-<date>.json with the figures. The
// held-out sets are never read. Needs the local Neo4j with the project's graph, and the
// language server (started if it is not).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { RELATION_MODEL_FILE, type RelationModelFile } from '../draft/learned/relation-classifier.js';
import {
  THRESHOLDS,
  TRAINING_SETS,
  VALIDATION_SETS,
  VETO_LEVELS,
  crossValidate,
  selectTypesAndThreshold,
  type Selection,
  draftTrainingArticles,
  trainOn,
  type Tally,
} from '../draft/learned/train.js';
import { startLanguageModel } from '../draft/run-draft.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));
const row = (label: string, t: Tally) =>
  `| ${label} | ${(t.corrections / Math.max(t.articles, 1)).toFixed(1)} | ${ratio(t.facts.tp, t.facts.drafted)} / ${ratio(t.facts.tp, t.facts.gold)} | ${t.learned.tp} of ${t.learned.drafted} |`;

async function main(): Promise<number> {
  const { values } = parseArgs({ allowNegative: true, options: { write: { type: 'boolean', default: true } } });
  const config = loadConfig();
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 15_000 });
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    await startLanguageModel((l) => console.log(l));
    console.log(`Drafting the tuning sets (${TRAINING_SETS.join(', ')}) with the hand-written rules…`);
    const articles = await draftTrainingArticles(
      { root: PROJECT_ROOT, driver, database: config.neo4j.database },
      TRAINING_SETS,
      (l) => console.log(l),
    );
    console.log(`Drafting the validation sets (${VALIDATION_SETS.join(', ')}), which choose its types and threshold…`);
    const validation = await draftTrainingArticles(
      { root: PROJECT_ROOT, driver, database: config.neo4j.database },
      VALIDATION_SETS,
      (l) => console.log(l),
    );
    const examples = articles.flatMap((a) => a.examples);
    const positive = examples.filter((e) => e.label !== 'NONE').length;
    console.log(`${articles.length} articles, ${examples.length} pairs, ${positive} of them a gold fact.`);
    console.log('Cross-validating (each tuning set left out in turn)…');
    const cv = crossValidate(articles);
    const model = trainOn(articles);
    // The validation sets choose, when there are any; else the cross-validation does.
    const chosen = validation.length > 0 ? selectTypesAndThreshold(validation, () => model) : cv;
    const table = (what: string, s: Selection) => [
      `| ${what} | corrections / article | facts P / R | classifier facts right |`,
      '|---|---|---|---|',
      row('rules alone', s.rulesAlone),
      ...THRESHOLDS.map((t) =>
        row(
          `with classifier, threshold ${t} (${(s.typesByThreshold[String(t)] ?? []).length} types)`,
          s.byThreshold[String(t)] ?? s.rulesAlone,
        ),
      ),
      ...VETO_LEVELS.map((v) => {
        const veto = s.veto[String(v)];
        return veto ? row(`…and withdrawing a rule's fact below ${v} (${veto.types.length} types)`, veto.tally) : '';
      }),
      '',
    ];
    const lines = [
      ...table('left-out tuning sets', cv),
      ...(validation.length > 0 ? table(`validation sets (${VALIDATION_SETS.join(', ')})`, chosen) : []),
      '| left-out tuning set | rules alone | adding the facts of the classifier trained on the others, at the chosen threshold and types (no withdrawals) |',
      '|---|---|---|',
      ...cv.folds.map(
        (f) =>
          `| ${f.set} | ${(f.rulesAlone.corrections / f.rulesAlone.articles).toFixed(1)} | ${((f.byThreshold[String(chosen.best)]?.corrections ?? 0) / f.rulesAlone.articles).toFixed(1)} |`,
      ),
    ];
    console.log(
      `\n${lines.join('\n')}\n\nChosen threshold: ${chosen.best}; types it may propose: ${(chosen.typesByThreshold[String(chosen.best)] ?? []).join(', ') || 'none'}; withdraws: ${chosen.bestVeto === null ? 'nothing' : `below ${chosen.bestVeto}, of ${(chosen.veto[String(chosen.bestVeto)]?.types ?? []).join(', ')}`}.`,
    );
    if (!values.write) return 0;
    const file: RelationModelFile = {
      threshold: chosen.best,
      types: chosen.typesByThreshold[String(chosen.best)] ?? [],
      vetoBelow: chosen.bestVeto,
      vetoTypes: chosen.bestVeto === null ? [] : (chosen.veto[String(chosen.bestVeto)]?.types ?? []),
      trainedOn: [...TRAINING_SETS],
      note: `Trained by npm run draft:train on ${articles.length} tuning articles (${examples.length} pairs, ${positive} gold facts). The types it proposes and withdraws are those whose facts alone saved corrections, and the threshold and withdrawal level those with the fewest corrections, ${validation.length > 0 ? `on the validation sets (${validation.length} articles)` : 'when each tuning set was left out in turn'}.`,
      model,
    };
    mkdirSync(dirname(RELATION_MODEL_FILE), { recursive: true });
    writeFileSync(RELATION_MODEL_FILE, `${JSON.stringify(file)}\n`);
    const when = new Date().toISOString().slice(0, 10);
    mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(
      join(PROJECT_ROOT, 'bench', 'results', `draft-train-${when}.json`),
      `${JSON.stringify({ when, threshold: chosen.best, types: file.types, crossValidation: cv, validation: validation.length > 0 ? chosen : null }, null, 2)}\n`,
    );
    console.log(
      `Wrote data/models/relation-classifier.json (${Object.keys(model.weights).length} features, ${model.classes.length} classes) and bench/results/draft-train-${when}.json.`,
    );
    return 0;
  } finally {
    await driver.close();
  }
}

runCommand(main);
