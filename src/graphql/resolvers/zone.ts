// Zone: districts, development zones, parks… with their enterprises, partner universities,
// brands, clusters and awards.
import type { ZoneResolvers } from '../generated/resolvers-types.js';
import { nodes, prop, type ObjectSpec } from '../translate/spec.js';
import { awardsReceived } from './award-grant.js';
import { entityType } from './entity.js';
import { projectedResolvers } from './projected.js';

/** `(zone)-[:PARTNERS_WITH]->(university)` from either end. */
export function partnershipsOf(end: 'zone' | 'university'): ObjectSpec {
  return {
    kind: 'object',
    query: (b, _args, s) => {
      const r = s.fresh('r');
      const other = s.fresh(end === 'zone' ? 'u' : 'z');
      const pattern =
        end === 'zone'
          ? `(${b.node})-[${r}:PARTNERS_WITH]->(${other}:University)`
          : `(${other}:Zone)-[${r}:PARTNERS_WITH]->(${b.node})`;
      return {
        clauses: `MATCH ${pattern}`,
        binding:
          end === 'zone' ? { rel: r, zone: b.node!, university: other } : { rel: r, zone: other, university: b.node! },
        orderBy: [`${other}.name`, `${other}.id`],
      };
    },
  };
}

export const partOf: ObjectSpec = nodes(
  (n, p) => `MATCH (${n})-[:PART_OF]->(${p}:Entity)`,
  (p) => [`${p}.id`],
);

export const ZoneSpec = entityType<ZoneResolvers>('Zone', {
  zoneType: prop('zoneType'),
  level: prop('level'),
  partOf,
  parts: nodes((n, c) => `MATCH (${c}:Zone)-[:PART_OF]->(${n})`),
  enterprises: nodes((n, e) => `MATCH (${e}:Enterprise)-[:LOCATED_IN]->(${n})`),
  partnerships: partnershipsOf('zone'),
  brands: nodes((n, x) => `MATCH (${n})-[:PROMOTES]->(${x}:Brand)`),
  clusters: nodes((n, c) => `MATCH (${c}:Cluster)-[:LOCATED_IN]->(${n})`),
  awards: awardsReceived,
});

export const Zone: ZoneResolvers = projectedResolvers<ZoneResolvers>(ZoneSpec);
