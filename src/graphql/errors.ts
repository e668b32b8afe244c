// The error codes the API answers with, and constructors that give people an actionable message.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** Codes whose message is written for the client and may be shown as is. */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  // Apollo Server's own request errors: their messages quote only the request.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Extensions a client may see besides `code`: the one allow-list. formatError (server)
 * passes these through and drops every other key; error constructors take only these.
 */
export const PUBLIC_EXTENSIONS = ['argument', 'name', 'candidates', 'min', 'max', 'limit', 'cost'] as const;
export type PublicExtensions = Partial<Record<(typeof PUBLIC_EXTENSIONS)[number], unknown>>;

/** A coded error for the client with only allow-listed extensions (plus e.g. Apollo's `http`). */
export function clientError(
  message: string,
  code: string,
  extensions: PublicExtensions = {},
  extra: { http?: { status: number } } = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, ...extra } });
}

export function badInput(message: string, extensions: PublicExtensions = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

export function notFound(what: string, name: string, argument?: string): GraphQLError {
  return new GraphQLError(
    `No ${what} is named "${name}". Pass an id (e.g. from \`search\` or \`lookup\`) or a name or alias the articles use.`,
    { extensions: { code: ErrorCode.NOT_FOUND, name, ...(argument ? { argument } : {}) } },
  );
}

export function ambiguous(what: string, name: string, ids: readonly string[], argument?: string): GraphQLError {
  return badInput(
    `"${name}" names ${ids.length} ${what}s (${[...ids].sort().join(', ')}). Pass one of these ids instead.`,
    { name, candidates: ids, ...(argument ? { argument } : {}) },
  );
}

/** Checks an integer argument against its allowed range. */
export function checkRange(argument: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`\`${argument}\` must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}.`, {
      argument,
      min,
      max,
    });
  }
  return value;
}

const TYPE_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
export const MAX_TYPES = 32;

/** Validates a list of relationship types (UPPER_SNAKE words); null stays null (= all types). */
export function checkTypes(value: unknown, argument = 'types'): string[] | null {
  if (value === null || value === undefined) return null;
  const types = value as string[];
  if (types.length > MAX_TYPES)
    throw badInput(`\`${argument}\` takes at most ${MAX_TYPES} relationship types.`, { argument });
  const bad = types.filter((t) => !TYPE_NAME.test(t));
  if (bad.length > 0) {
    throw badInput(
      `\`${argument}\` takes relationship types in UPPER_SNAKE case such as LOCATED_IN; ${bad.map((t) => JSON.stringify(t)).join(', ')} is not one.`,
      { argument },
    );
  }
  return types;
}
