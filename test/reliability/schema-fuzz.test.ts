// Schema-driven fuzzing: thousands of random valid operations built from the introspected
// schema, with random argument values (real ids and names mixed with odd ones). Errors a
// client caused are fine (BAD_USER_INPUT, NOT_FOUND, limits); an internal error, a 5xx, a
// hang or a leak is not. Seeded: FUZZ_SEED=<n> replays a run.
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/api-harness.js';
import { testConfig } from '../support/database.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';
import { errorCodes, postQuery, type GraphQLAnswer } from '../support/graphql-http.js';
import { leaksIn } from '../support/leak-check.js';
import { SchemaFuzzer, seededRandom, type FuzzOperation, type FuzzPools } from '../support/schema-fuzzer.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_121);
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 2_000);
/**
 * How long one operation may take before it counts as a hang. The run has no time limit of its
 * own: how fast it goes is the benchmark's business, and on a busy shared machine the same
 * 2,000 operations have taken 96 s and 280 s. The test's bound is a backstop only.
 */
const HANG_MS = 20_000;
const TEST_TIMEOUT_MS = 900_000;
const CONCURRENCY = 4;
/** Codes a client's own input may earn; anything else is the API's fault. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED']);
/**
 * The API protecting itself when the machine is busy. Fine under load; an operation that
 * earns one of these is replayed alone afterwards, and must then be answered properly.
 */
const OVERLOAD_CODES = new Set(['QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE']);
const MAX_REPLAYS = 40;

const config = testConfig();
const { database } = config.neo4j;

async function pools(driver: Driver, url: string): Promise<FuzzPools> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n:Entity OR n:Document
     RETURN collect(n.id) AS ids, reduce(all = [], n IN collect(n) | all + coalesce(n.aliases, []) + [n.name]) AS names`,
    {},
    { database, routing: 'READ' },
  );
  const cursors: string[] = [];
  for (const field of ['enterprises', 'zones', 'universities', 'brands', 'awards', 'entities']) {
    for (const order of ['NAME_ASC', 'NAME_DESC', 'ID_ASC']) {
      const page = await postQuery(url, `{ ${field}(first: 3, orderBy: ${order}) { edges { cursor } } }`);
      const edges = (page.body?.data?.[field] as { edges?: Array<{ cursor: string }> } | undefined)?.edges ?? [];
      cursors.push(...edges.map((e) => e.cursor));
    }
  }
  const names = (records[0]!.get('names') as Array<string | null>).filter((n): n is string => typeof n === 'string');
  return { ids: records[0]!.get('ids') as string[], names: [...new Set(names)], cursors };
}

/** Every string the operation sends, inline or in variables: the answer may quote them back. */
function stringsOf(operation: FuzzOperation): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(operation.variables);
  for (const m of operation.query.matchAll(/"((?:[^"\\]|\\.)*)"/g)) out.push(JSON.parse(`"${m[1]}"`) as string);
  return out;
}

interface Finding {
  operation: FuzzOperation;
  answer?: GraphQLAnswer;
  problem: string;
}

describe('schema-driven fuzzing', () => {
  let h: Harness;
  let driver: Driver;
  let url: string;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    h = await startHarness();
    ({ driver, url } = h);
    const introspection = await postQuery(url, getIntrospectionQuery());
    schema = buildClientSchema(introspection.body!.data as unknown as IntrospectionQuery);
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it(
    `runs ${OPERATIONS} random operations (seed ${SEED}): no internal error, no 5xx, no hang, no leak`,
    async () => {
      const before = await graphFingerprint(driver, database);
      const fuzzer = new SchemaFuzzer(schema, await pools(driver, url), seededRandom(SEED));
      // Generated up front, in order, so the seed alone fixes every operation.
      const operations = Array.from({ length: OPERATIONS }, () => fuzzer.operation());
      const findings: Finding[] = [];
      const overloaded: FuzzOperation[] = [];
      const outcomes = new Map<string, number>();
      const started = performance.now();
      let next = 0;
      let slowest = 0;

      const worker = async () => {
        while (next < operations.length) {
          const operation = operations[next++]!;
          let answer: GraphQLAnswer;
          try {
            answer = await postQuery(url, operation.query, operation.variables, { timeoutMs: HANG_MS });
          } catch (error) {
            findings.push({ operation, problem: `no answer: ${(error as Error).message}` });
            continue;
          }
          slowest = Math.max(slowest, answer.elapsedMs);
          const codes = errorCodes(answer);
          const key = codes.length ? [...new Set(codes)].sort().join('+') : 'data';
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          if (codes.some((c) => OVERLOAD_CODES.has(c))) overloaded.push(operation);
          const foreign = codes.filter((c) => !CLIENT_CODES.has(c) && !OVERLOAD_CODES.has(c));
          // A validation error other than a limit means the generator built an invalid
          // operation, or the schema the API validates against differs from the one it shows.
          const unexpectedValidation = (answer.body?.errors ?? []).filter(
            (e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && !e.extensions?.limit,
          );
          const leaks = leaksIn(answer.text, [config.neo4j.password], stringsOf(operation));
          if (answer.status >= 500) findings.push({ operation, answer, problem: `HTTP ${answer.status}` });
          else if (foreign.length) findings.push({ operation, answer, problem: `codes ${foreign.join(', ')}` });
          else if (unexpectedValidation.length)
            findings.push({ operation, answer, problem: `validation: ${unexpectedValidation[0]!.message}` });
          else if (leaks.length) findings.push({ operation, answer, problem: `leaks ${leaks.join(', ')}` });
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const ran = Math.min(next, operations.length);
      const elapsed = performance.now() - started;

      // Replayed one at a time: a timeout that comes back with no other load is a real problem.
      for (const operation of overloaded.slice(0, MAX_REPLAYS)) {
        const answer = await postQuery(url, operation.query, operation.variables, { timeoutMs: HANG_MS });
        const codes = errorCodes(answer).filter((c) => !CLIENT_CODES.has(c));
        if (codes.length)
          findings.push({
            operation,
            answer,
            problem: `alone, still ${codes.join(', ')} (${answer.elapsedMs.toFixed(0)} ms)`,
          });
      }

      const summary = [...outcomes.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      console.log(
        `[fuzz] seed ${SEED}: ${ran} operations in ${(elapsed / 1000).toFixed(1)} s (slowest ${slowest.toFixed(0)} ms); outcomes: ${summary}; ` +
          `${overloaded.length} overload answers, ${Math.min(overloaded.length, MAX_REPLAYS)} replayed alone`,
      );
      expect(
        findings
          .slice(0, 5)
          .map(
            (f) =>
              `${f.problem}\n  query: ${f.operation.query}\n  variables: ${JSON.stringify(f.operation.variables).slice(0, 400)}\n  answer: ${f.answer?.text.slice(0, 400) ?? ''}`,
          ),
        `${findings.length} of ${ran} operations went wrong (seed ${SEED})`,
      ).toEqual([]);
      expect(ran).toBe(OPERATIONS);
      expect(outcomes.get('data') ?? 0, 'operations answered with data').toBeGreaterThan(OPERATIONS / 4);
      expect(await graphFingerprint(driver, database)).toEqual(before);
    },
    TEST_TIMEOUT_MS,
  );
});
