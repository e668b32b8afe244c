// npm run bench:profile -- --comparator ours --workload W1 [--concurrency 32] [--duration 10]
// One comparator, one workload, closed loop, on the graph the benchmark's database already
// holds (run `npm run bench -- --keep-db` once first). Prints req/s, p99 and the server's
// CPU per request, and with --cpu-prof writes the server's CPU profile (open the file in
// Chrome DevTools or speedscope). The quick way to A/B one change to the hot path: the
// full benchmark takes minutes, this takes seconds.
import { join } from 'node:path';
import { defaultToBenchDatabase, openBenchDatabase } from '../bench-database.js';
import { runLoad } from '../load/run-load.js';
import { DEFAULT_SEED, RAW_RESULTS_DIR } from '../paths.js';
import { COMPARATORS, RUN_WORKLOADS, cpuMsPerRequest, requestsFor, type RunWorkload } from '../query-benchmark.js';
import { startComparator } from '../servers/comparator-process.js';
import type { Comparator } from '../servers/protocol.js';
import { chooseKeys } from '../workloads/keys.js';
import { WORKLOAD_NAMES } from '../workloads/workloads.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  comparator: { type: 'string' },
  workload: { type: 'string' },
  concurrency: { type: 'string' },
  duration: { type: 'string' },
  'cpu-prof': { type: 'boolean' },
});
const comparator = (args.comparator ?? 'ours') as Comparator;
const workload = (args.workload ?? 'W1') as RunWorkload;
if (!COMPARATORS.includes(comparator)) throw new Error(`--comparator is one of ${COMPARATORS.join(', ')}`);
if (!RUN_WORKLOADS.includes(workload)) throw new Error(`--workload is one of ${RUN_WORKLOADS.join(', ')}`);
const connections = numberOption(args.concurrency, 32, 'concurrency');
const durationSeconds = numberOption(args.duration, 10, 'duration');

const { ownServer } = defaultToBenchDatabase();
const db = await openBenchDatabase({ yesReplace: false, ownServer, log: (line) => console.log(line) });
try {
  const keys = await chooseKeys(db.driver, db.database, 200, DEFAULT_SEED);
  if (WORKLOAD_NAMES.some((w) => keys[w].length === 0))
    throw new Error('The benchmark database holds no graph: run `npm run bench -- --keep-db` once first.');
  // Under tsx a process has a second thread (the module loader) with a profile of its own;
  // the server's is the one whose name ends in .0.001.cpuprofile.
  const profileDir = join(RAW_RESULTS_DIR, 'profiles', `single-${comparator}-${workload}-${Date.now()}`);
  const server = await startComparator(comparator, {
    extraExecArgv: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  try {
    const requests = requestsFor(workload, comparator, keys);
    await runLoad({ baseUrl: server.origin, requests, connections, durationSeconds: 3 }); // warm-up
    const before = await server.stats();
    const load = await runLoad({ baseUrl: server.origin, requests, connections, durationSeconds });
    const after = await server.stats();
    const cpuMs = cpuMsPerRequest(before, after, load.requests);
    console.log(
      `${comparator} ${workload} c=${connections}: ${Math.round(load.rps)} req/s, p99 ${load.p99.toFixed(1)} ms, ` +
        `errors ${load.errors}, CPU ${cpuMs.toFixed(3)} ms/req`,
    );
  } finally {
    await server.stop();
  }
  if (args['cpu-prof']) console.log(`Profile: ${profileDir}/`);
} finally {
  await db.close(false);
}
