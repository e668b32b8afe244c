// The resolver map. Every object type's fields read what the translator projected (see
// projected.ts), so their resolvers are derived from the specs; only the root fields, the
// Entity interface's type resolution and the JSONObject scalar are written out.
import type { Resolvers } from '../generated/resolvers-types.js';
import { Entity } from './entity.js';
import { JSONObject } from './json-object.js';
import { projectedResolvers } from './projected.js';
import { Query } from './query.js';
import { SPECS } from './registry.js';

const objectTypes = Object.fromEntries(
  Object.values(SPECS)
    .filter((spec) => spec.name !== 'Entity')
    .map((spec) => [spec.name, projectedResolvers(spec)]),
);

export const resolvers: Resolvers = { ...objectTypes, Query, JSONObject, Entity };
