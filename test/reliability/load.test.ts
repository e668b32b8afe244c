// Load: 64 concurrent clients for 60 s on the seed graph, against the API as its own
// process (as `npm run serve` runs it). Every answer must be right — zero errors — and
// the process's memory must hold steady: RSS growth under 10% after a warm-up.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameAnswer } from '../support/answer-compare.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { testConfig, testDriver } from '../support/database.js';
import { errorCodes, postQuery } from '../support/graphql-http.js';
import { startLoad, type LoadRequest } from '../support/load-loop.js';
import { RssSamples, mib } from '../support/rss-samples.js';
import { ensureSeedGraph } from '../support/seed-graph.js';
import { graphSamples, typicalRequests } from '../support/typical-requests.js';

const CLIENTS = 64;
// V8 grows its young generation under sustained allocation for a while after start; 30 s of
// warm-up lets the heap reach its working size before the minute whose growth is measured.
const WARMUP_MS = 30_000;
const MEASURE_MS = 60_000;
/** RSS is compared as medians over this window at each end of the measured minute. */
const RSS_WINDOW_MS = 5_000;
const MAX_RSS_GROWTH = 0.1;

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
    api = await startApiProcess();
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
      let answered = 0;
      let measureFrom = Number.POSITIVE_INFINITY;
      let measureTo = Number.POSITIVE_INFINITY;
      const rss = new RssSamples();
      const t0 = performance.now();

      const load = startLoad({
        url: api.url,
        clients: CLIENTS,
        requests,
        timeoutMs: 30_000,
        onAnswer: (a) => {
          const done = a.startedAt + a.elapsedMs;
          if (done >= measureFrom && done < measureTo) {
            answered += 1;
            latencies.push(a.elapsedMs);
          }
          if (!a.answer) {
            problems.push(`${a.request.name}: no answer (${a.failure})`);
          } else if (a.answer.status !== 200 || errorCodes(a.answer).length > 0) {
            problems.push(
              `${a.request.name}: HTTP ${a.answer.status} ${errorCodes(a.answer).join(',')} ${a.answer.text.slice(0, 200)}`,
            );
          } else if (!sameAnswer(a.answer.body?.data, expected.get(a.request.name))) {
            problems.push(`${a.request.name}: a different answer under load`);
          }
        },
      });
      const sampler = setInterval(() => rss.add(performance.now() - t0, api.rssBytes()), 500);
      try {
        await new Promise((r) => setTimeout(r, WARMUP_MS));
        measureFrom = performance.now();
        await new Promise((r) => setTimeout(r, MEASURE_MS));
        measureTo = performance.now();
      } finally {
        clearInterval(sampler);
        await load.stop();
      }

      const start = rss.medianBetween(measureFrom - t0, measureFrom - t0 + RSS_WINDOW_MS);
      const end = rss.medianBetween(measureTo - t0 - RSS_WINDOW_MS, measureTo - t0);
      const growth = (end - start) / start;
      latencies.sort((a, b) => a - b);
      const pct = (p: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(0);
      console.log(
        `[load] ${CLIENTS} clients, ${MEASURE_MS / 1000} s after a ${WARMUP_MS / 1000} s warm-up: ${answered} answers ` +
          `(${(answered / (MEASURE_MS / 1000)).toFixed(0)} req/s, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms), ${problems.length} errors; ` +
          `API RSS ${mib(start)} after warm-up → ${mib(end)} at the end (${(growth * 100).toFixed(1)}%), peak ${mib(rss.max())}`,
      );

      expect(problems.slice(0, 10), `${problems.length} requests went wrong`).toEqual([]);
      expect(answered).toBeGreaterThan(0);
      expect(growth, 'RSS growth over the measured minute').toBeLessThan(MAX_RSS_GROWTH);
      // Still healthy afterwards.
      expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200);
    },
    WARMUP_MS + MEASURE_MS + 60_000,
  );
});
