// npm run bench:draft-graph -- [--scale N] [--passes N] [--sets blind-heldout,…] [--yes-replace] [--keep-db]
// Drafting against the benchmark's synthetic graph (bench/draft-graph.ts): every article of the
// blind held-out sets, read once by the language model, then drafted `--passes` times against
// the graph of the scale (imported when the benchmark's server does not hold it yet). Writes
// bench/results/draft-graph-latest.{json,md}. Needs the language server (started if it is not).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { EVAL_SETS, evalArticles, evalArticleFile, type EvalSet } from '../../src/draft/eval/run-eval.js';
import { RefusedError } from '../bench-database.js';
import { countGraph } from '../import/wipe-database.js';
import { openSyntheticGraph } from '../synthetic-graph.js';
import { measureDraftGraph, type DraftGraphRun } from '../draft-graph.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { RESULTS_DIR } from '../paths.js';
import { machineInfo, type MachineInfo } from '../report/results.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  scale: { type: 'string' },
  passes: { type: 'string' },
  sets: { type: 'string' },
  'yes-replace': { type: 'boolean' },
  'keep-db': { type: 'boolean' },
});
const scale = numberOption(args.scale, 10, 'scale');
const passes = numberOption(args.passes, 2, 'passes');
/** The held-out sets: text the rules were not fitted to. */
const HELD_OUT_SETS: EvalSet[] = [
  'blind-heldout',
  'blind-fresh',
  'blind-third',
  'blind-fourth',
  'blind-fifth',
  'blind-sixth',
  'blind-seventh',
  'blind-eighth',
  'blind-ninth',
  'blind-tenth',
  'blind-eleventh',
  'blind-twelfth',
];
const sets = (args.sets?.split(',') ?? HELD_OUT_SETS) as EvalSet[];
for (const set of sets)
  if (!(EVAL_SETS as readonly string[]).includes(set))
    throw new Error(`--sets: no evaluation set ${JSON.stringify(set)}; the sets are ${EVAL_SETS.join(', ')}.`);
const log = (line: string) => console.log(line);

const JSON_FILE = join(RESULTS_DIR, 'draft-graph-latest.json');
const MD_FILE = join(RESULTS_DIR, 'draft-graph-latest.md');

async function main(): Promise<void> {
  const loadStart = loadavg()[0] ?? NaN;
  const db = await openSyntheticGraph({ scale, yesReplace: Boolean(args['yes-replace']), log });
  try {
    const graph = await countGraph(db.driver, db.database);
    const articles = sets.flatMap((set) =>
      evalArticles(PROJECT_ROOT, set).map((a) => ({
        name: `${set}/${a.name}`,
        file: evalArticleFile(PROJECT_ROOT, set, a.name),
        text: a.text,
        date: a.gold.date,
      })),
    );
    log(`Drafting ${articles.length} articles of ${sets.join(', ')}, ${passes} passes…`);
    const run = await measureDraftGraph({
      driver: db.driver,
      database: db.database,
      projectRoot: PROJECT_ROOT,
      articles,
      passes,
      log,
    });
    const machine = machineInfo(db.neo4jVersion, loadStart, 'sequential drafts; language readings reused');
    const results = { scale, sets, graph, machine, run };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(JSON_FILE, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(MD_FILE, renderMarkdown(results));
    log(`Results: ${JSON_FILE} and ${MD_FILE}`);
  } finally {
    await db.close(Boolean(args['keep-db']));
  }
}

const ms = (x: number) => `${Math.round(x)} ms`;

function renderMarkdown(r: {
  scale: number;
  sets: EvalSet[];
  graph: { nodes: number; relationships: number };
  machine: MachineInfo;
  run: DraftGraphRun;
}): string {
  const { run } = r;
  const row = (name: string, s: DraftGraphRun['languageMs']) =>
    `| ${name} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${ms(s.maxMs)} |`;
  const candidates = run.drafts.map((d) => d.candidates);
  return [
    '# Drafting on the benchmark graph',
    '',
    `Scale ${r.scale} synthetic graph (${r.graph.nodes.toLocaleString('en')} nodes, ${r.graph.relationships.toLocaleString('en')} relationships); ` +
      `${r.machine.cores} × ${r.machine.cpu}; Neo4j ${r.machine.neo4j}; load average ${r.machine.loadAverage.start.toFixed(1)} → ${r.machine.loadAverage.end.toFixed(1)}.`,
    `${run.articles} articles (${r.sets.join(', ')}), each read once by the language model and drafted ${run.passes} times; ` +
      `the name index offered ${Math.min(...candidates)}–${Math.max(...candidates)} candidates per article.`,
    'Target: the graph part (everything but the language reading) ≤ 1 s per article.',
    '',
    '| step, drafts after the first pass | median | p95 | max |',
    '|---|---:|---:|---:|',
    row('**graph part**', run.warm.graphPartMs),
    row('… name-index candidates', run.warm.candidatesMs),
    row('… resolution and rules (in memory)', run.warm.buildMs),
    row('… rolled-back validation', run.warm.validateMs),
    row('language reading (once per article, for comparison)', run.languageMs),
    '',
    `- First draft of the run (plans and code cold): ${ms(run.first.graphPartMs)} (${run.first.article}).`,
    `- Drafts over 1 s after the first pass: ${run.overTarget} of ${run.drafts.filter((d) => d.pass > 1 || run.passes === 1).length}.`,
    `- Drafts valid on this graph: ${run.drafts.filter((d) => d.valid).length} of ${run.drafts.length}` +
      (run.drafts.some((d) => !d.valid)
        ? ` (invalid: ${run.drafts
            .filter((d) => !d.valid)
            .map((d) => `${d.article}, pass ${d.pass}: ${d.broken.join(', ')}`)
            .join('; ')}).`
        : '.'),
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  if (error instanceof RefusedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
