// Root fields: each one becomes exactly one Cypher statement — an optional prelude (e.g.
// resolving a name to nodes) and a RETURN of the whole answer as one value — run through
// the request's executor. This is where the statement bound comes from: one statement per
// root field, whatever the field selects underneath.
import type { FieldNode, GraphQLOutputType, GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../db/executor.js';
import type { RequestContext } from '../context.js';
import { CypherScope } from './scope.js';
import type { Args, FieldSpec, TypeSpec } from './spec.js';
import { Translator, type TranslationContext } from './translator.js';

export interface RootPlan {
  /** Clauses before the final RETURN; together they must leave exactly one row. */
  prelude?: string[];
  /** How the answer is read (from an empty binding). */
  value: FieldSpec;
  /** Extra columns returned next to the answer, checked by `verify`. */
  checks?: Record<string, string>;
  /** Throws a user error (NOT_FOUND, ambiguous name…) from the checks. */
  verify?(row: Row): void;
  /** The answer without any statement (e.g. a search for no words). */
  answer?: { value: unknown };
}

export type RootPlanner = (args: Args, s: CypherScope) => RootPlan;

export interface RootStatement {
  cypher: string;
  params: Record<string, unknown>;
  plan: RootPlan;
}

/** The statement for one root field (pure: used by the resolvers and by unit tests). */
export function translateRoot(
  specs: Readonly<Record<string, TypeSpec>>,
  context: TranslationContext,
  fieldNodes: readonly FieldNode[],
  returnType: GraphQLOutputType,
  args: Args,
  planner: RootPlanner,
): RootStatement {
  const scope = new CypherScope();
  const plan = planner(args, scope);
  if (plan.answer) return { cypher: '', params: {}, plan };
  const translator = new Translator(specs, context, scope);
  const value = translator.fieldExpr(returnType, fieldNodes, plan.value, {}, args);
  const checks = Object.entries(plan.checks ?? {})
    .map(([name, expr]) => `, ${expr} AS ${name}`)
    .join('');
  const cypher = [...(plan.prelude ?? []), `RETURN ${value} AS value${checks}`].join('\n');
  return { cypher, params: scope.params, plan };
}

/**
 * Translations already made, per root field node of a parsed document. Apollo keeps each
 * parsed and validated document (its document store, keyed by the query's hash), so a
 * repeated query brings the same field node and finds its statement here instead of being
 * translated again. Within a field node the key is the argument and variable values: the
 * statement's text depends on a few of them (search words, `hops`, enum choices), so the
 * key is exact rather than a shape; the values themselves only ever travel as parameters,
 * which is what lets Neo4j's plan cache hit across values. Bounded per field node.
 */
const translations = new WeakMap<FieldNode, Map<string, RootStatement>>();
const MAX_TRANSLATIONS_PER_FIELD = 256;

function cachedTranslation(
  specs: Readonly<Record<string, TypeSpec>>,
  info: GraphQLResolveInfo,
  args: Args,
  planner: RootPlanner,
): RootStatement {
  const field = info.fieldNodes[0]!;
  // Several field nodes (the same response key selected twice) are rare: translate them afresh.
  const cacheable = info.fieldNodes.length === 1;
  const key = cacheable ? JSON.stringify([args, info.variableValues]) : '';
  let byValues = cacheable ? translations.get(field) : undefined;
  const hit = byValues?.get(key);
  if (hit) return hit;
  const statement = translateRoot(
    specs,
    { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues },
    info.fieldNodes,
    info.returnType,
    args,
    planner,
  );
  if (cacheable) {
    if (!byValues) translations.set(field, (byValues = new Map()));
    if (byValues.size >= MAX_TRANSLATIONS_PER_FIELD) byValues.delete(byValues.keys().next().value!);
    byValues.set(key, statement);
  }
  return statement;
}

/** Resolves a root field: translate (or reuse), run the one statement, verify, return the projected value. */
export async function resolveRoot(
  specs: Readonly<Record<string, TypeSpec>>,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  args: Args,
  planner: RootPlanner,
): Promise<unknown> {
  const { cypher, params, plan } = cachedTranslation(specs, info, args, planner);
  if (plan.answer) return plan.answer.value;
  const rows = await ctx.executor.read(cypher, params, {
    operation: info.operation.name?.value,
    field: info.fieldName,
  });
  const row = rows[0] ?? {};
  plan.verify?.(row);
  return row.value ?? null;
}
