// The explorer's one way to the data: GraphQL operations run against the project's own
// Apollo server in process (executeOperation), through the same validation rules, cost
// limit and request log as any HTTP client. No Cypher, no driver here.
import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../graphql/context.js';

export type RunOperation = <T>(query: string, variables?: Record<string, unknown>) => Promise<OperationResult<T>>;

export interface OperationResult<T> {
  data: T | null;
  errors: Array<{ message: string; code?: string; name?: string }>;
}

export interface ApolloDeps {
  apollo: ApolloServer<RequestContext>;
  context: () => RequestContext;
  /** The review workspace is on: article pages offer a withdraw button (a confirmation page there). */
  withdrawLinks?: boolean;
}

export function runnerFor({ apollo, context }: ApolloDeps): RunOperation {
  return async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation<T & Record<string, unknown>>(
      { query, ...(variables ? { variables } : {}) },
      { contextValue: context() },
    );
    if (response.body.kind !== 'single') throw new Error('The explorer asked for a single GraphQL result.');
    const result = response.body.singleResult;
    return {
      data: (result.data ?? null) as T | null,
      errors: (result.errors ?? []).map((e) => ({
        message: e.message,
        ...(typeof e.extensions?.code === 'string' ? { code: e.extensions.code } : {}),
        // NOT_FOUND names what matched nothing, so a page can say which of two ends it was.
        ...(typeof e.extensions?.name === 'string' ? { name: e.extensions.name } : {}),
      })),
    };
  };
}

/** Thrown when the API answers with errors the page cannot turn into a 404. */
export class ApiError extends Error {
  constructor(readonly errors: Array<{ message: string; code?: string }>) {
    super(errors.map((e) => e.message).join('; '));
  }
}
