// Every error a database that is stopping, stopped or starting can hand the API is answered
// with a code that says so (SERVICE_UNAVAILABLE), never with an internal error. The errors
// are real neo4j-driver Neo4jErrors with the codes the server and the driver use, or real
// failures of a real driver that has no database to talk to (a refused port, a socket that
// never answers, a closed driver); no driver is mocked and no Neo4j is needed.
import { createServer, type Server, type Socket } from 'node:net';
import { locatedError, type GraphQLFormattedError } from 'graphql';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor, outageOr, toUserError } from '../../src/db/executor.js';
import { failureKind, type FailureKind } from '../../src/db/failure-kind.js';
import { ErrorCode, UserError } from '../../src/errors/user-error.js';
import { asGraphQLError } from '../../src/graphql/errors.js';
import { formatError } from '../../src/server/plugins.js';
import { freePorts } from '../support/free-ports.js';

const LIMITS = { queryTimeoutMs: 5_000, deadlineMs: 8_000 };
/** A message full of what must never reach a client. */
const SECRET_MESSAGE = 'MATCH (n) RETURN n at bolt://admin:secret@db.internal:7687';

/** A Neo4jError as the driver builds one from a server FAILURE (or its own newError: code 'N/A', GQL 50N42). */
const serverError = (code: string, message = SECRET_MESSAGE) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error. ' + message);

/**
 * Codes by the state of the server that produces them. The first group is what a restart
 * produces; LockClientStopped in its ClientError spelling is the driver's rename of
 * Neo4j's TransientError (bolt response-handler `_standardizeCode`), and the one seen for
 * real from a read the transaction timeout stopped while it waited for a lock.
 */
