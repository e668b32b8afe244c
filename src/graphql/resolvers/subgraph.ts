// Subgraph: the nodes around a centre and the relationships among them.
import type { SubgraphResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar } from '../translate/spec.js';
import { elementsOf } from './graph-path.js';

/** A subgraph: list expressions of its nodes and relationships, and whether it was cut. */
export type SubgraphBinding = { readonly nodes: string; readonly rels: string; readonly truncated: string };

export const SubgraphSpec = defineType<SubgraphResolvers, SubgraphBinding>('Subgraph', {
  nodes: elementsOf<SubgraphBinding>((b) => b.nodes, 'node'),
  relationships: elementsOf<SubgraphBinding>((b) => b.rels, 'rel'),
  truncated: scalar<SubgraphBinding>((b) => b.truncated),
});
