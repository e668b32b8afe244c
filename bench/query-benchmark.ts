// The query benchmark: the three comparators side by side on the same keys. Answers are
// checked equal first; then, per workload and concurrency, the comparators run one after
// the other in a rotating order (so drift of a noisy machine spreads over all three),
// and finally each is driven at half the floor's peak rate to compare tail latency.
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startComparator, type ComparatorProcess } from './servers/comparator-process.js';
import type { Comparator, ComparatorStats } from './servers/protocol.js';
import { runLoad } from './load/run-load.js';
import {
  MIX,
  WORKLOADS,
  WORKLOAD_NAMES,
  type HttpRequestSpec,
  type WorkloadKey,
  type WorkloadName,
} from './workloads/workloads.js';
import { nameLookupRequest, type NameLookupKeys, type NameLookupKind } from './workloads/name-lookups.js';

export const COMPARATORS: Comparator[] = ['floor', 'ours', 'peer'];

export type RunWorkload = WorkloadName | 'W6';

/** Every workload a run measures, in order: W1–W5, then W6, the mix of them. */
export const RUN_WORKLOADS: RunWorkload[] = [...WORKLOAD_NAMES, 'W6'];

/** A comparator's CPU per request over a load run, from its stats before and after. */
export function cpuMsPerRequest(before: ComparatorStats, after: ComparatorStats, requests: number): number {
  return (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(1, requests);
}

export interface RunMeasurement {
  workload: RunWorkload;
  comparator: Comparator;
  concurrency: number;
  /** 'closed': `concurrency` connections as fast as answers come; 'fixed-rate': `rate` req/s offered. */
  mode: 'closed' | 'fixed-rate';
  rate?: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
  rssMB: number;
  statementsPerRequest: number;
}

export interface EqualityCheck {
  workload: WorkloadName;
  keys: number;
  equal: boolean;
  /** First key whose answers differ, with the canonical answers. */
  mismatch?: { key: WorkloadKey; answers: Partial<Record<Comparator, unknown>> };
}

export interface QueryBenchmarkOptions {
  keys: Record<WorkloadName, WorkloadKey[]>;
  concurrencies: number[];
  durationSeconds: number;
  warmupSeconds: number;
  checkKeys: number;
  /** Which workloads get the half-of-floor-peak fixed-rate run. */
  fixedRateWorkloads: RunWorkload[];
  profileDir?: string;
  /** Names for the hit-vs-miss runs of `lookup` on ours (none: not measured). */
  nameLookups?: NameLookupKeys;
  log: (line: string) => void;
}

/** One closed-loop run of `lookup(name)` on ours, all hits or all misses. */
export interface NameLookupMeasurement {
  kind: NameLookupKind;
  round: number;
  concurrency: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
}

export interface ColdStart {
  /** Spawn → listening, per try (ms). */
  readyMs: number[];
  /** Spawn → first answered GraphQL request, per try (ms). */
  firstAnswerMs: number[];
}

export interface QueryBenchmarkResult {
  runs: RunMeasurement[];
  checks: EqualityCheck[];
  coldStart: ColdStart;
  startupMs: Record<Comparator, number>;
  nameLookups: NameLookupMeasurement[];
}

async function ask(process: ComparatorProcess, spec: HttpRequestSpec): Promise<unknown> {
  const response = await fetch(process.origin + spec.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
  });
  return response.json();
}

async function checkEquality(
  processes: ComparatorProcess[],
  workload: WorkloadName,
  keys: WorkloadKey[],
): Promise<EqualityCheck> {
  const w = WORKLOADS[workload];
  for (const key of keys) {
    const answers: Partial<Record<Comparator, unknown>> = {};
    for (const p of processes) {
      try {
        answers[p.comparator] = w.canonical(p.comparator, await ask(p, w.request(p.comparator, key)));
      } catch (error) {
        answers[p.comparator] = `failed: ${(error as Error).message}`;
      }
    }
    const reference = answers.floor;
    if (!processes.every((p) => isDeepStrictEqual(answers[p.comparator], reference))) {
      return { workload, keys: keys.length, equal: false, mismatch: { key, answers } };
    }
  }
  return { workload, keys: keys.length, equal: true };
}