const CASES: Array<[what: string, code: string, kind: FailureKind, answer: ErrorCode]> = [
  // Refused or cut connections, and the driver's routing view of them.
  [
    'connection refused / reset (driver)',
    neo4j.error.SERVICE_UNAVAILABLE,
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  ['session expired (driver)', neo4j.error.SESSION_EXPIRED, 'unavailable', ErrorCode.SERVICE_UNAVAILABLE],
  ['connection broken mid-message (driver)', neo4j.error.PROTOCOL_ERROR, 'unavailable', ErrorCode.SERVICE_UNAVAILABLE],
  // A database that is stopping or starting.
  [
    'database unavailable (General)',
    'Neo.TransientError.General.DatabaseUnavailable',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'database unavailable (Database)',
    'Neo.TransientError.Database.DatabaseUnavailable',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'default database not registered yet',
    'Neo.ClientError.Database.DatabaseNotFound',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'statement terminated by the shutdown (driver spelling)',
    'Neo.ClientError.Transaction.Terminated',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'statement terminated by the shutdown (server spelling)',
    'Neo.TransientError.Transaction.Terminated',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'database cannot start',
    'Neo.DatabaseError.Database.UnableToStartDatabase',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'transaction cannot start',
    'Neo.DatabaseError.Transaction.TransactionStartFailed',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'no Bolt worker threads free',
    'Neo.TransientError.Request.NoThreadsAvailable',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'too many transactions',
    'Neo.TransientError.Transaction.MaximumTransactionLimitReached',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'memory pool full',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'lock wait timed out',
    'Neo.TransientError.Transaction.LockAcquisitionTimeout',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'authorisation expired (the driver re-authenticates)',
    'Neo.ClientError.Security.AuthorizationExpired',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  // Routing answers of a server (or cluster) that cannot serve this read now.
  ['not a leader', 'Neo.ClientError.Cluster.NotALeader', 'unavailable', ErrorCode.SERVICE_UNAVAILABLE],
  ['cluster routing', 'Neo.ClientError.Cluster.Routing', 'unavailable', ErrorCode.SERVICE_UNAVAILABLE],
  ['server in panic', 'Neo.ClientError.Routing.DbmsInPanic', 'unavailable', ErrorCode.SERVICE_UNAVAILABLE],
  [
    'read-only member',
    'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
    'unavailable',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  // The service's own login refused (also while the server boots): an operator has to act.
  ['login refused', 'Neo.ClientError.Security.Unauthorized', 'refused-login', ErrorCode.SERVICE_UNAVAILABLE],
  [
    'login rate-limited',
    'Neo.ClientError.Security.AuthenticationRateLimit',
    'refused-login',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  [
    'credentials expired',
    'Neo.ClientError.Security.CredentialsExpired',
    'refused-login',
    ErrorCode.SERVICE_UNAVAILABLE,
  ],
  // Stopped for its time (the executor then asks the database whether it answers at all).
  ['transaction timed out', 'Neo.ClientError.Transaction.TransactionTimedOut', 'timeout', ErrorCode.QUERY_TIMEOUT],
  [
    'client-configured timeout',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'timeout',
    ErrorCode.QUERY_TIMEOUT,
  ],
  [
    'lock client stopped (driver spelling)',
    'Neo.ClientError.Transaction.LockClientStopped',
    'timeout',
    ErrorCode.QUERY_TIMEOUT,
  ],
  [
    'lock client stopped (server spelling)',
    'Neo.TransientError.Transaction.LockClientStopped',
    'timeout',
    ErrorCode.QUERY_TIMEOUT,
  ],
  // Ours to fix, or unclassified: still coded, masked, and checked against an outage by the executor.
  ['unknown database error', 'Neo.DatabaseError.General.UnknownError', 'unknown', ErrorCode.INTERNAL_SERVER_ERROR],
  [
    'a statement of ours that does not parse',
    'Neo.ClientError.Statement.SyntaxError',
    'unknown',
    ErrorCode.INTERNAL_SERVER_ERROR,
  ],
  ['a server error with an empty code', '', 'unknown', ErrorCode.INTERNAL_SERVER_ERROR],
  ["a driver error without a code ('N/A')", 'N/A', 'unknown', ErrorCode.INTERNAL_SERVER_ERROR],
];

function expectSafe(mapped: UserError, what: string): void {
  expect(mapped.message, what).not.toMatch(/MATCH|bolt:|secret|db\.internal|Neo\.|ServiceUnavailable/);
  expect(mapped.message.length, what).toBeGreaterThan(0);
}

describe('what a stopping, stopped or starting database answers', () => {
  it.each(CASES)('%s (%s): %s, answered %s', (what, code, kind, answer) => {
    const original = serverError(code);
    expect(failureKind(original), what).toBe(kind);
    const mapped = toUserError(original, LIMITS);
    expect(mapped.code, what).toBe(answer);
    expect(mapped.cause, what).toBe(original);
    expectSafe(mapped, what);
  });

  it("gives the driver's own uncoded connection failures an outage code by their message", () => {
    for (const message of [
      'Connection acquisition timed out in 6000 ms. Pool status: Active conn count = 16, Idle conn count = 0.',
      'Pool is closed, it is no more able to serve requests.',
    ]) {
      const mapped = toUserError(serverError('N/A', message), LIMITS);
      expect(mapped.code, message).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    }
  });

  it('codes every other thrown value (never a raw message): a TypeError, a string, null', () => {
    for (const thrown of [new TypeError("Cannot read properties of undefined (reading 'records')"), 'boom', null]) {
      const mapped = toUserError(thrown, LIMITS);
      expect(mapped.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
      expect(mapped.message).toBe('Internal server error');
      expect(mapped.cause).toBeInstanceOf(Error);
    }
  });

  it('keeps the code through the GraphQL layer: outage and timeout shown as written, anything else masked but coded', () => {
    // As graphql-js hands a resolver's error to Apollo: located at the field, the thrown error as original.
    const shown = (mapped: UserError): GraphQLFormattedError => {
      const error = locatedError(asGraphQLError(mapped), undefined, ['zones']);
      return formatError(error.toJSON(), error);
    };
    for (const [what, code, , answer] of CASES) {
      const mapped = toUserError(serverError(code), LIMITS);
      const answered = shown(mapped);
      expect(answered.extensions?.code, what).toBe(answer);
      expect(Object.keys(answered.extensions ?? {}), what).toEqual(['code']);
      expect(answered.message, what).toBe(
        answer === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : mapped.message,
      );
      expect(JSON.stringify(answered), what).not.toMatch(/secret|db\.internal|MATCH/);
    }
  });
});

describe('real driver failures without a database', () => {
  let refusedPort: number;
  let silent: Server;
  let silentPort: number;
  const sockets: Socket[] = [];
  const drivers: Driver[] = [];
  const driverAt = (port: number, connectionTimeoutMs = 1_000) => {
    const driver = createDriver(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'not-a-real-password', database: 'neo4j' },
      { connectionTimeoutMs },
    );
    drivers.push(driver);
    return driver;
  };
  const executor = (driver: Driver) =>
    new Executor(driver, { database: 'neo4j', requestId: 'outage-unit', queryTimeoutMs: 1_000, deadlineMs: 8_000 });

  beforeAll(async () => {
    refusedPort = (await freePorts(1))[0]!;
    // Accepts connections and never says a word: a server that is booting or frozen.
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    await Promise.all(drivers.map((d) => d.close()));
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('a refused connection (Neo4j stopped): SERVICE_UNAVAILABLE from the executor', async () => {
    const error = await executor(driverAt(refusedPort))
      .read('RETURN 1 AS one', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(((error as UserError).cause as Neo4jError).code).toBe(neo4j.error.SERVICE_UNAVAILABLE);
  });

  it('a server that accepts but never answers (booting, frozen): SERVICE_UNAVAILABLE before the deadline', async () => {
    const started = performance.now();
    const error = await executor(driverAt(silentPort, 500))
      .read('RETURN 1 AS one', {})
      .catch((e: unknown) => e);
    expect((error as UserError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(performance.now() - started).toBeLessThan(8_000);
  }, 15_000);

  it('a driver that is closing ("Pool is closed"): SERVICE_UNAVAILABLE', async () => {
    const driver = driverAt(refusedPort);
    await driver.close();
    const error = await executor(driver)
      .read('RETURN 1 AS one', {})
      .catch((e: unknown) => e);
    expect((error as UserError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it('an unrecognised failure or a timeout while the database does not answer is an outage; an outage stays one', async () => {
    const driver = driverAt(refusedPort);
    for (const code of [
      'Neo.DatabaseError.General.UnknownError',
      'N/A',
      'Neo.ClientError.Transaction.TransactionTimedOut',
    ]) {
      const mapped = toUserError(serverError(code), LIMITS);
      expect(mapped.code, code).not.toBe(ErrorCode.SERVICE_UNAVAILABLE);
      const answered = await outageOr(mapped, driver, 'neo4j');
      expect(answered.code, code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
      expect(answered.cause, code).toBe(mapped.cause);
    }
    const outage = toUserError(serverError('Neo.TransientError.General.DatabaseUnavailable'), LIMITS);
    expect(await outageOr(outage, driver, 'neo4j')).toBe(outage);
  });
});
