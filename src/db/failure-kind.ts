// What kind of failure a neo4j-driver error (or anything else a read can throw) is, for the
// executor to answer it with the right code. One job: read the error's code and, for the
// driver's own errors that carry none, its message. What a kind becomes for the client
// (code, message) is the executor's business.
//
// The list is written for the window a client meets most often: a database that is
// stopping, stopped or starting. Each of those states has its own errors — refused or
// reset connections, an acquisition that times out, a database that is not (or no longer)
// available, transactions terminated by the shutdown, a default database not registered
// yet, routing answers from a server that is not ready — and each of them must read
// "unavailable", never fall through to an internal error.
import neo4j from 'neo4j-driver';

export type FailureKind =
  /** The database cannot serve this right now (down, starting, stopping, unreachable): try again shortly. */
  | 'unavailable'
  /** The database refuses this service's own credentials: an operator has to act. */
  | 'refused-login'
  /** The statement ran out of time on the server (or was stopped for it). */
  | 'timeout'
  /** None of the above: a defect of ours, or an error nobody has classified yet. */
  | 'unknown';

/** The error's code as a string ('' when it has none): Neo4jError#code, or a Node system error's code. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === undefined || code === null ? '' : String(code);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/** Codes the driver gives failures of the connection itself (it never reached, or lost, the server). */
const CONNECTION_CODES: ReadonlySet<string> = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

/** Node's codes for a socket that could not connect or was cut (when one escapes unwrapped). */
const SOCKET_CODE = /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|EAI_AGAIN)$/;

/**
 * The driver's own errors without a server code ('N/A') that mean "no usable connection":
 * the pool timed out waiting for one (a server that accepts connections but never answers,
 * or one that is starting), or the driver is closing. Matched on the message because it is
 * all they carry.
 */
const CONNECTION_MESSAGES = [/Connection acquisition timed out/, /Pool is closed/];

/** The database failed to reach a usable connection: refused, reset, unreachable, pool starved. */
export function isConnectionFailure(error: unknown): boolean {
  const code = errorCode(error);
  if (CONNECTION_CODES.has(code) || SOCKET_CODE.test(code)) return true;
  return CONNECTION_MESSAGES.some((pattern) => pattern.test(messageOf(error)));
}

/**
 * The statement was stopped for running too long. LockClientStopped is how a terminated
 * transaction that was waiting on a lock (or on the planner) reports its timeout; Neo4j 5
 * classifies it as transient but the driver renames it to a ClientError (its
 * `_standardizeCode`), so both spellings are listed. The executor asks the database a
 * trivial question before it believes a timeout: a starting or stalled server times
 * statements out too.
 */
const TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Credentials refused: retrying does not help, the configuration has to change. */
const REFUSED_LOGIN_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.TokenExpired',
]);

/**
 * Server codes outside the TransientError class that still mean "not now" rather than "not
 * this statement". A few arise around a restart: the default database is not registered
 * yet (DatabaseNotFound), a statement the shutdown terminated (Terminated, which the driver
 * renames from its TransientError spelling), a database that cannot open a transaction or
 * start. The others are routing answers (a cluster member that cannot serve this read), and
 * an expired authorisation, which the driver re-authenticates on the next connection.
 */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.Cluster.Routing',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.DatabaseError.Database.UnableToStartDatabase',
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
]);

/**
 * Neo4j's own classes: a TransientError means "the database cannot service the request
 * right now, retrying later might succeed" — by definition an outage from the client's
 * point of view (DatabaseUnavailable in General and Database, NoThreadsAvailable,
 * MaximumTransactionLimitReached, memory pools full, ...). Routing errors likewise say
 * which server, not which statement. A ProtocolError is a connection the driver had to
 * give up on mid-message, as happens when the server goes away while answering.
 */
const UNAVAILABLE_PREFIXES = ['Neo.TransientError.', 'Neo.ClientError.Routing.'];

export function failureKind(error: unknown): FailureKind {
  const code = errorCode(error);
  if (isConnectionFailure(error) || code === neo4j.error.PROTOCOL_ERROR) return 'unavailable';
  // Before the transient prefix: LockClientStopped has a TransientError spelling.
  if (TIMEOUT_CODES.has(code)) return 'timeout';
  if (REFUSED_LOGIN_CODES.has(code)) return 'refused-login';
  if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_PREFIXES.some((prefix) => code.startsWith(prefix)))
    return 'unavailable';
  return 'unknown';
}
