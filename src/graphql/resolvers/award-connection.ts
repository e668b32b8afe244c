// AwardConnection and AwardEdge: a page of awards.
import type { AwardConnectionResolvers, AwardEdgeResolvers } from '../generated/resolvers-types.js';
import { defineType } from '../translate/spec.js';
import { connectionFields, edgeFields } from './connection.js';
import { projectedResolvers } from './projected.js';

export const AwardConnectionSpec = defineType<AwardConnectionResolvers>('AwardConnection', connectionFields());
export const AwardEdgeSpec = defineType<AwardEdgeResolvers>('AwardEdge', edgeFields());

export const AwardConnection: AwardConnectionResolvers =
  projectedResolvers<AwardConnectionResolvers>(AwardConnectionSpec);
export const AwardEdge: AwardEdgeResolvers = projectedResolvers<AwardEdgeResolvers>(AwardEdgeSpec);
