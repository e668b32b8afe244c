// SearchHit: an entity found by the full-text index, with its score.
import type { SearchHitResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, scalar } from '../translate/spec.js';

/** A full-text hit: the node and its score. */
export type SearchHitBinding = { readonly node: string; readonly score: string };

export const SearchHitSpec = defineType<SearchHitResolvers, SearchHitBinding>('SearchHit', {
  entity: bound('node'),
  score: scalar<SearchHitBinding>((b) => b.score),
});
