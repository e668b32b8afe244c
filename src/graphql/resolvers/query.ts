// Root fields. Each planner turns the arguments into one statement's prelude and the way
// its answer is read; `resolveRoot` adds the projection of whatever the request selects
// below and runs it: ONE Cypher statement per root field.
import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../db/executor.js';
import type { RequestContext } from '../context.js';
import { ambiguous, badInput, checkRange, checkTypes, notFound } from '../errors.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { decodeCursor, type EntityOrder } from '../translate/cursor.js';
import { MAX_SEARCH_LENGTH, normalizeName, resolveClause, searchQuery } from '../translate/names.js';
import { resolveRoot, type RootPlan, type RootPlanner } from '../translate/root.js';
import type { CypherScope } from '../translate/scope.js';
import { byName, type Args, type ObjectSpec } from '../translate/spec.js';
import { grantFilter, grantOrder } from './award-grant.js';
import { KIND_LABELS, labelOf, type Kind } from './entity.js';
import { SPECS } from './registry.js';

/** Largest `first` of a connection or search. */
export const MAX_FIRST = 100;
export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_HOPS = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 200;
/** Relationships a neighborhood returns at most (beyond that, `truncated` is true). */
export const MAX_NEIGHBORHOOD_RELATIONSHIPS = 1000;
const MAX_NAME_LENGTH = 300;

/** An argument that names one entity: resolved inside the statement, checked after it. */
interface NamedArgument {
  clause: string;
  /** Variable holding the list of matching nodes. */
  list: string;
  checks: Record<string, string>;
  verify(row: Row): void;
}

function namedArgument(s: CypherScope, value: unknown, label: string, what: string, argument: string): NamedArgument {
  const text = String(value);
  if (text.length > MAX_NAME_LENGTH)
    throw badInput(`\`${argument}\` is longer than ${MAX_NAME_LENGTH} characters.`, { argument });
  if (normalizeName(text) === '')
    throw badInput(`\`${argument}\` must contain a letter or digit; got ${JSON.stringify(text)}.`, { argument });
  const list = s.fresh('m');
  const column = `${list}Ids`;
  return {
    clause: resolveClause(s, text, label, list),
    list,
    checks: { [column]: `[x IN ${list} | x.id]` },
    verify(row) {
      const ids = (row[column] as string[] | undefined) ?? [];
      if (ids.length === 0) throw notFound(what, text, argument);
      if (ids.length > 1) throw ambiguous(what, text, ids, argument);
    },
  };
}

function combine(named: NamedArgument[], value: ObjectSpec): RootPlan {
  return {
    prelude: named.map((n) => n.clause),
    value,
    checks: Object.assign({}, ...named.map((n) => n.checks)),
    verify: (row) => named.forEach((n) => n.verify(row)),
  };
}

const list = (query: NonNullable<ObjectSpec['query']>): ObjectSpec => ({ kind: 'object', query });

// ---- connections ------------------------------------------------------------------------

