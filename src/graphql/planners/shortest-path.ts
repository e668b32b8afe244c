// `shortestPath`: both ends resolved by name inside the statement, then one shortest path
// of at most `maxHops` through entities only.
import { checkRange, checkTypes } from '../errors.js';
import type { PathBinding } from '../resolvers/graph-path.js';
import type { RootPlanner } from '../translate/root.js';
import { MAX_PATH_HOPS } from './limits.js';
import { combine, list, namedArgument } from './named-argument.js';

export const shortestPath: RootPlanner = (args, s) => {
  const hops = checkRange('maxHops', args.maxHops, 1, MAX_PATH_HOPS);
  const types = checkTypes(args.types);
  const from = namedArgument(s, args.from, 'Entity', 'entity', 'from');
  const to = namedArgument(s, args.to, 'Entity', 'entity', 'to');
  const value = list((_b, _a, sc) => {
    const a = sc.fresh('a');
    const b = sc.fresh('b');
    const p = sc.fresh('p');
    const typeCheck = types ? ` AND all(y IN relationships(${p}) WHERE type(y) IN ${s.param(types)})` : '';
    return {
      // `hops` is a validated integer (1–6): Cypher takes no parameter for a length bound.
      clauses: `WITH ${from.list}[0] AS ${a}, ${to.list}[0] AS ${b} WHERE size(${from.list}) = 1 AND size(${to.list}) = 1
MATCH ${p} = shortestPath((${a})-[*0..${hops}]-(${b}))
WHERE all(x IN nodes(${p}) WHERE x:Entity)${typeCheck}`,
      binding: { path: p } satisfies PathBinding,
    };
  });
  return combine([from, to], value);
};
