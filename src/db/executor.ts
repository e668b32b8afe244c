// The one place the API reads from Neo4j. Every statement is ONE auto-commit RUN+PULL
// (one round trip, as a driver's plain `session.run`) in a READ session (so a cluster
// routes it to a secondary), on the configured database, with a server-side timeout and
// metadata naming the GraphQL operation and request, under a client-side deadline so an
// unreachable database is reported within seconds. A transient or routing failure is
// retried a bounded number of times (read-retry.ts); while the database refuses
// connections, failures are reported at once. Driver errors become UserErrors with a code
// (failure-kind.ts says what each one is; the GraphQL layer shows them); nothing of the
// database's own message (Cypher, addresses) reaches the client.
//
// Every promise the driver hands out is observed, and every session is closed, also when
// the deadline answers first: an abandoned result that fails later (a killed or frozen
// server) must never surface as an unhandled rejection, which ends a Node process.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { ErrorCode, UserError } from '../errors/user-error.js';
import { failureKind, isConnectionFailure } from './failure-kind.js';
import { markReachable, markUnreachable, retryDelay } from './read-retry.js';

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
      // A database that is starting up (or stalled) accepts a statement, then times it out,
      // or fails it in a way no code names: that is an outage, not a query asking too much.
      throw await outageOr(toUserError(error, this.options), this.driver, this.options.database);
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
      throw await outageOr(toUserError(error, this.options), this.driver, this.options.database);
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
  // A database that answers the probe with an error of its own still answers: only a failure
  // to reach it, or a probe that itself times out, says it is down.
  const probe = consume(session.run('RETURN 1', {}, { timeout: ms })).then(
    () => true,
    (error: unknown) => failureKind(error) === 'unknown' || failureKind(error) === 'refused-login',
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
  switch (failureKind(error)) {
    case 'unavailable':
      return unavailable(error);
    case 'refused-login':
      return new UserError(
        ErrorCode.SERVICE_UNAVAILABLE,
        "The graph database refused this service's login; its operators have to fix the configured credentials. Try again later.",
        { cause: error },
      );
    case 'timeout':
      return new UserError(
        ErrorCode.QUERY_TIMEOUT,
        `The query ran longer than ${Math.round(options.queryTimeoutMs / 1000)} s and was stopped. Ask for less: a smaller \`first\`, \`limit\`, \`hops\` or \`maxHops\`, or fewer nested lists.`,
        { cause: error },
      );
    case 'unknown':
      // Ours to fix, or an error nobody has classified yet: the client gets a masked
      // INTERNAL_SERVER_ERROR (see the server's formatError), the log gets the original. The
      // executor first asks the database whether it answers at all (outageOr).
      return new UserError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', {
        cause: error instanceof Error ? error : new Error(String(error)),
      });
  }
}

function unavailable(cause: unknown): UserError {
  return new UserError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'The graph database is not reachable right now. Try again shortly.',
    {
      cause,
    },
  );
}

/**
 * Codes that do not say for themselves whether the database is up: a statement timed out,
 * or failed in a way the mapping does not know. A starting or stalling database times
 * statements out, and a server that is stopping or booting fails them in more ways than
 * any list holds; a trivial read tells an outage (SERVICE_UNAVAILABLE) from a statement of
 * ours that asked too much or hit a defect (kept as it is).
 */
const ASK_THE_DATABASE: ReadonlySet<string> = new Set([ErrorCode.QUERY_TIMEOUT, ErrorCode.INTERNAL_SERVER_ERROR]);

export async function outageOr(mapped: UserError, driver: Driver, database: string): Promise<UserError> {
  if (!ASK_THE_DATABASE.has(mapped.code) || (await answersWithin(driver, database, PROBE_MS))) return mapped;
  return unavailable(mapped.cause);
}
