// EntityRelationship: a relationship seen from one of its ends (Entity.relationships).
import type { EntityRelationshipResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, scalar, withoutProvenance } from '../translate/spec.js';
import { toJsonValue } from './json-object.js';
import { projectedResolvers } from './projected.js';

export const EntityRelationshipSpec = defineType<EntityRelationshipResolvers>('EntityRelationship', {
  type: scalar((b) => `type(${b.rel})`),
  direction: scalar((b) => `CASE WHEN startNode(${b.rel}) = ${b.self} THEN 'OUTGOING' ELSE 'INCOMING' END`),
  other: bound('other'),
  properties: scalar(
    (b) => `properties(${b.rel})`,
    (raw) => toJsonValue(withoutProvenance(raw)),
  ),
  evidence: evidenceOf('rel'),
});

export const EntityRelationship: EntityRelationshipResolvers =
  projectedResolvers<EntityRelationshipResolvers>(EntityRelationshipSpec);
