// Watches the server's running transactions, so a fault can be injected at the exact
// moment another client holds a transaction open.
import type { Driver } from 'neo4j-driver';

export interface OpenTransaction {
  id: string;
  query: string;
}

/** Transactions other than this probe's own `SHOW TRANSACTIONS`. */
export async function openTransactions(driver: Driver, database: string): Promise<OpenTransaction[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId AS id, currentQuery AS query',
    {},
    { database },
  );
  return records
    .map((r) => ({ id: String(r.get('id')), query: String(r.get('query') ?? '') }))
    .filter((t) => !/^\s*SHOW TRANSACTIONS/i.test(t.query));
}

/** Polls until a transaction whose current statement matches `pattern` is open; null on timeout. */
export async function waitForOpenTransaction(
  driver: Driver,
  database: string,
  pattern: RegExp,
  timeoutMs: number,
  intervalMs = 15,
): Promise<OpenTransaction | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = (await openTransactions(driver, database)).find((t) => pattern.test(t.query));
    if (match) return match;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return null;
}
