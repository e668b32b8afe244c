// npm run bench:corpus-scale -- [--sizes 10,100,1000] [--seed S] [--per-script] [--skip-queries] [--yes-replace] [--keep-db]
// How import, validation and withdrawal grow with the corpus: for each size, the generated
// corpus (cached in bench/data/corpus-N/), then every measurement of CORPUS_WORKLOADS on it,
// on the benchmark's own server (never the user's graph), restarted before each fresh import.
// --per-script measures the importer as it was before batching (each script in its own
// transaction, statement by statement): the "before" figures. Writes
// bench/results/corpus-scale-latest.{json,md,svg}. After the measurements of each size, the
// query benchmark's workloads on that graph, ours against the floor (bench/corpus/
// corpus-queries.ts; --skip-queries leaves them out).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { stopLocalNeo4j } from '../../src/local-neo4j/local-server.js';
import { wipeGraph } from '../../src/graph-import/run-import.js';
import { RefusedError, defaultToBenchDatabase, openBenchDatabase, type BenchDatabase } from '../bench-database.js';
import { CORPUS_WORKLOADS, type CorpusContext } from '../corpus/corpus-workloads.js';
import { corpusQueryRatios, queriesTable, type CorpusQueryRatios } from '../corpus/corpus-queries.js';
import { ensureCorpus } from '../corpus/write-corpus.js';
import { DATA_DIR, DEFAULT_SEED, RESULTS_DIR, corpusDir } from '../paths.js';
import { growthExponent, logLogSvg } from '../report/log-log-plot.js';
import { machineInfo } from '../report/results.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  sizes: { type: 'string' },
  seed: { type: 'string' },
  'per-script': { type: 'boolean' },
  'yes-replace': { type: 'boolean' },
  'keep-db': { type: 'boolean' },
  name: { type: 'string' },
  'skip-queries': { type: 'boolean' },
});
const sizes = (args.sizes ?? '10,100,1000').split(',').map((s) => Math.floor(numberOption(s, 10, 'sizes')));
const seed = args.seed ?? DEFAULT_SEED;
const perScript = Boolean(args['per-script']);
const log = (line: string) => console.log(line);

interface SizeResult {
  articles: number;
  statements: number;
  nodes: number;
  relationships: number;
  seconds: Record<string, number>;
  /** The query benchmark's workloads on this graph (null: not measured, with why). */
  queries: CorpusQueryRatios | { skipped: string } | null;
}

async function graphSize(db: BenchDatabase): Promise<{ nodes: number; relationships: number }> {
  const { records } = await db.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database: db.database },
  );
  return { nodes: Number(records[0]?.get('nodes')), relationships: Number(records[0]?.get('relationships')) };
}

async function main(): Promise<void> {
  const loadStart = loadavg()[0] ?? NaN;
  const { ownServer } = defaultToBenchDatabase();
  // The benchmark's own server is a throwaway: it is emptied without asking.
  const open = () => openBenchDatabase({ yesReplace: ownServer || Boolean(args['yes-replace']), ownServer, log });
  let db = await open();
  const results: SizeResult[] = [];
  try {
    for (const articles of sizes) {
      const corpus = ensureCorpus({ articles, seed, dir: corpusDir(articles), log });
      const ctx: CorpusContext = {
        driver: db.driver,
        database: db.database,
        articles,
        corpusDir: corpus.dir,
        workDir: join(DATA_DIR, 'corpus-scale-work', `corpus-${articles}`),
        manifest: corpus.manifest,
        sending: perScript ? { batched: false } : {},
        restartServer: async () => {
          await wipeGraph(db.driver, db.database);
          if (db.localDir !== null) {
            await db.driver.close();
            await stopLocalNeo4j(db.config, log);
            db = await open();
            ctx.driver = db.driver;
          }
        },
        log,
      };
      const result: SizeResult = { articles, statements: 0, nodes: 0, relationships: 0, seconds: {}, queries: null };
      for (const workload of CORPUS_WORKLOADS) {
        log(`${articles} articles: ${workload.name}…`);
        const s = await workload.measure(ctx);
        result.seconds[workload.name] = s;
        log(`  ${s.toFixed(2)} s`);
        if (workload.name === 'fresh import') Object.assign(result, await graphSize(db));
      }
      if (!args['skip-queries']) {
        log(`${articles} articles: the query benchmark's workloads, ours against the floor…`);
        result.queries = await corpusQueryRatios(db.driver, db.database, seed, log);
      }
      results.push(result);
    }
  } finally {
    await db.close(Boolean(args['keep-db']));
  }
  writeReport(results, db.neo4jVersion, loadStart);
}

