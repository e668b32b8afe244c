// The executor's errors are neutral UserErrors; the GraphQL layer turns them into coded
// GraphQLErrors, keeping the database's own error for the log only.
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toUserError } from '../../src/db/executor.js';
import { ErrorCode, UserError } from '../../src/errors/user-error.js';
import { asGraphQLError } from '../../src/graphql/errors.js';

const LIMITS = { queryTimeoutMs: 5_000, deadlineMs: 8_000 };
const neo4jError = (code: string) =>
  new neo4j.Neo4jError('MATCH (n) RETURN n at bolt://admin:secret@db.internal:7687', code, 'GQL', 'x');

describe("the executor's error mapping", () => {
  it('gives each kind of driver failure its code and a message that quotes nothing of the database', () => {
    const cases: Array<[string, ErrorCode]> = [
      ['Neo.ClientError.Transaction.TransactionTimedOut', ErrorCode.QUERY_TIMEOUT],
      ['Neo.TransientError.General.DatabaseUnavailable', ErrorCode.SERVICE_UNAVAILABLE],
      ['Neo.ClientError.Security.Unauthorized', ErrorCode.SERVICE_UNAVAILABLE],
      ['Neo.DatabaseError.General.UnknownError', ErrorCode.INTERNAL_SERVER_ERROR],
    ];
    for (const [code, expected] of cases) {
      const original = neo4jError(code);
      const mapped = toUserError(original, LIMITS);
      expect(mapped, code).toBeInstanceOf(UserError);
      expect(mapped.code, code).toBe(expected);
      expect(mapped.cause, code).toBe(original);
      expect(mapped.message, code).not.toMatch(/MATCH|bolt:|secret|db\.internal/);
    }
  });

  it('keeps a UserError as it is', () => {
    const error = new UserError(ErrorCode.QUERY_TIMEOUT, 'slow');
    expect(toUserError(error, LIMITS)).toBe(error);
  });
});

describe('asGraphQLError', () => {
  it('carries the code and message over, and the cause as the original error for the log', () => {
    const cause = neo4jError('Neo.ClientError.Transaction.TransactionTimedOut');
    const mapped = asGraphQLError(new UserError(ErrorCode.QUERY_TIMEOUT, 'Ask for less.', { cause }));
    expect(mapped).toBeInstanceOf(GraphQLError);
    const error = mapped as GraphQLError;
    expect(error.message).toBe('Ask for less.');
    expect(error.extensions).toEqual({ code: ErrorCode.QUERY_TIMEOUT });
    expect(error.originalError).toBe(cause);
  });

  it('marks an internal error as internal, so the server masks and logs it', () => {
    const error = asGraphQLError(
      new UserError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', { cause: new Error('x') }),
    ) as GraphQLError;
    expect(error.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR, internal: true });
  });

  it('passes anything else through unchanged', () => {
    const other = new Error('not ours');
    expect(asGraphQLError(other)).toBe(other);
  });
});
