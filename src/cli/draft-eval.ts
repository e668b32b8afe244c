// npm run draft:eval [-- --leave-one-out] [--set <one of EVAL_SETS: tune, heldout, blind-heldout, … blind-tune6, blind-eighth, blind-ninth, blind-dev, blind-dev2, blind-tenth, blind-tune7, blind-tune8, blind-tune9, blind-eleventh, blind-tune10, blind-tune11, blind-twelfth>] [--no-language-model] [--no-relation-classifier]
// The drafting benchmark (not a timed test): drafts data/eval/articles/{tune,heldout}/*.txt
// against the configured graph (read-only), scores each against data/eval/gold/, writes
// docs/drafting-eval.md and bench/results/draft-eval-<date>.json. --leave-one-out also
// withdraws each curated article in turn from the configured database, drafts it, compares
// with the curated facts, and re-imports: use it on a scratch database only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { runLeaveOneOut } from '../draft/eval/leave-one-out.js';
import { renderMarkdown, summarise } from '../draft/eval/report.js';
import { EVAL_SETS, EVAL_SET_LABELS, runEvalSet, type ArticleResult, type EvalSet } from '../draft/eval/run-eval.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      'leave-one-out': { type: 'boolean' },
      set: { type: 'string' },
      // The drafter reads with the language model as `npm run draft` does; --no-language-model
      // measures the surface rules alone, for comparison.
      'language-model': { type: 'boolean', default: true },
      // --no-relation-classifier: the hand-written rules alone, without the learned one.
      'relation-classifier': { type: 'boolean', default: true },
    },
  });
  const config = loadConfig();
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 15_000 });
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    const o = {
      root: PROJECT_ROOT,
      driver,
      database: config.neo4j.database,
      log: (l: string) => console.log(l),
      languageModel: values['language-model'],
      relationClassifier: values['relation-classifier'],
    };
    if (values.set && !(EVAL_SETS as readonly string[]).includes(values.set)) {
      console.error(`Unknown set ${JSON.stringify(values.set)}: choose one of ${EVAL_SETS.join(', ')}.`);
      return 2;
    }
    const sets = values.set ? [values.set as EvalSet] : EVAL_SETS;
    const results: Record<string, ArticleResult[]> = {};
    // One throw-away draft first, so the timings are of a warm database and a loaded library.
    await runEvalSet({ ...o, log: () => {} }, 'tune').then(() => undefined);
    for (const set of sets) {
      console.log(`Drafting the ${set} articles…`);
      results[set] = await runEvalSet(o, set);
    }
    if (values['leave-one-out']) {
      console.log('Leave one out over the curated articles (withdraw, draft, compare, re-import)…');
      results['leave-one-out'] = await runLeaveOneOut(o);
    }
    const names: Record<string, string> = EVAL_SET_LABELS;
    const summaries = Object.entries(results).map(([set, r]) => summarise(names[set] ?? set, r));
    const bySpelling = Object.entries(results).map(([set, r]) =>
      summarise(
        names[set] ?? set,
        r.map((x) => ({ ...x, score: x.scoreBySpelling })),
      ),
    );
    const when = new Date().toISOString().slice(0, 10);
    const markdown = renderMarkdown(summaries, when, bySpelling);
    writeFileSync(join(PROJECT_ROOT, 'docs', 'drafting-eval.md'), markdown);
    mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    // The surface rules' run is kept beside the model's, not over it.
    const name = `draft-eval-${when}${values['language-model'] ? '' : '-no-language-model'}${values['relation-classifier'] ? '' : '-no-relation-classifier'}.json`;
    writeFileSync(
      join(PROJECT_ROOT, 'bench', 'results', name),
      `${JSON.stringify({ when, summaries, results }, null, 2)}\n`,
    );
    console.log(`\n${markdown}`);
    console.log(`Wrote docs/drafting-eval.md and bench/results/${name}.`);
    return 0;
  } finally {
    await driver.close();
  }
}

runCommand(main);
