// Load: 64 concurrent clients for 60 s on the seed graph, against the API as its own
// process (as `npm run serve` runs it). Every answer must be right — zero errors — and
// the process's memory must hold steady: the JavaScript heap still in use after a full
// garbage collection grows by under 10% over the measured minute, measured with the load
// paused at both ends (the resident set size, which also moves with when V8 last collected
// and how much it keeps mapped, is reported).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameAnswer } from '../support/answer-compare.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { testConfig, testDriver } from '../support/database.js';
import { errorCodes, postQuery } from '../support/graphql-http.js';
import { startLoad, type LoadAnswer, type LoadRequest } from '../support/load-loop.js';
import { mib } from '../support/rss-samples.js';
import { ensureSeedGraph } from '../support/seed-graph.js';
import { graphSamples, typicalRequests } from '../support/typical-requests.js';

const CLIENTS = 64;
// 30 s of warm-up fills what is meant to fill once (the parsed-document and translation
// caches, the driver's connection pool, V8's compiled code) before the minute whose growth
// is measured.
const WARMUP_MS = 30_000;
const MEASURE_MS = 60_000;
const MAX_HEAP_GROWTH = 0.1;

const config = testConfig();
const { database } = config.neo4j;

describe(`${CLIENTS} concurrent clients for ${MEASURE_MS / 1000} s`, () => {
  let driver: Driver;
  let api: ApiProcess;
  let requests: LoadRequest[];
  const expected = new Map<string, unknown>();

  beforeAll(async () => {
    driver = testDriver(config);
    await ensureSeedGraph(driver, database);
    requests = typicalRequests(await graphSamples(driver, database));
    api = await startApiProcess({}, { heapProbe: true });
    for (const request of requests) {
      const answer = await postQuery(api.url, request.query, request.variables);
      expect(answer.body?.errors, `${request.name}: ${answer.text.slice(0, 300)}`).toBeUndefined();
      expected.set(request.name, answer.body?.data);
    }
  }, 300_000);

  afterAll(async () => {
    api?.kill('SIGTERM');
    await api?.exited;
    await driver?.close();
  }, 60_000);

  it(
    'answers every request correctly, and its memory holds steady',
    async () => {
      const problems: string[] = [];
      const latencies: number[] = [];
      let peakRss = 0;
      const check = (a: LoadAnswer) => {
        if (!a.answer) {
          problems.push(`${a.request.name}: no answer (${a.failure})`);
        } else if (a.answer.status !== 200 || errorCodes(a.answer).length > 0) {
          problems.push(
            `${a.request.name}: HTTP ${a.answer.status} ${errorCodes(a.answer).join(',')} ${a.answer.text.slice(0, 200)}`,
          );
        } else if (!sameAnswer(a.answer.body?.data, expected.get(a.request.name))) {
          problems.push(`${a.request.name}: a different answer under load`);
        }
      };
      const loadFor = async (ms: number, onAnswer: (a: LoadAnswer) => void) => {
        const load = startLoad({ url: api.url, clients: CLIENTS, requests, timeoutMs: 30_000, onAnswer });
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, api.rssBytes())), 500);
        try {
          await new Promise((r) => setTimeout(r, ms));
        } finally {
          clearInterval(sampler);
          await load.stop();
        }
      };

      await loadFor(WARMUP_MS, check);
      const heapBefore = await api.heapAfterGc();
      const rssBefore = api.rssBytes();
      await loadFor(MEASURE_MS, (a) => {
        check(a);
        latencies.push(a.elapsedMs);
      });
      const heapAfter = await api.heapAfterGc();
      const rssAfter = api.rssBytes();

      const answered = latencies.length;
      const growth = (heapAfter - heapBefore) / heapBefore;
      latencies.sort((a, b) => a - b);
      const pct = (p: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(0);
      console.log(
        `[load] ${CLIENTS} clients, ${MEASURE_MS / 1000} s after a ${WARMUP_MS / 1000} s warm-up: ${answered} answers ` +
          `(${(answered / (MEASURE_MS / 1000)).toFixed(0)} req/s, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms), ${problems.length} errors; ` +
          `API heap after a full collection ${mib(heapBefore)} → ${mib(heapAfter)} (${(growth * 100).toFixed(1)}%, ` +
          `${((heapAfter - heapBefore) / Math.max(1, answered)).toFixed(0)} bytes per request); ` +
          `RSS ${mib(rssBefore)} → ${mib(rssAfter)}, peak ${mib(peakRss)}`,
      );

      expect(problems.slice(0, 10), `${problems.length} requests went wrong`).toEqual([]);
      expect(answered).toBeGreaterThan(0);
      expect(growth, 'growth of the heap in use after a full collection over the measured minute').toBeLessThan(
        MAX_HEAP_GROWTH,
      );
      // Still healthy afterwards.
      expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200);
    },
    WARMUP_MS + MEASURE_MS + 60_000,
  );
});
