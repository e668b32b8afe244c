// GraphRelationship: a relationship on a path or in a subgraph, with its evidence.
import type { GraphRelationshipResolvers } from '../generated/resolvers-types.js';
import { defineType, evidenceOf, scalar, withoutProvenance } from '../translate/spec.js';
import { toJsonValue } from './json-object.js';
import { projectedResolvers } from './projected.js';

export const GraphRelationshipSpec = defineType<GraphRelationshipResolvers>('GraphRelationship', {
  type: scalar((b) => `type(${b.rel})`),
  from: scalar((b) => `startNode(${b.rel}).id`),
  to: scalar((b) => `endNode(${b.rel}).id`),
  properties: scalar(
    (b) => `properties(${b.rel})`,
    (raw) => toJsonValue(withoutProvenance(raw)),
  ),
  evidence: evidenceOf('rel'),
});

export const GraphRelationship: GraphRelationshipResolvers =
  projectedResolvers<GraphRelationshipResolvers>(GraphRelationshipSpec);
