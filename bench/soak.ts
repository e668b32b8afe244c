// The long soak: the API under steady concurrent load for a long time (30 min by default),
// every answer checked against the one it gave at rest, memory sampled throughout. Passes
// (exit 0) with zero errors and growth under the limit of the API's heap in use after a
// full garbage collection, taken at the end of the warm-up and at the end (both under the
// same load); RSS is reported. The 60 s version runs in `npm test` (test/reliability/load.test.ts).
//
//   npm run soak -- --minutes 120 --clients 64
//   npm run soak -- --url http://127.0.0.1:4000/graphql     (an API already running; no memory figures)
//
// Needs the seed graph in the configured Neo4j (`npm run db:start && npm run import`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { sameAnswer } from '../test/support/answer-compare.js';
import { startApiProcess, type ApiProcess } from '../test/support/api-process.js';
import { errorCodes, postQuery } from '../test/support/graphql-http.js';
import { startLoad } from '../test/support/load-loop.js';
import { RssSamples, mib } from '../test/support/rss-samples.js';
import { graphSamples, typicalRequests } from '../test/support/typical-requests.js';
import { numberOption, parseCommandLine } from './cli/args.js';
import { RAW_RESULTS_DIR } from './paths.js';

const options = parseCommandLine({
  minutes: { type: 'string' },
  clients: { type: 'string' },
  'warmup-seconds': { type: 'string' },
  'sample-seconds': { type: 'string' },
  'max-heap-growth': { type: 'string' },
  url: { type: 'string' },
});
const MINUTES = numberOption(options.minutes, 30, 'minutes');
const CLIENTS = numberOption(options.clients, 32, 'clients');
const WARMUP_MS = numberOption(options['warmup-seconds'], 30, 'warmup-seconds') * 1000;
const SAMPLE_MS = numberOption(options['sample-seconds'], 10, 'sample-seconds') * 1000;
const MAX_HEAP_GROWTH = numberOption(options['max-heap-growth'], 0.1, 'max-heap-growth');

interface Window {
  atS: number;
  answers: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  rssBytes: number | null;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  let api: ApiProcess | null = null;
  try {
    const requests = typicalRequests(await graphSamples(driver, config.neo4j.database));
    if (!options.url) api = await startApiProcess({}, { heapProbe: true });
    const url = options.url ?? api!.url;
    const expected = new Map<string, unknown>();
    for (const request of requests) {
      const answer = await postQuery(url, request.query, request.variables);
      if (answer.body?.errors) throw new Error(`${request.name} fails at rest: ${answer.text.slice(0, 300)}`);
      expected.set(request.name, answer.body?.data);
    }
    console.log(
      `Soak: ${CLIENTS} clients for ${MINUTES} min against ${url} (warm-up ${WARMUP_MS / 1000} s, a line every ${SAMPLE_MS / 1000} s).`,
    );

    const errors = new Map<string, number>();
    let latencies: number[] = [];
    let answers = 0;
    let windowErrors = 0;
    const load = startLoad({
      url,
      clients: CLIENTS,
      requests,
      timeoutMs: 30_000,
      onAnswer: (a) => {
        answers += 1;
        latencies.push(a.elapsedMs);
        let problem: string | null = null;
        if (!a.answer) problem = `no answer (${a.failure?.slice(0, 60)})`;
        else if (a.answer.status !== 200 || errorCodes(a.answer).length)
          problem = `HTTP ${a.answer.status} ${errorCodes(a.answer).join(',')}`;
        else if (!sameAnswer(a.answer.body?.data, expected.get(a.request.name))) problem = 'different answer';
        if (problem) {
          windowErrors += 1;
          const key = `${a.request.name}: ${problem}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      },
    });

    const t0 = performance.now();
    const rss = new RssSamples();
    const windows: Window[] = [];
    const rssSampler = api ? setInterval(() => rss.add(performance.now() - t0, api!.rssBytes()), 1_000) : null;
    const endAt = WARMUP_MS + MINUTES * 60_000;
    let heapStart: number | null = null;
    while (performance.now() - t0 < endAt) {
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
      if (api && heapStart === null && performance.now() - t0 >= WARMUP_MS) heapStart = await api.heapAfterGc();
      const sorted = latencies.sort((x, y) => x - y);
      const w: Window = {
        atS: Math.round((performance.now() - t0) / 1000),
        answers,
        errors: windowErrors,
        rps: answers / (SAMPLE_MS / 1000),
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        rssBytes: api ? api.rssBytes() : null,
      };
      windows.push(w);
      console.log(
        `${String(w.atS).padStart(6)} s  ${w.rps.toFixed(0).padStart(5)} req/s  p50 ${w.p50.toFixed(0).padStart(4)} ms  p99 ${w.p99.toFixed(0).padStart(5)} ms  ` +
          `errors ${w.errors}${w.rssBytes ? `  RSS ${mib(w.rssBytes)}` : ''}${w.atS * 1000 <= WARMUP_MS ? '  (warm-up)' : ''}`,
      );
      answers = 0;
      windowErrors = 0;
      latencies = [];
    }
    const heapEnd = api ? await api.heapAfterGc() : null;
    await load.stop();
    if (rssSampler) clearInterval(rssSampler);

    const measured = windows.filter((w) => w.atS * 1000 > WARMUP_MS);
    const totalErrors = [...errors.values()].reduce((a, b) => a + b, 0);
    const totalAnswers = measured.reduce((a, w) => a + w.answers, 0);
    const windowMs = Math.min(60_000, (MINUTES * 60_000) / 4);
    const rssStart = api ? rss.medianBetween(WARMUP_MS, WARMUP_MS + windowMs) : null;
    const rssEnd = api ? rss.medianBetween(endAt - windowMs, endAt + 1) : null;
    const rssGrowth = rssStart && rssEnd ? (rssEnd - rssStart) / rssStart : null;
    const growth = heapStart && heapEnd ? (heapEnd - heapStart) / heapStart : null;
    const summary = {
      clients: CLIENTS,
      minutes: MINUTES,
      answers: totalAnswers,
      rps: totalAnswers / (MINUTES * 60),
      errors: totalErrors,
      errorKinds: Object.fromEntries(errors),
      rssStartBytes: rssStart,
      rssEndBytes: rssEnd,
      rssPeakBytes: api ? rss.max() : null,
      rssGrowth,
      heapAfterGcStartBytes: heapStart,
      heapAfterGcEndBytes: heapEnd,
      heapGrowth: growth,
      windows,
    };
    mkdirSync(RAW_RESULTS_DIR, { recursive: true });
    const file = join(RAW_RESULTS_DIR, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);

    console.log(
      `\n${totalAnswers} answers in ${MINUTES} min (${summary.rps.toFixed(0)} req/s), ${totalErrors} errors` +
        (growth === null
          ? ''
          : `; API heap after a full collection ${mib(heapStart!)} → ${mib(heapEnd!)} (${(growth * 100).toFixed(1)}%); ` +
            `RSS ${mib(rssStart!)} → ${mib(rssEnd!)} (${(rssGrowth! * 100).toFixed(1)}%), peak ${mib(rss.max())}`),
    );
    for (const [kind, n] of errors) console.log(`  ${n} × ${kind}`);
    console.log(`Details: ${file}`);
    const ok = totalErrors === 0 && (growth === null || growth < MAX_HEAP_GROWTH);
    console.log(ok ? 'PASS' : 'FAIL');
    return ok ? 0 : 1;
  } finally {
    api?.kill('SIGTERM');
    await api?.exited;
    await driver.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
