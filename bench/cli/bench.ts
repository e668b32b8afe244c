// npm run bench            quick: scale 10, 3 concurrencies, short runs (< 10 min)
// npm run bench:full       scale 100, 4 concurrencies, longer runs
// Options: --scale N  --concurrency 1,8,32  --duration S  --warmup S  --batch-size N
//          --skip-import (query the graph already loaded)  --yes-replace  --keep-db
//          --profile (CPU profiles of the three servers, bench/results/raw/profiles/<run>/<comparator>/)
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BATCH_SIZE } from '../../src/bulk-import/import-dataset.js';
import { totalNodes, totalRelationships } from '../../src/bulk-import/manifest.js';
import { BENCH_LOCAL_DIR, RefusedError, defaultToBenchDatabase, openBenchDatabase } from '../bench-database.js';
import { ensureDataset } from '../generator/generate.js';
import { compareImports, type ImportMeasurement } from '../import/compare-imports.js';
import { countGraph } from '../import/wipe-database.js';
import { DEFAULT_SEED, WARMUP_SCALE, RAW_RESULTS_DIR, RESULTS_DIR, datasetDir } from '../paths.js';
import { RUN_WORKLOADS, runQueryBenchmark } from '../query-benchmark.js';
import { evaluateTargets, machineInfo, writeResults, type BenchmarkResults } from '../report/results.js';
import { chooseKeys } from '../workloads/keys.js';
import { chooseNameLookupKeys, resolutionDbHits } from '../workloads/name-lookups.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  full: { type: 'boolean' },
  scale: { type: 'string' },
  concurrency: { type: 'string' },
  duration: { type: 'string' },
  warmup: { type: 'string' },
  'batch-size': { type: 'string' },
  keys: { type: 'string' },
  'skip-import': { type: 'boolean' },
  'yes-replace': { type: 'boolean' },
  'keep-db': { type: 'boolean' },
  profile: { type: 'boolean' },
  name: { type: 'string' },
});

const full = Boolean(args.full);
const scale = numberOption(args.scale, full ? 100 : 10, 'scale');
const concurrencies = (args.concurrency ?? (full ? '1,4,16,64' : '1,8,32'))
  .split(',')
  .map((c) => numberOption(c, 1, 'concurrency'));
const durationSeconds = numberOption(args.duration, full ? 15 : 4, 'duration');
const warmupSeconds = numberOption(args.warmup, full ? 3 : 1, 'warmup');
const batchSize = numberOption(args['batch-size'], DEFAULT_BATCH_SIZE, 'batch-size');
const keyCount = numberOption(args.keys, full ? 500 : 200, 'keys');
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const started = performance.now();
  const loadStart = loadavg()[0] ?? NaN;
  const { ownServer } = defaultToBenchDatabase();
  if (ownServer)
    log(
      `Using the benchmark's own local Neo4j in ${BENCH_LOCAL_DIR}/ (set NEO4J_URI or NEO4J_LOCAL_DIR to choose another).`,
    );
  const db = await openBenchDatabase({ yesReplace: Boolean(args['yes-replace']), ownServer, log });
  try {
    const dataDir = datasetDir(scale);
    const { manifest } = await ensureDataset({ scale, seed: DEFAULT_SEED, dir: dataDir, log });
    const warmup = await ensureDataset({ scale: WARMUP_SCALE, seed: DEFAULT_SEED, dir: datasetDir(WARMUP_SCALE), log });

    let imports: ImportMeasurement[] = [];
    const counts = await countGraph(db.driver, db.database);
    const loaded = counts.nodes === totalNodes(manifest) && counts.relationships === totalRelationships(manifest);
    if (args['skip-import'] && loaded) {
      log('--skip-import: the database already holds this data set; no import measured.');
    } else {
      imports = await compareImports({
        driver: db.driver,
        database: db.database,
        dataDir,
        manifest,
        localDir: db.localDir,
        batchSize,
        warmup: { dataDir: warmup.dir, manifest: warmup.manifest },
        log,
      });
    }

    const keys = await chooseKeys(db.driver, db.database, keyCount, DEFAULT_SEED);
    const names = await chooseNameLookupKeys(db.driver, db.database, keyCount, DEFAULT_SEED);
    const dbHits = {
      hit: await resolutionDbHits(db.driver, db.database, names.hit[0] as string),
      miss: await resolutionDbHits(db.driver, db.database, names.miss[0] as string),
    };
    log(`Name resolution db hits (PROFILE): hit ${dbHits.hit}, miss ${dbHits.miss}`);
    const query = await runQueryBenchmark({
      keys,
      concurrencies,
      durationSeconds,
      warmupSeconds,
      checkKeys: full ? 50 : 20,
      fixedRateWorkloads: RUN_WORKLOADS,
      profileDir: args.profile ? join(RAW_RESULTS_DIR, 'profiles') : undefined,
      nameLookups: names,
      log,
    });

    const loadEnd = loadavg()[0] ?? NaN;
    const busy = Math.max(loadStart, loadEnd) > 2.5;
    const results: BenchmarkResults = {
      generatedAt: new Date().toISOString(),
      command: `npm run ${full ? 'bench:full' : 'bench'}${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      machine: machineInfo(
        db.neo4jVersion,
        loadStart,
        busy
          ? 'Other work shared the machine during this run (load average above the core count): absolute numbers are low and noisy; the comparators ran interleaved, so their ratios are the figures to read.'
          : 'The machine was otherwise idle.',
      ),
      scale,
      dataset: {
        nodes: totalNodes(manifest),
        relationships: totalRelationships(manifest),
        fingerprint: manifest.fingerprint,
      },
      settings: { concurrencies, durationSeconds, warmupSeconds, batchSize },
      import: imports,
      checks: query.checks,
      coldStart: query.coldStart,
      startupMs: query.startupMs,
      runs: query.runs,
      nameLookups: { runs: query.nameLookups, dbHits },
      targets: evaluateTargets(query.runs, imports, query.coldStart),
    };
    const written = writeResults(results, RESULTS_DIR, args.name ?? 'latest');
    log(`\nResults: ${written.json}\n         ${written.markdown}`);
    for (const t of results.targets) log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`);
    log(`Benchmark took ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
  } finally {
    await db.close(Boolean(args['keep-db']));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof RefusedError ? error.message : error);
  process.exit(1);
});
