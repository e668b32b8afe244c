// Every connection type (EnterpriseConnection, ZoneConnection, …, EntityConnection) and its
// edge type read the same way; these are their field specs. Each pair has its own file
// (enterprise-connection.ts, …) that declares its typed resolvers.
import { encodeCursor } from '../translate/cursor.js';
import { bound, scalar, type FieldSpec } from '../translate/spec.js';

// Connection binding: `page` (up to first + 1 nodes, in order), `first`, `tag` (the order), `total`.
export function connectionFields(): Record<'edges' | 'pageInfo' | 'totalCount', FieldSpec> {
  return {
    edges: {
      kind: 'object',
      query: (b, _args, s) => {
        const i = s.fresh('i');
        const e = s.fresh('e');
        return {
          clauses: `UNWIND range(0, size(${b.page}[0..${b.first}]) - 1) AS ${i}\nWITH *, ${b.page}[${i}] AS ${e}`,
          binding: { node: e, tag: b.tag! },
          orderBy: [i],
        };
      },
    },
    pageInfo: { kind: 'object', direct: (b) => ({ binding: { page: b.page!, first: b.first!, tag: b.tag! } }) },
    totalCount: scalar((b) => b.total!),
  };
}

// Edge binding: `node`, `tag`.
export function edgeFields(): Record<'cursor' | 'node', FieldSpec> {
  return {
    cursor: scalar((b) => `[${b.tag}, ${b.node}.name, ${b.node}.id]`, encodeCursor),
    node: bound('node'),
  };
}
