// Root fields that read one value or a list by id or filter: `entity`, `documents`,
// `document`, `indicators`, `partnerships`, `awardRecipients`, `serviceInfo`.
import { grantFilter, grantOrder } from '../resolvers/award-grant.js';
import type { ServiceBinding } from '../resolvers/service-info.js';
import type { RootPlanner } from '../translate/root.js';
import { combine, list, namedArgument, type NamedArgument } from './named-argument.js';

export const entity: RootPlanner = (args, s) => ({
  value: list((_b, _a, sc) => {
    const v = sc.fresh('v');
    return { clauses: `MATCH (${v}:Entity {id: ${s.param(String(args.id))}})`, binding: { node: v } };
  }),
});

export const documents: RootPlanner = (args, s) => ({
  value: list((_b, _a, sc) => {
    const d = sc.fresh('d');
    const kind = args.kind ? ` WHERE ${d}.kind = ${s.param(String(args.kind).toLowerCase())}` : '';
    return { clauses: `MATCH (${d}:Document)${kind}`, binding: { node: d }, orderBy: [`${d}.id`] };
  }),
});

export const document: RootPlanner = (args, s) => ({
  value: list((_b, _a, sc) => {
    const d = sc.fresh('d');
    return { clauses: `MATCH (${d}:Document {id: ${s.param(String(args.id))}})`, binding: { node: d } };
  }),
});

export const indicators: RootPlanner = (args, s) => {
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
};

export const partnerships: RootPlanner = (args, s) => {
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
};

export const awardRecipients: RootPlanner = (args, s) => {
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
};

export const serviceInfo: RootPlanner = (_args, s) => {
  const version = s.fresh('version');
  const edition = s.fresh('edition');
  return {
    prelude: [
      `CALL dbms.components() YIELD versions, edition\nWITH versions[0] AS ${version}, edition AS ${edition} LIMIT 1`,
    ],
    value: { kind: 'object', direct: (): { binding: ServiceBinding } => ({ binding: { version, edition } }) },
  };
};
