// Resolvers read what the translator projected: each field's value sits in the parent map
// under the field's response key (alias or name), so aliased selections of one field with
// different arguments never collide. A spec's `resolve` finishes a raw value (cursors, JSON).
import type { GraphQLFieldResolver } from 'graphql';
import type { Projection } from '../projection.js';
import type { TypeSpec } from '../translate/spec.js';

type FieldResolver = GraphQLFieldResolver<Projection, unknown>;

export function projectedResolvers(spec: TypeSpec): Record<string, FieldResolver> {
  const out: Record<string, FieldResolver> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    const finish = field.kind === 'scalar' ? field.resolve : undefined;
    out[name] = finish
      ? (parent, _args, _ctx, info) => finish(parent[info.path.key as string])
      : (parent, _args, _ctx, info) => parent[info.path.key as string];
  }
  return out;
}
