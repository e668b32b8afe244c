// Partnership: a PARTNERS_WITH relationship seen as (zone, university, via, evidence).
import type { PartnershipResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, relationships, scalar, type NodeBinding } from '../translate/spec.js';

export type PartnershipBinding = { readonly rel: string; readonly zone: string; readonly university: string };

/** `(zone)-[:PARTNERS_WITH]->(university)` seen from the zone's end. */
export const partnershipsOfZone = relationships<NodeBinding, PartnershipBinding>({
  names: ['r', 'u'],
  match: (b, { rel, other }) => `MATCH (${b.node})-[${rel}:PARTNERS_WITH]->(${other}:University)`,
  bind: (b, { rel, other }) => ({ rel, zone: b.node, university: other }),
});

/** `(zone)-[:PARTNERS_WITH]->(university)` seen from the university's end. */
export const partnershipsOfUniversity = relationships<NodeBinding, PartnershipBinding>({
  names: ['r', 'z'],
  match: (b, { rel, other }) => `MATCH (${other}:Zone)-[${rel}:PARTNERS_WITH]->(${b.node})`,
  bind: (b, { rel, other }) => ({ rel, zone: other, university: b.node }),
});

export const PartnershipSpec = defineType<PartnershipResolvers, PartnershipBinding>('Partnership', {
  zone: bound('zone'),
  university: bound('university'),
  via: scalar((b) => `coalesce(${b.rel}.via, [])`),
  evidence: evidenceOf('rel'),
});
