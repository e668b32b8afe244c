// The one place the API reads from Neo4j. Every statement is ONE auto-commit RUN+PULL
// (one round trip, as a driver's plain `session.run`) in a READ session (so a cluster
// routes it to a secondary), on the configured database, with a server-side timeout and
// metadata naming the GraphQL operation and request, under a client-side deadline so an
// unreachable database is reported within seconds. A transient or routing failure is
// retried a bounded number of times (read-retry.ts); while the database refuses
// connections, failures are reported at once. Driver errors become UserErrors with a code
// (the GraphQL layer shows them); nothing of the database's own message (Cypher,
// addresses) reaches the client.
//
// Every promise the driver hands out is observed, and every session is closed, also when
// the deadline answers first: an abandoned result that fails later (a killed or frozen
// server) must never surface as an unhandled rejection, which ends a Node process.
import neo4j, { type Driver, Neo4jError, type Session } from 'neo4j-driver';
import { ErrorCode, UserError } from '../errors/user-error.js';
import { isConnectionFailure, markReachable, markUnreachable, retryDelay } from './read-retry.js';

export interface ExecutorOptions {
  database: string;
  requestId: string;
  /** Server-side transaction timeout for each statement. */
  queryTimeoutMs: number;
  /** The answer comes within this time whatever the database does (connect, retries, run). */
  deadlineMs: number;
  /** Called once per statement sent (tests and logs count them). */
  onStatement?: (statement: ExecutedStatement) => void;
}

export interface StatementMeta {
  /** GraphQL operation name, when the request gives one. */
  operation?: string;
  /** The root field the statement answers. */
  field?: string;
}

