// ZoneConnection and ZoneEdge: a page of zones.
import type { ZoneConnectionResolvers, ZoneEdgeResolvers } from '../generated/resolvers-types.js';
import { defineType } from '../translate/spec.js';
import { connectionFields, edgeFields } from './connection.js';
import { projectedResolvers } from './projected.js';

export const ZoneConnectionSpec = defineType<ZoneConnectionResolvers>('ZoneConnection', connectionFields());
export const ZoneEdgeSpec = defineType<ZoneEdgeResolvers>('ZoneEdge', edgeFields());

export const ZoneConnection: ZoneConnectionResolvers = projectedResolvers<ZoneConnectionResolvers>(ZoneConnectionSpec);
export const ZoneEdge: ZoneEdgeResolvers = projectedResolvers<ZoneEdgeResolvers>(ZoneEdgeSpec);
