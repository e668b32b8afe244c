// GraphPath: a path's nodes and relationships, in order.
import type { GraphPathResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar, type ObjectSpec } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

/** The elements of a Cypher list expression, in list order, each bound under `key`. */
export function elementsOf(list: (b: Record<string, string>) => string, key: 'node' | 'rel'): ObjectSpec {
  return {
    kind: 'object',
    query: (b, _args, s) => {
      const i = s.fresh('i');
      const x = s.fresh(key === 'node' ? 'n' : 'r');
      const l = list(b as Record<string, string>);
      return {
        clauses: `UNWIND range(0, size(${l}) - 1) AS ${i}\nWITH *, ${l}[${i}] AS ${x}`,
        binding: { [key]: x },
        orderBy: [i],
      };
    },
  };
}

export const GraphPathSpec = defineType<GraphPathResolvers>('GraphPath', {
  length: scalar((b) => `length(${b.path})`),
  nodes: elementsOf((b) => `nodes(${b.path})`, 'node'),
  relationships: elementsOf((b) => `relationships(${b.path})`, 'rel'),
});

export const GraphPath: GraphPathResolvers = projectedResolvers<GraphPathResolvers>(GraphPathSpec);
