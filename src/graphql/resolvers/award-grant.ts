// AwardGrant: a RECEIVED relationship seen as (recipient, award, year, status, evidence).
import type { AwardGrantResolvers } from '../generated/resolvers-types.js';
import type { CypherScope } from '../translate/scope.js';
import {
  bound,
  defineType,
  evidenceOf,
  relationships,
  scalar,
  type Args,
  type NodeBinding,
} from '../translate/spec.js';

/** One grant: the RECEIVED relationship and its two ends. */
export type GrantBinding = { readonly rel: string; readonly recipient: string; readonly award: string };

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
export const awardsReceived = relationships<NodeBinding, GrantBinding>({
  names: ['r', 'a'],
  match: (b, { rel, other }, args, s) =>
    `MATCH (${b.node})-[${rel}:RECEIVED]->(${other}:Award)${grantFilter(rel, args, s)}`,
  bind: (b, { rel, other }) => ({ rel, recipient: b.node, award: other }),
  order: ({ rel, other }) => grantOrder(rel, other),
});

/** Grants of an award (`year`/`status` arguments filter). */
export const recipientsOf = relationships<NodeBinding, GrantBinding>({
  match: (b, { rel, other }, args, s) =>
    `MATCH (${other}:Entity)-[${rel}:RECEIVED]->(${b.node})${grantFilter(rel, args, s)}`,
  bind: (b, { rel, other }) => ({ rel, recipient: other, award: b.node }),
  order: ({ rel, other }) => grantOrder(rel, other),
});

export const AwardGrantSpec = defineType<AwardGrantResolvers, GrantBinding>('AwardGrant', {
  recipient: bound('recipient'),
  award: bound('award'),
  year: scalar((b) => `${b.rel}.year`),
  status: scalar((b) => `${b.rel}.status`),
  evidence: evidenceOf('rel'),
  coRecipients: relationships<GrantBinding, GrantBinding>({
    names: ['r', 'o'],
    match: (b, { rel: r, other: o }) =>
      `MATCH (${o}:Entity)-[${r}:RECEIVED]->(${b.award}) WHERE ${o} <> ${b.recipient} AND (${r}.year = ${b.rel}.year OR (${r}.year IS NULL AND ${b.rel}.year IS NULL))`,
    bind: (b, { rel, other }) => ({ rel, recipient: other, award: b.award }),
    order: ({ rel, other }) => grantOrder(rel, other),
  }),
});
