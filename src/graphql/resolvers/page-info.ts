// PageInfo of every connection: whether more follow, and the cursor to continue after.
import type { PageInfoResolvers } from '../generated/resolvers-types.js';
import { encodeCursor } from '../translate/cursor.js';
import { defineType, scalar } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

// Binding: `page` (up to first + 1 nodes), `first`, `tag` (the order, for the cursor).
export const PageInfoSpec = defineType<PageInfoResolvers>('PageInfo', {
  hasNextPage: scalar((b) => `size(${b.page}) > ${b.first}`),
  endCursor: scalar(
    (b) =>
      `CASE WHEN size(${b.page}[0..${b.first}]) = 0 THEN null ELSE [${b.tag}, ${b.page}[0..${b.first}][-1].name, ${b.page}[0..${b.first}][-1].id] END`,
    encodeCursor,
  ),
});

export const PageInfo: PageInfoResolvers = projectedResolvers<PageInfoResolvers>(PageInfoSpec);
