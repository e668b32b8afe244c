// Connections (`entities`, `enterprises`, …): one page by key (keyset paging on the
// order's sort key, never an offset), one row more than asked to know whether more follow,
// and a count of every match only when `totalCount` is selected.
import { checkRange } from '../errors.js';
import type { ConnectionBinding } from '../resolvers/connection.js';
import { decodeCursor, type EntityOrder } from '../translate/cursor.js';
import type { RootPlanner } from '../translate/root.js';
import { MAX_FIRST } from './limits.js';

export function connection(label: string): RootPlanner {
  return (args, s) => {
    const first = checkRange('first', args.first, 0, MAX_FIRST);
    const order = (args.orderBy ?? 'NAME_ASC') as EntityOrder;
    const filter = (args.filter ?? {}) as { nameContains?: string | null; mentionedIn?: string | null };
    const needle = filter.nameContains ? s.param(filter.nameContains.toLowerCase()) : null;
    const doc = filter.mentionedIn ? s.param(filter.mentionedIn) : null;
    const predicates = (v: string): string[] => [
      ...(needle ? [`any(a IN [${v}.name] + coalesce(${v}.aliases, []) WHERE toLower(a) CONTAINS ${needle})`] : []),
      ...(doc ? [`EXISTS { MATCH (:Document {id: ${doc}})-[:MENTIONS]->(${v}) }`] : []),
    ];
    const n = s.fresh('n');
    const where = predicates(n);
    if (typeof args.after === 'string') {
      const key = decodeCursor(args.after, order);
      const name = s.param(key.name);
      const id = s.param(key.id);
      where.push(
        order === 'ID_ASC'
          ? `${n}.id > ${id}`
          : order === 'NAME_DESC'
            ? `(${n}.name < ${name} OR (${n}.name = ${name} AND ${n}.id < ${id}))`
            : `(${n}.name > ${name} OR (${n}.name = ${name} AND ${n}.id > ${id}))`,
      );
    }
    const orderBy =
      order === 'ID_ASC' ? `${n}.id` : order === 'NAME_DESC' ? `${n}.name DESC, ${n}.id DESC` : `${n}.name, ${n}.id`;
    const page = s.fresh('page');
    const c = s.fresh('n');
    const countWhere = predicates(c);
    return {
      prelude: [
        `CALL () {
  MATCH (${n}:${label})${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}
  WITH ${n} ORDER BY ${orderBy} LIMIT ${s.int(first + 1)}
  RETURN collect(${n}) AS ${page}
}`,
      ],
      value: {
        kind: 'object',
        direct: (): { binding: ConnectionBinding } => ({
          binding: {
            page,
            first: s.int(first),
            tag: s.param(order),
            total: `COUNT { MATCH (${c}:${label})${countWhere.length > 0 ? ` WHERE ${countWhere.join(' AND ')}` : ''} }`,
          },
        }),
      },
    };
  };
}
