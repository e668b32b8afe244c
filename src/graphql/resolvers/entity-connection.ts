// EntityConnection and EntityEdge: a page of entities of any kind.
import type { EntityConnectionResolvers, EntityEdgeResolvers } from '../generated/resolvers-types.js';
import { defineType } from '../translate/spec.js';
import { connectionFields, edgeFields } from './connection.js';
import { projectedResolvers } from './projected.js';

export const EntityConnectionSpec = defineType<EntityConnectionResolvers>('EntityConnection', connectionFields());
export const EntityEdgeSpec = defineType<EntityEdgeResolvers>('EntityEdge', edgeFields());

export const EntityConnection: EntityConnectionResolvers =
  projectedResolvers<EntityConnectionResolvers>(EntityConnectionSpec);
export const EntityEdge: EntityEdgeResolvers = projectedResolvers<EntityEdgeResolvers>(EntityEdgeSpec);
