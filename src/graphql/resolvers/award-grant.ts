// AwardGrant: a RECEIVED relationship seen as (recipient, award, year, status, evidence).
import type { AwardGrantResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, type Args, type ObjectSpec } from '../translate/spec.js';
import type { CypherScope } from '../translate/scope.js';
import { projectedResolvers } from './projected.js';

/** `AND …` conditions for the optional year/status arguments on relationship `r`. */
export function grantFilter(r: string, args: Args, s: CypherScope): string {
  const conditions: string[] = [];
  if (args.year !== null && args.year !== undefined) conditions.push(`${r}.year = ${s.int(args.year as number)}`);
  if (args.status) conditions.push(`${r}.status = ${s.param(args.status)}`);
  return conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
}

/** Order of grants: AWARDED before NOMINATED, latest year first, then by name. */
export const grantOrder = (r: string, named: string): string[] => [
  `${r}.status`,
  `coalesce(${r}.year, 0) DESC`,
  `${named}.name`,
  `${named}.id`,
];

/** Grants an entity received (`year`/`status` arguments filter). */
export const awardsReceived: ObjectSpec = {
  kind: 'object',
  query: (b, args, s) => {
    const r = s.fresh('r');
    const a = s.fresh('a');
    return {
      clauses: `MATCH (${b.node})-[${r}:RECEIVED]->(${a}:Award)${grantFilter(r, args, s)}`,
      binding: { rel: r, recipient: b.node!, award: a },
      orderBy: grantOrder(r, a),
    };
  },
};

export const AwardGrantSpec = defineType<AwardGrantResolvers>('AwardGrant', {
  recipient: bound('recipient'),
  award: bound('award'),
  year: { kind: 'scalar', expr: (b) => `${b.rel}.year` },
  status: { kind: 'scalar', expr: (b) => `${b.rel}.status` },
  evidence: evidenceOf('rel'),
  coRecipients: {
    kind: 'object',
    query: (b, _args, s) => {
      const o = s.fresh('o');
      const r = s.fresh('r');
      return {
        clauses: `MATCH (${o}:Entity)-[${r}:RECEIVED]->(${b.award}) WHERE ${o} <> ${b.recipient} AND (${r}.year = ${b.rel}.year OR (${r}.year IS NULL AND ${b.rel}.year IS NULL))`,
        binding: { rel: r, recipient: o, award: b.award! },
        orderBy: grantOrder(r, o),
      };
    },
  },
});

export const AwardGrant: AwardGrantResolvers = projectedResolvers<AwardGrantResolvers>(AwardGrantSpec);
