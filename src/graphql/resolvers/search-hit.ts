// SearchHit: an entity found by the full-text index, with its score.
import type { SearchHitResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, scalar } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

export const SearchHitSpec = defineType<SearchHitResolvers>('SearchHit', {
  entity: bound('node'),
  score: scalar((b) => b.score!),
});

export const SearchHit: SearchHitResolvers = projectedResolvers<SearchHitResolvers>(SearchHitSpec);