function writeReport(results: SizeResult[], neo4jVersion: string, loadStart: number): void {
  const name = args.name ?? (perScript ? 'corpus-scale-per-script' : 'corpus-scale-latest');
  const growth = Object.fromEntries(
    CORPUS_WORKLOADS.map((w) => [
      w.name,
      growthExponent(results.map((r) => ({ x: r.articles, y: r.seconds[w.name] ?? NaN }))),
    ]),
  );
  const largest = results[results.length - 1];
  const json = {
    generatedAt: new Date().toISOString(),
    machine: machineInfo(neo4jVersion, loadStart, ''),
    importer: perScript ? 'per-script (before batching)' : 'batched',
    seed,
    sizes: results,
    growthExponent: growth,
    targets: CORPUS_WORKLOADS.map((w) => ({
      workload: w.name,
      articles: largest?.articles,
      targetSeconds: w.targetSeconds,
      seconds: largest?.seconds[w.name],
      met:
        w.targetSeconds === null || largest?.articles !== 1000
          ? null
          : (largest.seconds[w.name] ?? Infinity) <= w.targetSeconds,
    })),
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  const fmt = (s: number | undefined) =>
    s === undefined ? '–' : s < 0.1 ? s.toFixed(3) : s < 10 ? s.toFixed(2) : s.toFixed(1);
  const md = [
    `# Corpus scale — ${json.importer} importer`,
    '',
    `Seed ${JSON.stringify(seed)}; load average ${loadStart.toFixed(1)} → ${(loadavg()[0] ?? NaN).toFixed(1)} on ${json.machine.cores} cores; Neo4j ${neo4jVersion}.`,
    'Seconds per operation; "growth" is k in cost ∝ N^k fitted over the sizes (1 = linear).',
    '',
    `| workload | ${results.map((r) => `${r.articles} articles`).join(' | ')} | growth k | target (1,000) |`,
    `|---|${results.map(() => '---:').join('|')}|---:|---:|`,
    ...CORPUS_WORKLOADS.map(
      (w) =>
        `| ${w.name} | ${results.map((r) => fmt(r.seconds[w.name])).join(' | ')} | ${Number.isFinite(growth[w.name]) ? growth[w.name]!.toFixed(2) : '– (one size)'} | ${w.targetSeconds === null ? '–' : `≤ ${w.targetSeconds} s`} |`,
    ),
    `| graph (nodes / relationships) | ${results.map((r) => `${r.nodes.toLocaleString('en-US')} / ${r.relationships.toLocaleString('en-US')}`).join(' | ')} | | |`,
    '',
    ...CORPUS_WORKLOADS.map((w) => `- **${w.name}**: ${w.description}.`),
    '',
    ...queriesTable(results),
    `Plot: [${name}.svg](${name}.svg)`,
    '',
  ].join('\n');
  writeFileSync(join(RESULTS_DIR, `${name}.md`), md);
  writeFileSync(
    join(RESULTS_DIR, `${name}.svg`),
    logLogSvg({
      title: `Cost against corpus size (${json.importer} importer)`,
      xLabel: 'articles',
      yLabel: 'seconds',
      series: CORPUS_WORKLOADS.map((w) => ({
        name: w.name,
        points: results.map((r) => ({ x: r.articles, y: r.seconds[w.name] ?? NaN })),
      })),
    }),
  );
  log(md);
  log(`Results: ${join(RESULTS_DIR, `${name}.md`)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof RefusedError ? error.message : error);
  process.exit(1);
});
