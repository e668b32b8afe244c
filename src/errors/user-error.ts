// Errors whose message is written for a person to act on: an API client, a CLI user, an
// operator. Neutral on purpose: the database layer, the local server and the importer
// raise them without knowing who shows them; the GraphQL layer turns them into
// GraphQLErrors (src/graphql/errors.ts), the CLIs print their message.

/** The codes the API answers with (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A failure with a code saying what kind it is and a message that is safe to show as is.
 * `cause` (never shown) keeps what really happened, for the log.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly code: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}
