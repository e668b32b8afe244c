// One place that turns connection settings into a neo4j-driver Driver, so the API,
// the importer, the CLIs and the tests all connect the same way.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config.js';

export interface DriverOptions {
  /** How long to wait for a connection before failing; small so an outage is reported fast. */
  connectionTimeoutMs?: number;
  /** Bound on the driver's own retries inside executeRead/executeWrite. */
  maxTransactionRetryTimeMs?: number;
}

export function createDriver(config: Neo4jConnectionConfig, options: DriverOptions = {}): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: (options.connectionTimeoutMs ?? 5_000) + 1_000,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 5_000,
    maxConnectionPoolSize: 100,
    disableLosslessIntegers: true,
    userAgent: 'liaoning-industry-graph',
  });
}

/** Resolves once the server answers a query (not just a handshake), or throws the last error. */
export async function waitUntilAnswers(driver: Driver, database: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.executeQuery('RETURN 1 AS ok', {}, { database });
      return;
    } catch (error) {
      lastError = error;
      if (isAuthError(error)) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw lastError ?? new Error('Neo4j did not answer in time');
}

export function isAuthError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code.startsWith('Neo.ClientError.Security.');
}