/** The W6 request list: the workloads' keys interleaved in MIX proportions, same order for everyone. */
function mixedRequests(comparator: Comparator, keys: Record<WorkloadName, WorkloadKey[]>): HttpRequestSpec[] {
  const total = Math.min(...WORKLOAD_NAMES.map((w) => keys[w].length));
  const out: HttpRequestSpec[] = [];
  const cursor: Record<WorkloadName, number> = { W1: 0, W2: 0, W3: 0, W4: 0, W5: 0 };
  const credit: Record<WorkloadName, number> = { W1: 0, W2: 0, W3: 0, W4: 0, W5: 0 };
  for (let i = 0; i < total * 2; i++) {
    // Smooth weighted round robin: deterministic and evenly spread.
    for (const w of WORKLOAD_NAMES) credit[w] += MIX[w];
    const pick = WORKLOAD_NAMES.reduce((best, w) => (credit[w] > credit[best] ? w : best));
    credit[pick] -= 1;
    const list = keys[pick];
    out.push(WORKLOADS[pick].request(comparator, list[cursor[pick]++ % list.length] as WorkloadKey));
  }
  return out;
}

/** The request list of one workload for one comparator (W6: the mix). */
export function requestsFor(
  workload: RunWorkload,
  comparator: Comparator,
  keys: Record<WorkloadName, WorkloadKey[]>,
): HttpRequestSpec[] {
  if (workload === 'W6') return mixedRequests(comparator, keys);
  return keys[workload].map((key) => WORKLOADS[workload].request(comparator, key));
}

async function measure(
  process: ComparatorProcess,
  workload: RunWorkload,
  requests: HttpRequestSpec[],
  concurrency: number,
  durationSeconds: number,
  rate?: number,
): Promise<RunMeasurement> {
  const before: ComparatorStats = await process.stats();
  const load = await runLoad({
    baseUrl: process.origin,
    requests,
    connections: concurrency,
    durationSeconds,
    overallRate: rate,
  });
  const after: ComparatorStats = await process.stats();
  const n = Math.max(1, load.requests);
  return {
    workload,
    comparator: process.comparator,
    concurrency,
    mode: rate ? 'fixed-rate' : 'closed',
    ...(rate ? { rate: Math.round(rate) } : {}),
    requests: load.requests,
    rps: load.rps,
    p50: load.p50,
    p90: load.p90,
    p99: load.p99,
    errors: load.errors,
    cpuMsPerRequest: cpuMsPerRequest(before, after, load.requests),
    rssMB: after.rssBytes / 2 ** 20,
    statementsPerRequest: (after.statements - before.statements) / n,
  };
}

/** Time from spawning a fresh `ours` process to its first answered request. */
async function measureColdStart(keys: Record<WorkloadName, WorkloadKey[]>, tries: number): Promise<ColdStart> {
  const cold: ColdStart = { readyMs: [], firstAnswerMs: [] };
  for (let i = 0; i < tries; i++) {
    const spawned = performance.now();
    const p = await startComparator('ours');
    await ask(p, WORKLOADS.W1.request('ours', keys.W1[0] as WorkloadKey));
    cold.firstAnswerMs.push(performance.now() - spawned);
    cold.readyMs.push(p.readyMs);
    await p.stop();
  }
  return cold;
}

