// `neighborhood`: the entities within a few hops of a centre, found breadth-first one level
// per hop inside one statement, and the relationships among them, bounded by `limit`.
import { checkRange, checkTypes } from '../errors.js';
import type { SubgraphBinding } from '../resolvers/subgraph.js';
import type { RootPlanner } from '../translate/root.js';
import { MAX_NEIGHBORHOOD_HOPS, MAX_NEIGHBORHOOD_LIMIT, MAX_NEIGHBORHOOD_RELATIONSHIPS } from './limits.js';
import { combine, namedArgument } from './named-argument.js';

export const neighborhood: RootPlanner = (args, s) => {
  const hops = checkRange('hops', args.hops, 1, MAX_NEIGHBORHOOD_HOPS);
  const limit = checkRange('limit', args.limit, 1, MAX_NEIGHBORHOOD_LIMIT);
  const types = checkTypes(args.types);
  const centre = namedArgument(s, args.id, 'Entity', 'entity', 'id');
  const typeParam = types ? s.param(types) : null;
  const typeOk = (r: string) => (typeParam ? ` AND type(${r}) IN ${typeParam}` : '');
  const room = s.int(limit + 1);
  const c = s.fresh('c');
  let seen = s.fresh('seen');
  let front = s.fresh('front');
  let cut = s.fresh('cut');
  // With no (or an ambiguous) match, verify() throws; `c` may then be null and nothing is found.
  const lines = [
    `WITH *, head(${centre.list}) AS ${c}`,
    `WITH *, [${c}] AS ${seen}, [${c}] AS ${front}, false AS ${cut}`,
  ];
  // Breadth-first, one level per hop, each level sorted by id and cut to what still fits
  // in `limit`: the work is bounded by limit × degree per level, never by all paths.
  for (let level = 1; level <= hops; level += 1) {
    const [f, r, x, found] = [s.fresh('f'), s.fresh('r'), s.fresh('x'), s.fresh('found')];
    const left = `CASE WHEN ${room} - size(${seen}) < 0 THEN 0 ELSE ${room} - size(${seen}) END`;
    const [nextSeen, nextFront, nextCut] = [s.fresh('seen'), s.fresh('front'), s.fresh('cut')];
    lines.push(
      `CALL (${front}, ${seen}) {
  UNWIND ${front} AS ${f}
  MATCH (${f})-[${r}]-(${x}:Entity)
  WHERE NOT ${x} IN ${seen}${typeOk(r)}
  WITH DISTINCT ${x} ORDER BY ${x}.id
  RETURN collect(${x}) AS ${found}
}`,
      `WITH *, ${seen} + ${found}[0..${left}] AS ${nextSeen}, ${found}[0..${left}] AS ${nextFront}, ${cut} OR size(${found}) > ${left} AS ${nextCut}`,
    );
    [seen, front, cut] = [nextSeen, nextFront, nextCut];
  }
  const [a, r, b, rels] = [s.fresh('a'), s.fresh('r'), s.fresh('b'), s.fresh('rels')];
  const max = s.int(MAX_NEIGHBORHOOD_RELATIONSHIPS);
  lines.push(`CALL (${seen}) {
  UNWIND ${seen} AS ${a}
  MATCH (${a})-[${r}]->(${b}:Entity)
  WHERE ${b} IN ${seen}${typeOk(r)}
  WITH ${r} ORDER BY type(${r}), startNode(${r}).id, endNode(${r}).id, elementId(${r})
  RETURN collect(${r}) AS ${rels}
}`);
  const plan = combine([centre], {
    kind: 'object',
    direct: () => ({
      binding: {
        nodes: seen,
        rels: `${rels}[0..${max}]`,
        truncated: `(${cut} OR size(${rels}) > ${max})`,
      } satisfies SubgraphBinding,
      nullCheck: c,
    }),
  });
  return { ...plan, prelude: [...(plan.prelude ?? []), ...lines] };
};
