// UniversityConnection and UniversityEdge: a page of universities.
import type { UniversityConnectionResolvers, UniversityEdgeResolvers } from '../generated/resolvers-types.js';
import { defineType } from '../translate/spec.js';
import { connectionFields, edgeFields } from './connection.js';
import { projectedResolvers } from './projected.js';

export const UniversityConnectionSpec = defineType<UniversityConnectionResolvers>(
  'UniversityConnection',
  connectionFields(),
);
export const UniversityEdgeSpec = defineType<UniversityEdgeResolvers>('UniversityEdge', edgeFields());

export const UniversityConnection: UniversityConnectionResolvers =
  projectedResolvers<UniversityConnectionResolvers>(UniversityConnectionSpec);
export const UniversityEdge: UniversityEdgeResolvers = projectedResolvers<UniversityEdgeResolvers>(UniversityEdgeSpec);
