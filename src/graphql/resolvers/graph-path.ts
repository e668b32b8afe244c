// GraphPath: a path's nodes and relationships, in order.
import type { GraphPathResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar, type Binding, type ObjectSpec } from '../translate/spec.js';

/** The elements of a Cypher list expression, in list order, each bound under `key`. */
export function elementsOf<B extends Binding>(list: (b: B) => string, key: 'node' | 'rel'): ObjectSpec<B> {
  return {
    kind: 'object',
    query: (b, _args, s) => {
      const i = s.fresh('i');
      const x = s.fresh(key === 'node' ? 'n' : 'r');
      const l = list(b);
      return {
        clauses: `UNWIND range(0, size(${l}) - 1) AS ${i}\nWITH *, ${l}[${i}] AS ${x}`,
        binding: { [key]: x },
        orderBy: [i],
      };
    },
  };
}

/** A path: the Cypher path variable. */
export type PathBinding = { readonly path: string };

export const GraphPathSpec = defineType<GraphPathResolvers, PathBinding>('GraphPath', {
  length: scalar<PathBinding>((b) => `length(${b.path})`),
  nodes: elementsOf<PathBinding>((b) => `nodes(${b.path})`, 'node'),
  relationships: elementsOf<PathBinding>((b) => `relationships(${b.path})`, 'rel'),
});
