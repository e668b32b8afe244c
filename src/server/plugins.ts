// Apollo Server plugins and hooks of the API: the cost limit (needs the variables, so it
// runs once the operation is resolved), one structured log line per request, and error
// masking (formatError): clients see coded, actionable messages or a bare
// INTERNAL_SERVER_ERROR, never a stack, Cypher or a connection string.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { clientError, ErrorCode, PUBLIC_CODES, PUBLIC_EXTENSIONS } from '../graphql/errors.js';
import { estimateCost } from '../graphql/limits.js';
import type { LogSink } from './stdout-log.js';

/**
 * Costs already estimated, per operation of a parsed document (Apollo hands back the same
 * document for a repeated query). Only Int variables can change a cost (they feed
 * `first`/`limit`/`maxHops`), so the key is their values: most operations have one entry.
 */
const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const ints = (operation.variableDefinitions ?? [])
    .filter((d) => namedTypeOf(d.type) === 'Int')
    .map((d) => variables[d.variable.name.value] ?? null);
  const key = ints.length === 0 ? '' : JSON.stringify(ints);
  let byValues = costs.get(operation);
  const known = byValues?.get(key);
  if (known !== undefined) return known;
  const cost = estimateCost(schema, document, operation, variables);
  if (!byValues) costs.set(operation, (byValues = new Map()));
  if (byValues.size >= 64) byValues.clear();
  byValues.set(key, cost);
  return cost;
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/** Rejects operations whose estimated cost exceeds `max` (400, QUERY_TOO_COMPLEX). */
export function costLimitPlugin(max: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = costOf(schema, document, operation, request.variables ?? {});
          if (cost > max) {
            throw clientError(
              `The query's estimated cost is ${cost}; the limit is ${max}. Ask for fewer items (smaller \`first\`/\`limit\`) or fewer nested lists.`,
              ErrorCode.QUERY_TOO_COMPLEX,
              { cost, max },
              { http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}

function rootFields(rc: GraphQLRequestContext<RequestContext>): string[] {
  const selections = rc.operation?.selectionSet.selections ?? [];
  return selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
}

/** One JSON line per request: operation, root fields, duration, statements, outcome, error codes. */
export function requestLogPlugin(sink: LogSink): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(start) {
      const started = performance.now();
      return {
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            const code = error.extensions?.code as string | undefined;
            const original = unwrapResolverError(error);
            if (code && PUBLIC_CODES.has(code) && !error.extensions?.internal) continue;
            // Internal failures: the details stay in the server's log, under the request id.
            sink(
              JSON.stringify({
                level: 'error',
                msg: 'internal error',
                requestId: rc.contextValue.requestId,
                path: error.path,
                error: original instanceof Error ? `${original.name}: ${original.message}` : String(original),
                // The driver's or the server's code names the failure (e.g. which one a restart
                // produced) where the message alone may not.
                code: (original as { code?: unknown } | null)?.code,
                stack: original instanceof Error ? original.stack : undefined,
              }),
            );
          }
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          sink(
            JSON.stringify({
              level: 'info',
              msg: 'graphql request',
              time: new Date().toISOString(),
              requestId: start.contextValue.requestId,
              operation: rc.operationName ?? rc.request.operationName ?? null,
              rootFields: rootFields(rc),
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              statements: start.contextValue.executor.statements,
              status: rc.response.http.status ?? 200,
              outcome: errors.length === 0 ? 'ok' : 'error',
              errorCodes: [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))],
            }),
          );
        },
      };
    },
  };
}

/** Apollo `formatError`: keeps coded client errors, masks everything else. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const internal = formatted.extensions?.internal === true;
  const base = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (code && PUBLIC_CODES.has(code) && !internal) {
    const original = unwrapResolverError(error);
    // A coded error that did not come from our own code (e.g. a library's) is still masked.
    if (original instanceof GraphQLError || !(original instanceof Error)) {
      const extensions: Record<string, unknown> = { code };
      for (const key of PUBLIC_EXTENSIONS)
        if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
      return { message: formatted.message, ...base, extensions };
    }
  }
  return { message: 'Internal server error', ...base, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