function connection(label: string): RootPlanner {
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
        direct: () => ({
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

// ---- the root fields --------------------------------------------------------------------

export const PLANNERS: Record<string, RootPlanner> = {
  entity: (args, s) => ({
    value: list((_b, _a, sc) => {
      const v = sc.fresh('v');
      return { clauses: `MATCH (${v}:Entity {id: ${s.param(String(args.id))}})`, binding: { node: v } };
    }),
  }),

  lookup: (args, s) => {
    const name = String(args.name);
    if (name.length > MAX_NAME_LENGTH)
      throw badInput(`\`name\` is longer than ${MAX_NAME_LENGTH} characters.`, { argument: 'name' });
    if (normalizeName(name) === '') return { value: list(() => ({ clauses: '', binding: {} })), answer: { value: [] } };
    const m = s.fresh('m');
    return {
      prelude: [resolveClause(s, name, labelOf(args.kind), m)],
      value: list((_b, _a, sc) => {
        const v = sc.fresh('v');
        return { clauses: `UNWIND ${m} AS ${v}`, binding: { node: v }, orderBy: byName(v) };
      }),
    };
  },

  search: (args, s) => {
    const text = String(args.query);
    if (text.length > MAX_SEARCH_LENGTH) {
      throw badInput(`\`query\` is longer than ${MAX_SEARCH_LENGTH} characters; search for a few words.`, {
        argument: 'query',
      });
    }
    const first = checkRange('first', args.first, 1, MAX_FIRST);
    const lucene = searchQuery(text);
    if (lucene === null) return { value: list(() => ({ clauses: '', binding: {} })), answer: { value: [] } };
    const kinds = (args.kinds as Kind[] | null | undefined) ?? null;
    return {
      value: list((_b, _a, sc) => {
        const v = sc.fresh('v');
        const score = sc.fresh('score');
        const labels =
          kinds && kinds.length > 0
            ? ` WHERE any(l IN labels(${v}) WHERE l IN ${s.param(kinds.map((k) => KIND_LABELS[k]))})`
            : '';
        return {
          clauses: `CALL db.index.fulltext.queryNodes('entity_names', ${s.param(lucene)}) YIELD node AS ${v}, score AS ${score}${labels}`,
          binding: { node: v, score },
          orderBy: [`${score} DESC`, `${v}.id`],
          limit: s.int(first),
        };
      }),
    };
  },

  entities: (args, s) => connection(labelOf(args.kind))(args, s),
  enterprises: connection('Enterprise'),
  zones: connection('Zone'),
  universities: connection('University'),
  brands: connection('Brand'),
  awards: connection('Award'),

  documents: (args, s) => ({
    value: list((_b, _a, sc) => {
      const d = sc.fresh('d');
      const kind = args.kind ? ` WHERE ${d}.kind = ${s.param(String(args.kind).toLowerCase())}` : '';
      return { clauses: `MATCH (${d}:Document)${kind}`, binding: { node: d }, orderBy: [`${d}.id`] };
    }),
  }),

  document: (args, s) => ({
    value: list((_b, _a, sc) => {
      const d = sc.fresh('d');
      return { clauses: `MATCH (${d}:Document {id: ${s.param(String(args.id))}})`, binding: { node: d } };
    }),
  }),

  indicators: (args, s) => {
    const subject = args.subject ? namedArgument(s, args.subject, 'Entity', 'entity', 'subject') : null;
    const value = list((_b, _a, sc) => {
      const i = sc.fresh('i');
      const x = sc.fresh('x');
      const where: string[] = [];
      if (args.nameContains)
        where.push(`toLower(${i}.name) CONTAINS ${s.param(String(args.nameContains).toLowerCase())}`);
      if (args.year !== null && args.year !== undefined) where.push(`${i}.year = ${s.int(args.year as number)}`);
      const match = subject
        ? `UNWIND ${subject.list} AS ${x}\nMATCH (${x})-[:REPORTED]->(${i}:Indicator)`
        : `MATCH (${i}:Indicator)`;
      return {
        clauses: `${match}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`,
        binding: { node: i },
        orderBy: [`${i}.year`, `${i}.name`, `${i}.id`],
      };
    });
    return combine(subject ? [subject] : [], value);
  },

  partnerships: (args, s) => {
    const zone = args.zone ? namedArgument(s, args.zone, 'Zone', 'zone', 'zone') : null;
    const university = args.university
      ? namedArgument(s, args.university, 'University', 'university', 'university')
      : null;
    const value = list((_b, _a, sc) => {
      const z = sc.fresh('z');
      const r = sc.fresh('r');
      const u = sc.fresh('u');
      const match = zone
        ? `UNWIND ${zone.list} AS ${z}\nMATCH (${z})-[${r}:PARTNERS_WITH]->(${u}:University)`
        : `MATCH (${z}:Zone)-[${r}:PARTNERS_WITH]->(${u}:University)`;
      return {
        clauses: `${match}${university ? ` WHERE ${u} IN ${university.list}` : ''}`,
        binding: { rel: r, zone: z, university: u },
        orderBy: [`${z}.name`, `${z}.id`, `${u}.name`, `${u}.id`],
      };
    });
    return combine(
      [zone, university].filter((n): n is NamedArgument => n !== null),
      value,
    );
  },

  awardRecipients: (args, s) => {
    const award = namedArgument(s, args.award, 'Award', 'award', 'award');
    const value = list((_b, _a, sc) => {
      const a = sc.fresh('a');
      const x = sc.fresh('x');
      const r = sc.fresh('r');
      return {
        clauses: `UNWIND ${award.list} AS ${a}\nMATCH (${x}:Entity)-[${r}:RECEIVED]->(${a})${grantFilter(r, args, s)}`,
        binding: { rel: r, recipient: x, award: a },
        orderBy: grantOrder(r, x),
      };
    });
    return combine([award], value);
  },

  shortestPath: (args, s) => {
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
        binding: { path: p },
      };
    });
    return combine([from, to], value);
  },

  neighborhood: (args, s) => {
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
        binding: { nodes: seen, rels: `${rels}[0..${max}]`, truncated: `(${cut} OR size(${rels}) > ${max})` },
        nullCheck: c,
      }),
    });
    return { ...plan, prelude: [...(plan.prelude ?? []), ...lines] };
  },

  serviceInfo: (_args, s) => {
    const version = s.fresh('version');
    const edition = s.fresh('edition');
    return {
      prelude: [
        `CALL dbms.components() YIELD versions, edition\nWITH versions[0] AS ${version}, edition AS ${edition} LIMIT 1`,
      ],
      value: { kind: 'object', direct: () => ({ binding: { version, edition } }) },
    };
  },
};

function rootResolver(name: string) {
  const planner = PLANNERS[name]!;
  return (_parent: unknown, args: Args, ctx: RequestContext, info: GraphQLResolveInfo) =>
    resolveRoot(SPECS, ctx, info, args, planner);
}

export const Query: QueryResolvers = Object.fromEntries(
  Object.keys(PLANNERS).map((name) => [name, rootResolver(name)]),
) as QueryResolvers;
