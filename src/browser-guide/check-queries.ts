// Runs each query of the guide against the database and compares the result with what
// the guide says it returns. Queries run in read transactions: the guide only reads, and
// a query that tried to write would fail here instead of changing the user's graph.
import neo4j, { type Driver } from 'neo4j-driver';
import { GUIDE_ASSETS } from './guide-files.js';
import type { GuideQuery } from './extract-queries.js';

export type CheckStatus = 'ok' | 'mismatch' | 'error';

export interface QueryCheck {
  query: GuideQuery;
  status: CheckStatus;
  /** What was found, in the terms of the expectation (rows and/or the named value). */
  actual: string;
  message?: string;
}

export interface CheckOptions {
  database: string;
  /** Per-query limit; the guide's queries take milliseconds on this graph. */
  timeoutMs?: number;
}

function isGraphValue(value: unknown): boolean {
  return neo4j.isNode(value as never) || neo4j.isRelationship(value as never) || neo4j.isPath(value as never);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (isGraphValue(value)) return '(graph)';
  return JSON.stringify(value);
}

/** Numbers match within rounding (the driver returns floats for Cypher floats), lists element by element. */
export function valuesMatch(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((e, i) => valuesMatch(e, actual[i]));
  }
  if (expected === null || actual === null) return (expected ?? null) === (actual ?? null);
  return expected === actual;
}

/** A Browser command is checked against the guide server: the file it loads must be one it serves. */
function checkBrowserCommand(query: GuideQuery): QueryCheck {
  const url = /\s(\S+)$/.exec(query.text)?.[1] ?? '';
  const file = url.split('/').pop() ?? '';
  return Object.hasOwn(GUIDE_ASSETS, file)
    ? { query, status: 'ok', actual: `serves ${file}` }
    : {
        query,
        status: 'error',
        actual: 'not served',
        message: `${query.text} loads "${file}", which the guide server does not serve.`,
      };
}

async function checkCypher(driver: Driver, query: GuideQuery, options: CheckOptions): Promise<QueryCheck> {
  const expected = query.expected!;
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  try {
    const records = await session.executeRead((tx) => tx.run(query.text).then((r) => r.records), {
      timeout: options.timeoutMs ?? 30_000,
    });
    const found: string[] = [];
    const problems: string[] = [];
    if (expected.rows !== undefined) {
      found.push(`${records.length} row${records.length === 1 ? '' : 's'}`);
      if (records.length !== expected.rows) problems.push(`expected ${expected.rows} rows, got ${records.length}`);
    }
    if (expected.column !== undefined) {
      const first = records[0];
      if (!first) {
        found.push(`${expected.column}: (no row)`);
        problems.push(`expected ${expected.column} = ${describeValue(expected.value)}, but there is no row`);
      } else if (!first.has(expected.column)) {
        found.push(`${expected.column}: (no such column)`);
        problems.push(`no column "${expected.column}"; the columns are ${first.keys.join(', ')}`);
      } else {
        const value: unknown = first.get(expected.column);
        found.push(`${expected.column} = ${describeValue(value)}`);
        if (!valuesMatch(expected.value, value))
          problems.push(`expected ${expected.column} = ${describeValue(expected.value)}, got ${describeValue(value)}`);
      }
    }
    return problems.length
      ? { query, status: 'mismatch', actual: found.join(', '), message: problems.join('; ') }
      : { query, status: 'ok', actual: found.join(', ') };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    return { query, status: 'error', actual: 'error', message };
  } finally {
    await session.close();
  }
}

export async function checkGuideQueries(
  driver: Driver,
  queries: GuideQuery[],
  options: CheckOptions,
): Promise<QueryCheck[]> {
  const checks: QueryCheck[] = [];
  for (const query of queries) {
    checks.push(
      query.kind === 'browser-command' ? checkBrowserCommand(query) : await checkCypher(driver, query, options),
    );
  }
  return checks;
}

/** How a check's expectation reads in the report. */
export function describeExpected(query: GuideQuery): string {
  const e = query.expected;
  if (!e) return query.kind === 'browser-command' ? 'a served file' : '';
  const parts: string[] = [];
  if (e.rows !== undefined) parts.push(`${e.rows} row${e.rows === 1 ? '' : 's'}`);
  if (e.column !== undefined) parts.push(`${e.column} = ${describeValue(e.value)}`);
  return parts.join(', ');
}
