// How each GraphQL field is read from the graph. A type's spec maps every field to either
// a scalar Cypher expression or a way to reach child objects (a subquery, or a binding
// derived from the parent's without any query). The translator (translator.ts) walks a
// request's selection set with these specs and emits ONE Cypher statement per root field.
import type { CypherScope } from './scope.js';

/** Named Cypher expressions that stand for one value of a type, e.g. `{ node: 'v3' }`. */
export type Binding = Readonly<Record<string, string>>;
export type Args = Record<string, unknown>;

export interface ScalarSpec {
  kind: 'scalar';
  expr(b: Binding, args: Args, s: CypherScope): string;
  /** Turns the projected raw value into the field's value (e.g. a cursor into its opaque form). */
  resolve?(raw: unknown): unknown;
}

export interface SubqueryPlan {
  /** Read clauses that bind the child's variables, run inside `COLLECT { … }`. */
  clauses: string;
  binding: Binding;
  /** ORDER BY expressions (deterministic order for every list). */
  orderBy?: string[];
  /** LIMIT expression for lists, e.g. a parameter. */
  limit?: string;
}

export interface ObjectSpec {
  kind: 'object';
  /** Child values found by a subquery. */
  query?(b: Binding, args: Args, s: CypherScope): SubqueryPlan;
  /** A child value already at hand in the parent's binding (no subquery). */
  direct?(b: Binding, args: Args, s: CypherScope): { binding: Binding; nullCheck?: string };
}

export type FieldSpec = ScalarSpec | ObjectSpec;

export interface TypeSpec {
  name: string;
  /** Cypher predicate that is true when a value of an abstract type is of this concrete type. */
  condition?(b: Binding): string;
  /** For an interface: the expression giving the concrete type name. */
  typename?(b: Binding): string;
  fields: Record<string, FieldSpec>;
}

/** Field names of a codegen resolver map, minus the type-resolution hooks. */
export type FieldsOf<R> = Exclude<keyof R, '__isTypeOf' | '__resolveType'>;

/** Declares a type's spec; the mapped type makes the compiler demand a spec for every schema field. */
export function defineType<R>(
  name: string,
  fields: { [K in FieldsOf<R>]-?: FieldSpec },
  extra: Omit<TypeSpec, 'name' | 'fields'> = {},
): TypeSpec {
  return { name, fields: fields as Record<string, FieldSpec>, ...extra };
}

// ---- helpers ----------------------------------------------------------------------------

export const scalar = (expr: ScalarSpec['expr'], resolve?: ScalarSpec['resolve']): ScalarSpec =>
  resolve ? { kind: 'scalar', expr, resolve } : { kind: 'scalar', expr };

/** A property of the node bound as `node`. Property names come from this code, never from input. */
export const prop = (name: string, key = 'node'): ScalarSpec => scalar((b) => `${b[key]}.${name}`);

/** A constant (a literal written by this code). */
export const constant = (cypherLiteral: string): ScalarSpec => scalar(() => cypherLiteral);

/** The child already bound in the parent under `key` (e.g. a partnership's zone). */
export const bound = (key: string, nullable = false): ObjectSpec => ({
  kind: 'object',
  direct: (b) => (nullable ? { binding: { node: b[key]! }, nullCheck: b[key]! } : { binding: { node: b[key]! } }),
});

/** Nodes reached by a pattern from the parent node, sorted (by name, then id, unless told). */
export function nodes(
  pattern: (parent: string, child: string, args: Args, s: CypherScope) => string,
  order: (child: string) => string[] = byName,
): ObjectSpec {
  return {
    kind: 'object',
    query: (b, args, s) => {
      const c = s.fresh('n');
      return { clauses: pattern(b.node!, c, args, s), binding: { node: c }, orderBy: order(c) };
    },
  };
}

export const byName = (v: string): string[] => [`${v}.name`, `${v}.id`];

/** The Evidence list of a relationship or Indicator: the parallel `sources`/`evidence` lists zipped. */
export function evidenceOf(holderKey: string): ObjectSpec {
  return {
    kind: 'object',
    query: (b, _args, s) => {
      const h = b[holderKey]!;
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
