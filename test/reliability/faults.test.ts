// Faults of the database and of the import, on a throwaway Neo4j of this file's own (the
// shared test database is never stopped or crashed):
// - an import killed half-way, or cut off by a database crash mid-transaction, and then
//   re-run, leaves exactly the graph a clean import leaves;
// - the API under load while Neo4j stops, crashes or freezes: every request is answered
//   correctly or SERVICE_UNAVAILABLE within a few seconds (no hang, no crash, no wrong
//   answer; QUERY_TIMEOUT only while a restarted Neo4j warms up), /ready fails while
//   /health holds, and the API recovers by itself once Neo4j is back.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { ImportError, runImport, wipeGraph } from '../../src/graph-import/run-import.js';
import { sameAnswer } from '../support/answer-compare.js';
import { startApiProcess, type ApiProcess } from '../support/api-process.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { errorCodes, postQuery } from '../support/graphql-http.js';
import { startImportProcess } from '../support/import-process.js';
import { leaksIn } from '../support/leak-check.js';
import { startLoad, type LoadAnswer, type LoadRequest } from '../support/load-loop.js';
import { openTransactions, waitForOpenTransaction } from '../support/open-transactions.js';
import { acquireThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.js';
import { graphSamples, typicalRequests } from '../support/typical-requests.js';

const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
/** "Within a few seconds": the bound on any answer while the database is gone. */
const MAX_ANSWER_MS_DURING_OUTAGE = 10_000;
/**
 * "Recovers by itself": the bound catches an API that never comes back (a stale pool, a stuck
 * circuit), not a slow one. How long recovery took is a figure this suite prints, not a
 * target: a restarted Neo4j plans every query again with a cold page cache, and on a loaded
 * 2-core machine its first answers under 16 clients can pass the API's 8 s deadline
 * (QUERY_TIMEOUT, an honest answer) for a while — 22 s once in CI, 0 s on a quiet machine.
 */
const MAX_RECOVERY_MS = 60_000;
/**
 * How long each fault lasts: longer than the API's 8 s deadline, so a request sent at the
 * start of a freeze is answered SERVICE_UNAVAILABLE before the server comes back (with an
 * outage as long as the deadline, it could be answered correctly after SIGCONT instead).
 */
const OUTAGE_MS = 12_000;
/** Recovered = this long with nothing but correct answers. */
const SETTLED_MS = 3_000;
const CLIENTS = 16;

let neo4j: ThrowawayNeo4j;
let driver: Driver;
let clean: GraphFingerprint;
const figures: string[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

beforeAll(async () => {
  const started = performance.now();
  neo4j = await acquireThrowawayNeo4j('faults');
  const upAt = performance.now();
  driver = createDriver(neo4j.config.neo4j);
  await runImport(driver, { database: neo4j.config.neo4j.database, cypherDir: CYPHER_DIR });
  clean = await graphFingerprint(driver, neo4j.config.neo4j.database);
  figures.push(
    `throwaway Neo4j up in ${seconds(upAt - started)}; clean import in ${seconds(performance.now() - upAt)}: ` +
      `${clean.nodes} nodes, ${clean.relationships} relationships, checksum ${clean.checksum.slice(0, 12)}`,
  );
}, 900_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  console.log(`[faults] ${figures.join('\n[faults] ')}`);
}, 120_000);

describe('an interrupted import, re-run', () => {
  it("killed (SIGKILL) while a data script's transaction is open: the re-run gives the clean graph", async () => {
    const { database } = neo4j.config.neo4j;
    await wipeGraph(driver, database);
    const before = await graphFingerprint(driver, database);
    // The batched import writes the seed corpus in one quick chunk transaction: a copy of the
    // project whose first facts script holds that transaction open after its writes makes
    // the kill land mid-transaction every time.
    const scratch = mkdtempSync(join(tmpdir(), 'lig-import-kill-'));
    cpSync(CYPHER_DIR, join(scratch, 'cypher'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'data'), join(scratch, 'data'), { recursive: true });
    const facts = readdirSync(join(scratch, 'cypher'))
      .filter((f) => /^2\d_facts_/.test(f))
      .sort()[0]!;
    writeFileSync(
      join(scratch, 'cypher', facts),
      `${readFileSync(join(scratch, 'cypher', facts), 'utf8')}\nCALL apoc.util.sleep(120000);\n`,
    );
    const run = startImportProcess(neo4j.config.neo4j, ['--from', scratch]);
    const open = await waitForOpenTransaction(driver, database, /apoc\.util\.sleep/, 120_000, 100);
    expect(open, "caught a data script's transaction open").not.toBeNull();
    run.child.kill('SIGKILL');
    expect(await run.exited).toBeNull();
    rmSync(scratch, { recursive: true, force: true });

    // The server rolls the orphaned transaction back once the connection is gone.
    for (let i = 0; i < 100 && (await openTransactions(driver, database)).length > 0; i += 1)
      await new Promise((r) => setTimeout(r, 100));
    // All or nothing: none of the killed chunk's writes (documents, entities, facts) is left.
    const partial = await graphFingerprint(driver, database);
    expect(partial, 'the killed transaction left nothing behind').toEqual(before);

    const rerun = startImportProcess(neo4j.config.neo4j);
    expect(await rerun.exited, rerun.output()).toBe(0);
    for (const output of [run.output(), rerun.output()])
      expect(output.includes(neo4j.config.neo4j.password), "the password in the import's output").toBe(false);
    expect(await graphFingerprint(driver, database)).toEqual(clean);
    figures.push(
      `import killed mid-transaction (graph left as before it: ${partial.nodes}/${clean.nodes} nodes): re-run gave the clean graph (ids, counts, checksum equal)`,
    );
  }, 240_000);

  it('cut off by a database crash mid-transaction: the import fails fast, and after a restart the re-run gives the clean graph', async () => {
    const { database } = neo4j.config.neo4j;
    // A copy of the scripts whose first facts script holds its transaction open after
    // all its writes, so the crash lands mid-transaction every time.
    const scratch = mkdtempSync(join(tmpdir(), 'lig-import-fault-'));
    try {
      cpSync(CYPHER_DIR, scratch, { recursive: true });
      const facts = readdirSync(scratch)
        .filter((f) => /^2\d_facts_/.test(f))
        .sort()[0]!;
      writeFileSync(
        join(scratch, facts),
        `${readFileSync(join(scratch, facts), 'utf8')}\nCREATE (:ImportFaultProbe {note: 'must never be committed'});\nCALL apoc.util.sleep(120000);\n`,
      );

      await wipeGraph(driver, database);
      const importDriver = createDriver(neo4j.config.neo4j);
      try {
        const importing = runImport(importDriver, { database, cypherDir: scratch }).then(
          () => null,
          (e: unknown) => e,
        );
        const open = await waitForOpenTransaction(driver, database, /apoc\.util\.sleep/, 120_000, 100);
        expect(open, "the facts script's transaction is open").not.toBeNull();
        const crashedAt = performance.now();
        neo4j.kill();
        const error = await importing;
        const failedAfter = performance.now() - crashedAt;
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).file).toBe(facts);
        expect(failedAfter, 'the import reports the crash within its bounded retries').toBeLessThan(30_000);

        const restartedAt = performance.now();
        await neo4j.start();
        const restartMs = performance.now() - restartedAt;
        const partial = await graphFingerprint(driver, database);
        expect(partial.nodes).toBeLessThan(clean.nodes);
        const probes = await driver.executeQuery('MATCH (n:ImportFaultProbe) RETURN count(n) AS n', {}, { database });
        expect(probes.records[0]!.get('n'), 'nothing of the open transaction survived the crash').toBe(0);

        await runImport(importDriver, { database, cypherDir: CYPHER_DIR });
        expect(await graphFingerprint(driver, database)).toEqual(clean);
        figures.push(
          `database crashed mid-import-transaction: import failed after ${seconds(failedAfter)}, Neo4j restarted in ${seconds(restartMs)}, ` +
            `open transaction fully rolled back, re-run gave the clean graph`,
        );
      } finally {
        await importDriver.close();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 300_000);
});

interface Fault {
  name: string;
  /** Neo4j is gone and refuses connections (a stop or a crash), rather than frozen with its sockets open. */
  refusesConnections: boolean;
  inject(): Promise<void>;
  restore(): Promise<void>;
}

let frozenPid: number | null = null;
const FAULTS: Fault[] = [
  {
    name: 'a clean stop (neo4j stop)',
    refusesConnections: true,
    inject: () => neo4j.stop(),
    restore: () => neo4j.start(),
  },
  {
    name: 'a crash (SIGKILL to the JVM)',
    refusesConnections: true,
    inject: async () => neo4j.kill(),
    restore: () => neo4j.start(),
  },
  {
    // The nastiest case for a client: the server keeps its sockets open but never answers.
    name: 'a freeze (SIGSTOP to the JVM)',
    refusesConnections: false,
    inject: async () => {
      frozenPid = neo4j.pid();
      if (frozenPid !== null) process.kill(frozenPid, 'SIGSTOP');
    },
    restore: async () => {
      if (frozenPid !== null) process.kill(frozenPid, 'SIGCONT');
      frozenPid = null;
    },
  },
];

interface Classified extends LoadAnswer {
  /** `slow`: QUERY_TIMEOUT, acceptable only while Neo4j is starting again (cold caches and plans). */
  verdict: 'correct' | 'unavailable' | 'slow' | 'wrong' | 'no answer';
  detail: string;
}

async function statusOf(url: string): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return -1;
  }
}

