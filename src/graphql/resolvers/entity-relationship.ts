// EntityRelationship: a relationship seen from one of its ends (Entity.relationships).
import type { EntityRelationshipResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, scalar, withoutProvenance } from '../translate/spec.js';
import type { EntityRelationshipBinding } from './entity.js';
import { toJsonValue } from './json-object.js';

export const EntityRelationshipSpec = defineType<EntityRelationshipResolvers, EntityRelationshipBinding>(
  'EntityRelationship',
  {
    type: scalar<EntityRelationshipBinding>((b) => `type(${b.rel})`),
    direction: scalar<EntityRelationshipBinding>(
      (b) => `CASE WHEN startNode(${b.rel}) = ${b.self} THEN 'OUTGOING' ELSE 'INCOMING' END`,
    ),
    other: bound('other'),
    properties: scalar<EntityRelationshipBinding>(
      (b) => `properties(${b.rel})`,
      (raw) => toJsonValue(withoutProvenance(raw)),
    ),
    evidence: evidenceOf('rel'),
  },
);