export async function runQueryBenchmark(options: QueryBenchmarkOptions): Promise<QueryBenchmarkResult> {
  const { log } = options;
  const coldStart = await measureColdStart(options.keys, 3);
  log(
    `Cold start of ours (spawn → first answer): ${coldStart.firstAnswerMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`,
  );

  // One folder per comparator and run, Node's own file names: a process under tsx has a
  // second thread (its module loader) with a profile of its own, and one fixed name for
  // both would let the loader's idle profile overwrite the server's.
  const runStamp = new Date().toISOString().replace(/[:.]/g, '-');
  const profile = (c: Comparator) =>
    options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(options.profileDir, runStamp, c)}`] : [];
  const processes = await Promise.all(COMPARATORS.map((c) => startComparator(c, { extraExecArgv: profile(c) })));
  const startupMs = Object.fromEntries(processes.map((p) => [p.comparator, Math.round(p.readyMs)])) as Record<
    Comparator,
    number
  >;
  const runs: RunMeasurement[] = [];
  const checks: EqualityCheck[] = [];
  const nameLookups: NameLookupMeasurement[] = [];
  try {
    for (const workload of WORKLOAD_NAMES) {
      const check = await checkEquality(processes, workload, options.keys[workload].slice(0, options.checkKeys));
      checks.push(check);
      log(
        `${workload} answers ${check.equal ? `equal on ${check.keys} keys` : `DIFFER: ${JSON.stringify(check.mismatch).slice(0, 1500)}`}`,
      );
    }

    let rotation = 0;
    for (const workload of RUN_WORKLOADS) {
      const lists = Object.fromEntries(COMPARATORS.map((c) => [c, requestsFor(workload, c, options.keys)])) as Record<
        Comparator,
        HttpRequestSpec[]
      >;
      // Warm-up: JIT, plan caches, page cache and connection pools, for every comparator.
      for (const p of processes)
        await runLoad({
          baseUrl: p.origin,
          requests: lists[p.comparator],
          connections: Math.max(...options.concurrencies),
          durationSeconds: options.warmupSeconds,
        });
      for (const concurrency of options.concurrencies) {
        const order = processes.map((_, i) => processes[(i + rotation) % processes.length] as ComparatorProcess);
        rotation += 1;
        for (const p of order) {
          const m = await measure(p, workload, lists[p.comparator], concurrency, options.durationSeconds);
          runs.push(m);
          log(
            `  ${workload} c=${String(concurrency).padStart(3)} ${p.comparator.padEnd(5)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(1)}  p90 ${m.p90.toFixed(1)}  p99 ${m.p99.toFixed(1)} ms  errors ${m.errors}  cpu ${m.cpuMsPerRequest.toFixed(2)} ms/req  ${m.statementsPerRequest.toFixed(2)} stmt/req`,
          );
        }
      }
      if (options.fixedRateWorkloads.includes(workload)) {
        const floorPeak = Math.max(
          ...runs
            .filter((r) => r.workload === workload && r.comparator === 'floor' && r.mode === 'closed')
            .map((r) => r.rps),
        );
        const rate = floorPeak / 2;
        const connections = Math.max(...options.concurrencies);
        for (const p of processes) {
          const m = await measure(p, workload, lists[p.comparator], connections, options.durationSeconds, rate);
          runs.push(m);
          log(
            `  ${workload} @${rate.toFixed(0)} req/s ${p.comparator.padEnd(5)} p50 ${m.p50.toFixed(1)}  p90 ${m.p90.toFixed(1)}  p99 ${m.p99.toFixed(1)} ms  (${m.rps.toFixed(0)} req/s done)`,
          );
        }
      }
    }
    const ours = processes.find((p) => p.comparator === 'ours');
    if (options.nameLookups && ours)
      nameLookups.push(...(await measureNameLookups(ours, options.nameLookups, options, log)));
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
  return { runs, checks, coldStart, startupMs, nameLookups };
}

/** Hits and misses of `lookup(name)` on ours, interleaved over two rounds at the highest concurrency. */
async function measureNameLookups(
  ours: ComparatorProcess,
  keys: NameLookupKeys,
  options: QueryBenchmarkOptions,
  log: (line: string) => void,
): Promise<NameLookupMeasurement[]> {
  const concurrency = Math.max(...options.concurrencies);
  const lists = { hit: keys.hit.map(nameLookupRequest), miss: keys.miss.map(nameLookupRequest) };
  for (const kind of ['hit', 'miss'] as const) {
    const answer = (await ask(ours, lists[kind][0] as HttpRequestSpec)) as { data?: { lookup?: unknown[] } };
    const found = answer.data?.lookup?.length ?? -1;
    if (kind === 'hit' ? found < 1 : found !== 0)
      throw new Error(`lookup ${kind} answered ${JSON.stringify(answer).slice(0, 300)}`);
    await runLoad({
      baseUrl: ours.origin,
      requests: lists[kind],
      connections: concurrency,
      durationSeconds: options.warmupSeconds,
    });
  }
  const out: NameLookupMeasurement[] = [];
  for (const round of [1, 2]) {
    for (const kind of round === 1 ? (['hit', 'miss'] as const) : (['miss', 'hit'] as const)) {
      const before = await ours.stats();
      const load = await runLoad({
        baseUrl: ours.origin,
        requests: lists[kind],
        connections: concurrency,
        durationSeconds: options.durationSeconds,
      });
      const after = await ours.stats();
      const m: NameLookupMeasurement = {
        kind,
        round,
        concurrency,
        rps: load.rps,
        p50: load.p50,
        p99: load.p99,
        errors: load.errors,
        cpuMsPerRequest: cpuMsPerRequest(before, after, load.requests),
      };
      out.push(m);
      log(
        `  lookup ${kind.padEnd(4)} c=${concurrency} round ${round}: ${m.rps.toFixed(0)} req/s  p50 ${m.p50.toFixed(1)}  p99 ${m.p99.toFixed(1)} ms  errors ${m.errors}  cpu ${m.cpuMsPerRequest.toFixed(2)} ms/req`,
      );
    }
  }
  return out;
}