describe('the API while Neo4j fails under load', () => {
  // The API runs as its own process, as in production: stopping and starting Neo4j blocks
  // this test process for seconds at a time, which must not be charged to the API.
  let api: ApiProcess;
  let stoppingApi = false;
  let url: string;
  let requests: LoadRequest[];
  const expected = new Map<string, unknown>();

  beforeAll(async () => {
    expect(await graphFingerprint(driver, neo4j.config.neo4j.database)).toEqual(clean);
    requests = typicalRequests(await graphSamples(driver, neo4j.config.neo4j.database));
    const { uri, user, password, database } = neo4j.config.neo4j;
    api = await startApiProcess({
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
    });
    url = api.url;
    // Losing the API process is the worst outcome of these tests: say so with what it printed
    // last, so the cause (e.g. an unhandled rejection) is in the test output.
    void api.exited.then(({ code, signal }) => {
      if (!stoppingApi)
        console.log(
          `[faults] the API process exited during the suite (code ${code}, signal ${signal}); its last output:\n` +
            api.output().slice(-4_000),
        );
    });
    for (const request of requests) {
      const answer = await postQuery(url, request.query, request.variables);
      expect(
        answer.body?.errors,
        `${request.name} must work before any fault: ${answer.text.slice(0, 500)}`,
      ).toBeUndefined();
      expected.set(request.name, answer.body?.data);
    }
  }, 120_000);

  afterAll(async () => {
    if (frozenPid !== null) process.kill(frozenPid, 'SIGCONT');
    stoppingApi = true;
    api?.kill('SIGTERM');
    await api?.exited;
    const internal = (api?.output() ?? '').split('\n').filter((l) => l.includes('"internal error"'));
    if (internal.length)
      console.log(`[faults] the API logged ${internal.length} internal errors, first: ${internal[0]!.slice(0, 600)}`);
  }, 60_000);

  function classify(a: LoadAnswer): Classified {
    if (!a.answer) return { ...a, verdict: 'no answer', detail: a.failure ?? '' };
    const codes = errorCodes(a.answer);
    if (codes.length === 0) {
      return sameAnswer(a.answer.body?.data, expected.get(a.request.name))
        ? { ...a, verdict: 'correct', detail: '' }
        : { ...a, verdict: 'wrong', detail: `different data: ${a.answer.text.slice(0, 300)}` };
    }
    const leaks = leaksIn(a.answer.text, [neo4j.config.neo4j.password]);
    const detail = `HTTP ${a.answer.status}, codes ${codes.join(',')}, leaks [${leaks.join(', ')}]: ${a.answer.text.slice(0, 300)}`;
    if (leaks.length > 0 || ![200, 503].includes(a.answer.status)) return { ...a, verdict: 'wrong', detail };
    if (codes.every((c) => c === 'SERVICE_UNAVAILABLE')) return { ...a, verdict: 'unavailable', detail };
    if (codes.every((c) => c === 'SERVICE_UNAVAILABLE' || c === 'QUERY_TIMEOUT'))
      return { ...a, verdict: 'slow', detail };
    return { ...a, verdict: 'wrong', detail };
  }

  for (const fault of FAULTS) {
    it(`answers SERVICE_UNAVAILABLE during ${fault.name}, then recovers by itself`, async () => {
      const answers: Classified[] = [];
      // When the last answer that was not right came back; kept as answers arrive, since a
      // fast-failing API answers thousands of requests a second while Neo4j is gone.
      let lastBadEnd = 0;
      const load = startLoad({
        url,
        clients: CLIENTS,
        requests,
        timeoutMs: 30_000,
        onAnswer: (a) => {
          const classified = classify(a);
          answers.push(classified);
          if (classified.verdict !== 'correct') lastBadEnd = Math.max(lastBadEnd, a.startedAt + a.elapsedMs);
        },
      });
      const base = url.replace('/graphql', '');
      try {
        await new Promise((r) => setTimeout(r, 2_000));
        const injectStarted = performance.now();
        await fault.inject();
        const goneAt = performance.now();

        // While it is gone: /ready fails, /health holds.
        let ready = 0;
        let health = 0;
        while (performance.now() - goneAt < OUTAGE_MS) {
          [ready, health] = await Promise.all([statusOf(`${base}/ready`), statusOf(`${base}/health`)]);
          await new Promise((r) => setTimeout(r, 500));
        }
        expect(ready, '/ready while Neo4j is gone').toBe(503);
        expect(health, '/health while Neo4j is gone').toBe(200);

        const restoreStarted = performance.now();
        await fault.restore();
        const backAt = performance.now();

        // Keep the load on until the API has answered only correctly for a few seconds, and
        // nothing sent before the last bad answer is still in flight: such a request (say one
        // sent just before Neo4j was back, answered QUERY_TIMEOUT seconds later) would become
        // the last bad answer after the load stopped, with no request sent after it.
        const lastBadDone = () => Math.max(backAt, lastBadEnd);
        const settled = () =>
          performance.now() - lastBadDone() >= SETTLED_MS &&
          load.oldestInFlightStart() > lastBadDone() &&
          answers.some((a) => a.verdict === 'correct' && a.startedAt > lastBadDone());
        while (!settled() && performance.now() - backAt < MAX_RECOVERY_MS + 10_000) {
          await new Promise((r) => setTimeout(r, 100));
        }
        await load.stop();
        expect(await statusOf(`${base}/ready`), `/ready once Neo4j is back; ${api.describe()}`).toBe(200);

        const when = (a: Classified) =>
          `sent ${((a.startedAt - goneAt) / 1000).toFixed(1)} s after the fault, ${((a.startedAt - backAt) / 1000).toFixed(1)} s after Neo4j was back, took ${a.elapsedMs.toFixed(0)} ms`;
        const list = (xs: Classified[]) =>
          xs.slice(0, 10).map((a) => `${a.request.name} (${when(a)}): ${a.verdict} ${a.detail}`);
        const wrong = answers.filter((a) => a.verdict === 'wrong' || a.verdict === 'no answer');
        expect(
          list(wrong),
          `${wrong.length} answers neither right nor a coded outage error; ${wrong.length ? api.describe() : ''}`,
        ).toEqual([]);
        // QUERY_TIMEOUT is an honest answer only while Neo4j is coming back, never while it is plainly gone.
        const slowTooEarly = answers.filter((a) => a.verdict === 'slow' && a.startedAt < restoreStarted);
        expect(list(slowTooEarly), 'QUERY_TIMEOUT while Neo4j was down instead of SERVICE_UNAVAILABLE').toEqual([]);

        const duringOutage = answers.filter((a) => a.startedAt >= goneAt && a.startedAt < restoreStarted);
        const unavailable = duringOutage.filter((a) => a.verdict === 'unavailable');
        expect(unavailable.length, 'requests answered SERVICE_UNAVAILABLE while Neo4j was gone').toBeGreaterThan(0);
        const slowest = duringOutage.reduce((m, a) => Math.max(m, a.elapsedMs), 0);
        const times = unavailable.map((a) => a.elapsedMs).sort((x, y) => x - y);
        const median = times[Math.floor(times.length / 2)] ?? 0;
        expect(slowest, 'slowest answer while Neo4j was gone (ms)').toBeLessThan(MAX_ANSWER_MS_DURING_OUTAGE);

        // Recovered: from the last answer that was not right on, every answer is right.
        const notRight = answers.filter((a) => a.verdict !== 'correct' && a.startedAt >= goneAt);
        const lastNotRight = notRight.reduce((m, a) => Math.max(m, a.startedAt + a.elapsedMs), backAt);
        const recoveryMs = lastNotRight - backAt;
        expect(
          recoveryMs,
          `time from Neo4j answering to the API answering only correctly (ms); the last answers not right: ${list(notRight.slice(-3)).join(' | ')}`,
        ).toBeLessThan(MAX_RECOVERY_MS);
        const tally = (xs: Classified[]) =>
          JSON.stringify(
            xs.reduce<Record<string, number>>((t, a) => ({ ...t, [a.verdict]: (t[a.verdict] ?? 0) + 1 }), {}),
          );
        expect(
          answers.filter((a) => a.startedAt > lastNotRight).length,
          `correct answers after recovery; after Neo4j was back: ${tally(answers.filter((a) => a.startedAt >= backAt))}, last not right ${list(notRight.slice(-3)).join(' | ')}`,
        ).toBeGreaterThan(0);
        const slowDuringRestart = answers.filter((a) => a.verdict === 'slow').length;
        expect(api.running(), `the API process is never lost; ${api.describe()}`).toBe(true);

        // With connections refused (stopped or crashed, not frozen), an outage is answered at
        // once: p99 of the time to SERVICE_UNAVAILABLE from 1 s after the fault on (the issue's
        // target is 1 s; the bound leaves room for a loaded CI machine).
        const refusedTimes = unavailable
          .filter((a) => a.startedAt >= goneAt + 1_000)
          .map((a) => a.elapsedMs)
          .sort((x, y) => x - y);
        const p99 = refusedTimes[Math.floor(refusedTimes.length * 0.99)] ?? 0;
        if (fault.refusesConnections) {
          expect(refusedTimes.length, 'outage answers from 1 s after the fault on').toBeGreaterThan(0);
          expect(p99, 'p99 ms to SERVICE_UNAVAILABLE while Neo4j refuses connections').toBeLessThan(2_000);
        }

        figures.push(
          `${fault.name} under ${CLIENTS} clients: ${answers.length} answers, ${unavailable.length} SERVICE_UNAVAILABLE while down ` +
            `(time to error median ${median.toFixed(0)} ms, p99 from 1 s on ${p99.toFixed(0)} ms, max ${slowest.toFixed(0)} ms), fault took ${seconds(goneAt - injectStarted)}, ` +
            `Neo4j back after ${seconds(backAt - restoreStarted)} (${slowDuringRestart} QUERY_TIMEOUT while it warmed up), ` +
            `API answering only correctly ${recoveryMs.toFixed(0)} ms after Neo4j answered, 0 wrong answers`,
        );
      } finally {
        await load.stop();
      }
      // Generous: a restart of Neo4j alone took 180 s on a 2-core machine shared with other work.
    }, 600_000);
  }

  it('leaves the graph exactly as the clean import made it', async () => {
    expect(await graphFingerprint(driver, neo4j.config.neo4j.database)).toEqual(clean);
  });
});
