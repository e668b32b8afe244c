// How each GraphQL field is read from the graph. A type's spec maps every field to either
// a scalar Cypher expression or a way to reach child objects (a subquery, or a binding
// derived from the parent's without any query). The translator (translator.ts) walks a
// request's selection set with these specs and emits ONE Cypher statement per root field.
import type { CypherScope } from './scope.js';

/**
 * Named Cypher expressions that stand for one value of a type, e.g. `{ node: 'v3' }`. Each
 * type declares its own shape (NodeBinding, GrantBinding…), so a spec reads `b.node`, not
 * `b['node']!`; this is the common form the translator passes between types.
 */
export type Binding = Readonly<Record<string, string>>;
/** The binding of every node-backed type (entities, documents, indicators). */
export type NodeBinding = { readonly node: string };
export type Args = Record<string, unknown>;

export interface ScalarSpec<B extends Binding = Binding> {
  kind: 'scalar';
  expr(b: B, args: Args, s: CypherScope): string;
  /** Turns the projected raw value into the field's value (e.g. a cursor into its opaque form). */
  resolve?(raw: unknown): unknown;
}

export interface SubqueryPlan<C extends Binding = Binding> {
  /** Read clauses that bind the child's variables, run inside `COLLECT { … }`. */
  clauses: string;
  binding: C;
  /** ORDER BY expressions (deterministic order for every list). */
  orderBy?: string[];
  /** LIMIT expression for lists, e.g. a parameter. */
  limit?: string;
  /** SKIP expression for lists (a page further down), e.g. a parameter. */
  skip?: string;
}

/** How child values of type binding `C` are reached from a parent bound as `B`. */
export interface ObjectSpec<B extends Binding = Binding, C extends Binding = Binding> {
  kind: 'object';
  /** Child values found by a subquery. */
  query?(b: B, args: Args, s: CypherScope): SubqueryPlan<C>;
  /** A child value already at hand in the parent's binding (no subquery). */
  direct?(b: B, args: Args, s: CypherScope): { binding: C; nullCheck?: string };
}

export type FieldSpec<B extends Binding = Binding> = ScalarSpec<B> | ObjectSpec<B>;

export interface TypeSpec<B extends Binding = Binding> {
  name: string;
  /** Cypher predicate that is true when a value of an abstract type is of this concrete type. */
  condition?(b: B): string;
  /** For an interface: the expression giving the concrete type name. */
  typename?(b: B): string;
  fields: Readonly<Record<string, FieldSpec<B>>>;
}

/**
 * Field names of a codegen resolver map, minus the type-resolution hooks. The generated maps
 * have no index signature (codegen.ts), so this is exactly the schema's field names.
 */
export type FieldsOf<R> = Exclude<keyof R, '__isTypeOf' | '__resolveType'>;

/** Specs for exactly the fields of resolver map `R`: a missing or misspelled field does not compile. */
export type FieldSpecs<R, B extends Binding> = { [K in FieldsOf<R>]-?: FieldSpec<B> };

/** Declares a type's spec, read from values bound as `B`. */
export function defineType<R, B extends Binding = NodeBinding>(
  name: string,
  fields: FieldSpecs<R, B>,
  extra: Omit<TypeSpec<B>, 'name' | 'fields'> = {},
): TypeSpec<B> {
  return { name, fields: fields as Record<string, FieldSpec<B>>, ...extra };
}

// ---- helpers ----------------------------------------------------------------------------

export const scalar = <B extends Binding = NodeBinding>(
  expr: ScalarSpec<B>['expr'],
  resolve?: ScalarSpec<B>['resolve'],
): ScalarSpec<B> => (resolve ? { kind: 'scalar', expr, resolve } : { kind: 'scalar', expr });

/** A property of the node bound as `node`. Property names come from this code, never from input. */
export const prop = (name: string): ScalarSpec<NodeBinding> => scalar((b) => `${b.node}.${name}`);

/** A constant (a literal written by this code). */
export const constant = (cypherLiteral: string): ScalarSpec<NodeBinding> => scalar(() => cypherLiteral);

/** The child node already bound in the parent under `key` (e.g. a partnership's zone). */
export const bound = <K extends string>(key: K): ObjectSpec<{ readonly [k in K]: string }, NodeBinding> => ({
  kind: 'object',
  direct: (b) => ({ binding: { node: b[key] } }),
});

/** Nodes reached by a pattern from the parent node, sorted (by name, then id, unless told). */
export function nodes(
  pattern: (parent: string, child: string, args: Args, s: CypherScope) => string,
  order: (child: string) => string[] = byName,
  limit?: (args: Args, s: CypherScope) => string | undefined,
): ObjectSpec<NodeBinding, NodeBinding> {
  return {
    kind: 'object',
    query: (b, args, s) => {
      const c = s.fresh('n');
      const max = limit?.(args, s);
      return {
        clauses: pattern(b.node, c, args, s),
        binding: { node: c },
        orderBy: order(c),
        ...(max ? { limit: max } : {}),
      };
    },
  };
}

export const byName = (v: string): string[] => [`${v}.name`, `${v}.id`];

/** Variables of one relationship reached from a parent: the relationship and its other end. */
export interface Hop {
  rel: string;
  other: string;
}

/**
 * Relationships reached from the parent, each bound with its ends (the shape of AwardGrant,
 * Leadership, Partnership, EntityRelationship): `match` writes the clauses for fresh
 * variables `rel` and `other`, `bind` names the child's binding, `order` sorts (by the other
 * end's name and id unless told). The twin of `nodes()` for relationship-backed types.
 */
export function relationships<B extends Binding, C extends Binding>(spec: {
  /** Hints for the two fresh variable names, e.g. `['r', 'a']`. */
  names?: readonly [rel: string, other: string];
  match(b: B, hop: Hop, args: Args, s: CypherScope): string;
  bind(b: B, hop: Hop): C;
  order?(hop: Hop): string[];
  limit?(args: Args, s: CypherScope): string;
  skip?(args: Args, s: CypherScope): string;
}): ObjectSpec<B, C> {
  const [relHint, otherHint] = spec.names ?? ['r', 'x'];
  return {
    kind: 'object',
    query: (b, args, s) => {
      const hop = { rel: s.fresh(relHint), other: s.fresh(otherHint) };
      const clauses = spec.match(b, hop, args, s);
      return {
        clauses,
        binding: spec.bind(b, hop),
        orderBy: spec.order ? spec.order(hop) : byName(hop.other),
        ...(spec.limit ? { limit: spec.limit(args, s) } : {}),
        ...(spec.skip ? { skip: spec.skip(args, s) } : {}),
      };
    },
  };
}

/** An Evidence value: expressions for the document id and the quote. */
export type EvidenceBinding = { readonly document: string; readonly quote: string };

/** The Evidence list of a relationship or Indicator: the parallel `sources`/`evidence` lists zipped. */
export function evidenceOf<K extends string>(holderKey: K): ObjectSpec<{ readonly [k in K]: string }, EvidenceBinding> {
  return {
    kind: 'object',
    query: (b, _args, s) => {
      const h = b[holderKey];
      const i = s.fresh('i');
      return {
        clauses: `UNWIND range(0, size(coalesce(${h}.sources, [])) - 1) AS ${i}`,
        binding: { document: `${h}.sources[${i}]`, quote: `${h}.evidence[${i}]` },
        orderBy: [i],
      };
    },
  };
}

/** Properties of a relationship other than its provenance lists. */
export function withoutProvenance(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (k !== 'sources' && k !== 'evidence') out[k] = v;
  }
  return out;
}
