// Subgraph: the nodes around a centre and the relationships among them.
import type { SubgraphResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar } from '../translate/spec.js';
import { elementsOf } from './graph-path.js';
import { projectedResolvers } from './projected.js';

export const SubgraphSpec = defineType<SubgraphResolvers>('Subgraph', {
  nodes: elementsOf((b) => b.nodes!, 'node'),
  relationships: elementsOf((b) => b.rels!, 'rel'),
  truncated: scalar((b) => b.truncated!),
});

export const Subgraph: SubgraphResolvers = projectedResolvers<SubgraphResolvers>(SubgraphSpec);
