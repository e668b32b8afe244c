// RelationshipGroup: an entity's relationships of one type and one direction, counted, and
// read a page at a time (Entity.relationshipGroups). The explorer's entity page is built on it.
import { checkRange } from '../errors.js';
import type { RelationshipGroupResolvers } from '../generated/resolvers-types.js';
import { defineType, relationships, scalar } from '../translate/spec.js';
import type { EntityRelationshipBinding, RelationshipGroupBinding } from './entity.js';

/** Furthest a group's page may start. */
export const MAX_GROUP_OFFSET = 100_000;

export const RelationshipGroupSpec = defineType<RelationshipGroupResolvers, RelationshipGroupBinding>(
  'RelationshipGroup',
  {
    type: scalar<RelationshipGroupBinding>((b) => b.type),
    direction: scalar<RelationshipGroupBinding>((b) => `CASE WHEN ${b.outgoing} THEN 'OUTGOING' ELSE 'INCOMING' END`),
    count: scalar<RelationshipGroupBinding>((b) => b.count),
    relationships: relationships<RelationshipGroupBinding, EntityRelationshipBinding>({
      names: ['r', 'o'],
      // The group's type and direction are values of the row, so the direction is tested
      // rather than written into the pattern.
      match: (b, { rel: r, other: o }) =>
        `MATCH (${b.self})-[${r}]-(${o}:Entity) WHERE type(${r}) = ${b.type} AND (startNode(${r}) = ${b.self}) = ${b.outgoing}`,
      bind: (b, { rel, other }) => ({ rel, self: b.self, other }),
      order: ({ rel: r, other: o }) => [`${o}.name`, `${o}.id`, `elementId(${r})`],
      limit: (args, s) => s.int(checkRange('first', args.first, 1, 100)),
      skip: (args, s) => s.int(checkRange('offset', args.offset, 0, MAX_GROUP_OFFSET)),
    }),
  },
);
