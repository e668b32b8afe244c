// GraphRelationship: a relationship on a path or in a subgraph, with its evidence.
import type { GraphRelationshipResolvers } from '../generated/resolvers-types.js';
import { defineType, evidenceOf, scalar, withoutProvenance } from '../translate/spec.js';
import { toJsonValue } from './json-object.js';

/** A relationship on a path or in a subgraph. */
export type RelationshipBinding = { readonly rel: string };

export const GraphRelationshipSpec = defineType<GraphRelationshipResolvers, RelationshipBinding>('GraphRelationship', {
  type: scalar<RelationshipBinding>((b) => `type(${b.rel})`),
  from: scalar<RelationshipBinding>((b) => `startNode(${b.rel}).id`),
  to: scalar<RelationshipBinding>((b) => `endNode(${b.rel}).id`),
  properties: scalar<RelationshipBinding>(
    (b) => `properties(${b.rel})`,
    (raw) => toJsonValue(withoutProvenance(raw)),
  ),
  evidence: evidenceOf('rel'),
});
