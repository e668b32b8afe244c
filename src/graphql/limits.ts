// Request limits, checked before any resolver runs: depth, aliases and root fields as
// GraphQL validation rules (the document alone decides them), and the estimated cost once
// the variables are known (`estimateCost`, applied by the server's cost plugin).
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

import type { PublicExtensions } from './errors.js';

type Fragments = Record<string, FragmentDefinitionNode>;

const validationExtensions = (extensions: PublicExtensions) => ({ code: 'GRAPHQL_VALIDATION_FAILED', ...extensions });

function fragmentsOf(document: DocumentNode): Fragments {
  const out: Fragments = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}

const isIntrospection = (name: string) => name.startsWith('__');

/** Deepest field nesting under a selection set (fragments expanded; introspection not counted). */
function depthOf(set: SelectionSetNode | undefined, fragments: Fragments, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (isIntrospection(s.name.value)) continue;
      deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, fragments, seen));
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(s.selectionSet, fragments, seen));
    } else {
      const name = s.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // cycles are reported by NoFragmentCyclesRule
      seen.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, seen));
      seen.delete(name);
    }
  }
  return deepest;
}

/**
 * Rejects mutations and subscriptions up front: the schema has neither, and graphql-js 16
 * would only notice at execution, as an internal error instead of a 400.
 */
export function queryOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API only reads: it has no ${node.operation}s. Send a query operation.`, {
          nodes: [node],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    },
  };
}

/** Rejects operations nested deeper than `max` fields. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const depth = depthOf(node.selectionSet, fragmentsOf(context.getDocument()), new Set());
      if (depth > max) {
        context.reportError(
          new GraphQLError(
            `The query is nested ${depth} levels deep; the limit is ${max}. Ask for less nested data, or split the query.`,
            { nodes: [node], extensions: validationExtensions({ limit: 'depth', max }) },
          ),
        );
      }
    },
  });
}

/** Rejects documents with more than `max` aliased fields (aliases multiply work). */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave(node) {
          if (count > max) {
            context.reportError(
              new GraphQLError(`The query uses ${count} aliases; the limit is ${max}. Send several requests instead.`, {
                nodes: [node],
                extensions: validationExtensions({ limit: 'aliases', max }),
              }),
            );
          }
        },
      },
    };
  };
}

function rootKeys(set: SelectionSetNode, fragments: Fragments, keys: Set<string>, seen: Set<string>): void {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (!isIntrospection(s.name.value)) keys.add(s.alias?.value ?? s.name.value);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      rootKeys(s.selectionSet, fragments, keys, seen);
    } else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      rootKeys(fragments[s.name.value]!.selectionSet, fragments, keys, seen);
    }
  }
}

/** Rejects operations with more than `max` root fields: each root field is one Cypher statement. */
export function rootFieldLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node: OperationDefinitionNode) {
      const keys = new Set<string>();
      rootKeys(node.selectionSet, fragmentsOf(context.getDocument()), keys, new Set());
      if (keys.size > max) {
        context.reportError(
          new GraphQLError(
            `The operation has ${keys.size} root fields; the limit is ${max}. Send several requests instead.`,
            { nodes: [node], extensions: validationExtensions({ limit: 'rootFields', max }) },
          ),
        );
      }
    },
  });
}

const nextOf = (n: number | null): number | null => (n === null ? null : n + 1);

/** Assumed length of a list that has no size argument. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Estimated cost of an operation: every field costs 1, and a list multiplies the cost of
 * what is selected in it by its size — the `first`/`limit` argument when there is one
 * (connections' edges take the connection's `first`), else DEFAULT_LIST_SIZE.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = fragmentsOf(document);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const walk = (
    set: SelectionSetNode | undefined,
    type: GraphQLNamedType,
    pageSize: number | null,
    seen: Set<string>,
  ): number => {
    if (!set) return 0;
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const t = s.typeCondition ? (schema.getType(s.typeCondition.name.value) ?? type) : type;
        total += walk(s.selectionSet, t, pageSize, seen);
      } else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[s.name.value];
        if (!fragment || seen.has(s.name.value)) continue;
        seen.add(s.name.value);
        total += walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? type, pageSize, seen);
        seen.delete(s.name.value);
      } else {
        if (isIntrospection(s.name.value)) continue;
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const def = fields[s.name.value] as GraphQLField<unknown, unknown> | undefined;
        if (!def) continue;
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(def, s, variables);
        } catch {
          args = {};
        }
        // The argument's value, or the schema's default when the value could not be read:
        // the defaults live in schema.graphql only.
        const size = (name: string): number | null => {
          const value = args[name] ?? def.args.find((a) => a.name === name)?.defaultValue;
          return typeof value === 'number' ? Math.max(0, value) : null;
        };
        const named = getNamedType(def.type);
        const isList = isListType(getNullableType(def.type));
        // Page size handed down: a connection's `first`, a subgraph's `limit`, a path's hops.
        const childPage = named.name.endsWith('Connection')
          ? size('first')
          : named.name === 'Subgraph'
            ? nextOf(size('limit'))
            : named.name === 'GraphPath'
              ? nextOf(size('maxHops'))
              : null;
        let multiplier = 1;
        if (isList) multiplier = size('first') ?? size('limit') ?? pageSize ?? DEFAULT_LIST_SIZE;
        total += 1 + multiplier * walk(s.selectionSet, named, childPage, seen);
      }
    }
    return total;
  };
  return walk(operation.selectionSet, root, null, new Set());
}
