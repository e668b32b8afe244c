// PageInfo of every connection: whether more follow, and the cursor to continue after.
import type { PageInfoResolvers } from '../generated/resolvers-types.js';
import { encodeCursor } from '../translate/cursor.js';
import { defineType, scalar } from '../translate/spec.js';
import type { PageBinding } from './connection.js';

export const PageInfoSpec = defineType<PageInfoResolvers, PageBinding>('PageInfo', {
  hasNextPage: scalar<PageBinding>((b) => `size(${b.page}) > ${b.first}`),
  endCursor: scalar<PageBinding>(
    (b) =>
      `CASE WHEN size(${b.page}[0..${b.first}]) = 0 THEN null ELSE [${b.tag}, ${b.page}[0..${b.first}][-1].name, ${b.page}[0..${b.first}][-1].id] END`,
    encodeCursor,
  ),
});