export interface ExecutedStatement extends StatementMeta {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Executor {
  /** Statements sent so far for this request. */
  statements = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** Runs one read statement and returns its records as plain objects. */
  async read(cypher: string, params: Record<string, unknown>, meta: StatementMeta = {}): Promise<Row[]> {
    this.statements += 1;
    this.options.onStatement?.({ cypher, params, ...meta });
    const deadlineAt = Date.now() + this.options.deadlineMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineExceeded()), this.options.deadlineMs);
      timer.unref();
    });
    deadline.catch(() => undefined); // observed even when the statement answers first
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          const rows = await Promise.race([this.runOnce(cypher, params, meta), deadline]);
          markReachable(this.driver);
          return rows;
        } catch (error) {
          if (error instanceof DeadlineExceeded) throw error;
          const delay = retryDelay(this.driver, error, attempt, deadlineAt - Date.now());
          if (isConnectionFailure(error)) markUnreachable(this.driver);
          if (delay === null) throw error;
          await Promise.race([sleep(delay), deadline]);
        }
      }
    } catch (error) {
      const mapped = toUserError(error, this.options);
      // A database that is starting up (or stalled) accepts a statement, then times it out:
      // that is an outage, not a query asking too much. A trivial read tells them apart.
      if (
        mapped.code === ErrorCode.QUERY_TIMEOUT &&
        !(await answersWithin(this.driver, this.options.database, PROBE_MS))
      ) {
        throw new UserError(
          ErrorCode.SERVICE_UNAVAILABLE,
          'The graph database is not reachable right now. Try again shortly.',
          { cause: error },
        );
      }
      throw mapped;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Runs one read statement and yields its records as they arrive, for answers too large to
   * hold (a hub's CSV): the driver pulls them in batches, and a slow reader slows the pull.
   * Same READ session, server-side timeout and metadata as `read`; no retry and no
   * client-side deadline, since rows may already have been handed on when a failure comes.
   */
  async *stream(cypher: string, params: Record<string, unknown>, meta: StatementMeta = {}): AsyncGenerator<Row> {
    this.statements += 1;
    this.options.onStatement?.({ cypher, params, ...meta });
    const session = readSession(this.driver, this.options.database);
    try {
      const result = withoutCallerStack(() =>
        session.run(cypher, params, {
          timeout: this.options.queryTimeoutMs,
          metadata: this.metadata(meta),
        }),
      );
      for await (const record of result) yield record.toObject() as Row;
      markReachable(this.driver);
    } catch (error) {
      throw toUserError(error, this.options);
    } finally {
      closeQuietly(session);
    }
  }

  private metadata(meta: StatementMeta): Record<string, string | null> {
    return {
      app: 'liaoning-industry-graph',
      requestId: this.options.requestId,
      operation: meta.operation ?? null,
      field: meta.field ?? null,
    };
  }

  /** One auto-commit statement in its own READ session; the session is closed however it ends. */
  private runOnce(cypher: string, params: Record<string, unknown>, meta: StatementMeta): Promise<Row[]> {
    const session = readSession(this.driver, this.options.database);
    const rows = consume(
      withoutCallerStack(() =>
        session.run(cypher, params, {
          timeout: this.options.queryTimeoutMs,
          metadata: this.metadata(meta),
        }),
      ),
    );
    // Closed once the result is in, or has failed; not earlier (closing cancels the stream).
    // If the deadline answers first, this still runs when the driver gives up on the stream.
    void rows.then(
      () => closeQuietly(session),
      () => closeQuietly(session),
    );
    return rows;
  }
}

/**
 * Runs `start` with stack capture off. neo4j-driver records `new Error().stack` for every
 * Result it creates, so that a failure can later point at the caller; rendering that
 * stack was about 6 % of the API's CPU per request. Every caller here is this executor,
 * and a failure is logged with the stack of the UserError that wraps it, so the
 * driver's copy tells nothing new. The limit is restored before anything else runs.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function readSession(driver: Driver, database: string): Session {
  // Our own retry (read-retry.ts) is the only one, so its bound is the whole bound.
  return driver.session({ database, defaultAccessMode: neo4j.session.READ, disableAutoCommitRetries: true });
}

/** The records of a result as plain objects. */
async function consume(result: PromiseLike<{ records: { toObject(): object }[] }>): Promise<Row[]> {
  const { records } = await result;
  return records.map((record) => record.toObject() as Row);
}

function closeQuietly(session: Session): void {
  session.close().catch(() => undefined);
}

/** How long the database may take to answer `RETURN 1` before a timeout counts as an outage. */
const PROBE_MS = 1_000;

async function answersWithin(driver: Driver, database: string, ms: number): Promise<boolean> {
  const session = readSession(driver, database);
  let timer: NodeJS.Timeout | undefined;
  const probe = consume(session.run('RETURN 1', {}, { timeout: ms })).then(
    () => true,
    () => false,
  );
  void probe.then(() => closeQuietly(session));
  try {
    return await Promise.race([
      probe,
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

/** Codes of a database that refuses the service's own credentials: an operator's problem. */
const REFUSED_LOGIN_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Cluster.NotALeader',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a driver (or deadline) error to a coded error whose message is safe to show. */
export function toUserError(
  error: unknown,
  options: Pick<ExecutorOptions, 'queryTimeoutMs' | 'deadlineMs'>,
): UserError {
  if (error instanceof UserError) return error;
  if (error instanceof DeadlineExceeded) {
    return new UserError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `The graph database did not answer within ${Math.round(options.deadlineMs / 1000)} s. It may be down or overloaded; try again shortly.`,
    );
  }
  const code = error instanceof Neo4jError ? error.code : ((error as { code?: string } | null)?.code ?? '');
  // The driver's pool reports a server that accepts connections but never answers as an
  // acquisition timeout, with no code of its own.
  const poolTimedOut = /Connection acquisition timed out/.test((error as Error | null)?.message ?? '');
  if (
    UNAVAILABLE_CODES.has(code) ||
    poolTimedOut ||
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|socket/i.test(code)
  ) {
    return new UserError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The graph database is not reachable right now. Try again shortly.',
      { cause: error },
    );
  }
  if (REFUSED_LOGIN_CODES.has(code)) {
    return new UserError(
      ErrorCode.SERVICE_UNAVAILABLE,
      "The graph database refused this service's login; its operators have to fix the configured credentials. Try again later.",
      { cause: error },
    );
  }
  if (TIMEOUT_CODES.has(code)) {
    return new UserError(
      ErrorCode.QUERY_TIMEOUT,
      `The query ran longer than ${Math.round(options.queryTimeoutMs / 1000)} s and was stopped. Ask for less: a smaller \`first\`, \`limit\`, \`hops\` or \`maxHops\`, or fewer nested lists.`,
      { cause: error },
    );
  }
  // Anything else is ours to fix: the client gets a masked INTERNAL_SERVER_ERROR (see the
  // server's formatError), the log gets the original.
  return new UserError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', {
    cause: error instanceof Error ? error : new Error(String(error)),
  });
}
