// The one place the API reads from Neo4j. Every statement runs in a managed READ
// transaction (session in READ mode + executeRead, so a cluster routes it to a secondary),
// on the configured database, with a server-side timeout and metadata naming the GraphQL
// operation and request, under a client-side deadline so an unreachable database is
// reported within seconds. Driver errors become UserErrors with a code (the GraphQL layer
// shows them); nothing of the database's own message (Cypher, addresses) reaches the client.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { ErrorCode, UserError } from '../errors/user-error.js';

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
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineExceeded()), this.options.deadlineMs);
      timer.unref();
    });
    try {
      const work = session.executeRead(
        async (tx) => {
          const result = await tx.run(cypher, params);
          return result.records.map((record) => record.toObject() as Row);
        },
        {
          timeout: this.options.queryTimeoutMs,
          metadata: {
            app: 'liaoning-industry-graph',
            requestId: this.options.requestId,
            operation: meta.operation ?? null,
            field: meta.field ?? null,
          },
        },
      );
      work.catch(() => undefined); // if the deadline wins, the late failure is already answered
      return await Promise.race([work, deadline]);
    } catch (error) {
      const mapped = toUserError(error, this.options);
      // A database that is starting up (or stalled) lets a transaction begin, then times it
      // out: that is an outage, not a query asking too much. A trivial read tells them apart.
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
      session.close().catch(() => undefined);
    }
  }
}

/** How long the database may take to answer `RETURN 1` before a timeout counts as an outage. */
const PROBE_MS = 1_000;

async function answersWithin(driver: Driver, database: string, ms: number): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      session
        .executeRead((tx) => tx.run('RETURN 1'), { timeout: ms })
        .then(
          () => true,
          () => false,
        ),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    session.close().catch(() => undefined);
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
