// Every statement the API runs is bounded twice over: a per-query transaction timeout the
// database enforces (QUERY_TIMEOUT), and a client-side deadline that answers even when the
// database does not (SERVICE_UNAVAILABLE). The database's own cap (db.transaction.timeout)
// is checked in local-neo4j-exposure.test.ts.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { UserError } from '../../src/errors/user-error.js';
import { loadApiSettings } from '../../src/server/api-config.js';
import { testConfig, testDriver } from '../support/database.js';
import { openTransactions } from '../support/open-transactions.js';

const config = testConfig();
const { database } = config.neo4j;

/** A read that takes `ms`: APOC's sleep when the server has APOC, else plain Cypher work. */
async function slowRead(driver: Driver): Promise<string> {
  try {
    await driver.executeQuery('CALL apoc.util.sleep(1) RETURN 1 AS one', {}, { database, routing: 'READ' });
    return 'CALL apoc.util.sleep(20000) RETURN 1 AS one';
  } catch {
    return 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
  }
}

async function failure(promise: Promise<unknown>): Promise<{ error: UserError; ms: number }> {
  const started = performance.now();
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return { error: error as UserError, ms: performance.now() - started };
}

describe('limits on every statement the API runs', () => {
  let driver: Driver;
  let slow: string;

  beforeAll(async () => {
    driver = testDriver(config);
    slow = await slowRead(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('has a per-query timeout and a deadline by default', () => {
    const api = loadApiSettings({});
    expect(api.queryTimeoutMs).toBeGreaterThan(0);
    expect(api.queryTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(api.deadlineMs).toBeGreaterThanOrEqual(api.queryTimeoutMs);
    expect(api.deadlineMs).toBeLessThanOrEqual(15_000);
  });

  it('a statement running past its timeout is stopped by the database: QUERY_TIMEOUT', async () => {
    const executor = new Executor(driver, {
      database,
      requestId: 'timeout-test',
      queryTimeoutMs: 1_000,
      deadlineMs: 15_000,
    });
    const { error, ms } = await failure(executor.read(slow, {}));
    expect(error.code).toBe('QUERY_TIMEOUT');
    expect(error.message).toMatch(/longer than 1 s/);
    expect(ms).toBeLessThan(10_000);
    console.log(`[limits] a 20 s statement with a 1 s timeout was stopped after ${ms.toFixed(0)} ms`);
  }, 30_000);

  it('the client-side deadline answers first when the database is slow: SERVICE_UNAVAILABLE', async () => {
    const executor = new Executor(driver, {
      database,
      requestId: 'deadline-test',
      queryTimeoutMs: 4_000,
      deadlineMs: 1_500,
    });
    const { error, ms } = await failure(executor.read(slow, {}));
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(ms).toBeLessThan(5_000);
  }, 40_000);

  it('a statement abandoned at the deadline does not keep running on the server', async () => {
    // The deadline test answered at 1.5 s; closing its session ends the statement (and
    // were that lost, the server-side timeout would end it at 4 s).
    let open = 1;
    for (let i = 0; i < 40 && open > 0; i += 1) {
      open = (await openTransactions(driver, database)).filter((t) => t.query === slow).length;
      if (open > 0) await new Promise((r) => setTimeout(r, 300));
    }
    expect(open, 'abandoned statements still running 12 s later').toBe(0);
  }, 30_000);

  it('a statement stopped at its timeout while it waits for a lock: QUERY_TIMEOUT, not an internal error', async () => {
    // A read that seeks an index takes a shared schema lock on its label. Held up behind an
    // uncommitted index creation on that label (as a cold, restarting server holds reads up
    // past their timeout), the stopped transaction answers LockClientStopped, which the
    // driver renames from TransientError to ClientError: it was once unmapped, and answered
    // INTERNAL_SERVER_ERROR.
    await driver.executeQuery(
      'CREATE INDEX lock_probe_key IF NOT EXISTS FOR (n:LockProbe) ON (n.key)',
      {},
      { database },
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
    const holder = driver.session({ database });
    const tx = await holder.beginTransaction();
    try {
      await tx.run('CREATE INDEX lock_probe_other IF NOT EXISTS FOR (n:LockProbe) ON (n.other)');
      const executor = new Executor(driver, {
        database,
        requestId: 'lock-wait-test',
        queryTimeoutMs: 1_000,
        deadlineMs: 15_000,
      });
      const { error, ms } = await failure(executor.read("MATCH (n:LockProbe {key: 'x'}) RETURN n.key AS key", {}));
      const cause = (error.cause as { code?: string } | undefined)?.code;
      expect(error.code, `${cause}`).toBe('QUERY_TIMEOUT');
      expect(cause).toMatch(/LockClientStopped|TransactionTimedOut/);
      console.log(`[limits] a read held up by a schema lock was stopped after ${ms.toFixed(0)} ms (${cause})`);
    } finally {
      await tx.rollback();
      await holder.close();
      await driver.executeQuery('DROP INDEX lock_probe_key IF EXISTS', {}, { database });
    }
  }, 60_000);
});
