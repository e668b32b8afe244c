// When a read that failed is worth sending again, and the per-driver memory that makes an
// outage fail fast. Reads are single auto-commit statements (see executor.ts), so sending
// one again is always safe; what bounds a retry is time: a stopped database must be
// reported at once, not after a back-off schedule.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { errorCode, isConnectionFailure } from './failure-kind.js';

/** Back-off before each retry; its length is the number of retries. */
export const RETRY_DELAYS_MS: readonly number[] = [50, 250];

/** Codes of errors that say "this connection or this server, right now" — try again. */
const RETRYABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/** Transient (deadlock, database briefly unavailable) and routing errors; never a query's own fault or a timeout. */
export function isRetryableReadError(error: unknown): boolean {
  const code = errorCode(error);
  if (RETRYABLE_CODES.has(code)) return true;
  // Timeouts are transient in Neo4j's classification but retrying them only doubles the wait.
  if (code.startsWith('Neo.TransientError.Transaction.') && /Timed?Out|Terminated|LockClientStopped/i.test(code))
    return false;
  return code.startsWith('Neo.TransientError.');
}

/**
 * Whether the last read through a driver failed to reach the database. While it did, reads
 * are still sent (the first one to succeed closes the circuit, so recovery is immediate)
 * but a failure is reported at once instead of being retried: with the database refusing
 * connections every client gets SERVICE_UNAVAILABLE in milliseconds.
 */
const unreachableSince = new WeakMap<Driver, number>();

export function markUnreachable(driver: Driver): void {
  if (!unreachableSince.has(driver)) unreachableSince.set(driver, Date.now());
}

export function markReachable(driver: Driver): void {
  unreachableSince.delete(driver);
}

export function isMarkedUnreachable(driver: Driver): boolean {
  return unreachableSince.has(driver);
}

/** The delay before retry number `attempt` (0-based), or null when the read must fail now. */
export function retryDelay(driver: Driver, error: unknown, attempt: number, msLeft: number): number | null {
  if (attempt >= RETRY_DELAYS_MS.length || !isRetryableReadError(error)) return null;
  if (isConnectionFailure(error) && isMarkedUnreachable(driver)) return null;
  const delay = RETRY_DELAYS_MS[attempt]!;
  // Leave the retry time to run: a retry that cannot finish before the deadline is no retry.
  return msLeft > delay + 500 ? delay : null;
}
