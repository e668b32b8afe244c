// Zone: districts, development zones, parks… with their enterprises, partner universities,
// brands, clusters and awards.
import type { ZoneResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { awardsReceived } from './award-grant.js';
import { entityType } from './entity.js';
import { partnershipsOfZone } from './partnership.js';

export const partOf = nodes(
  (n, p) => `MATCH (${n})-[:PART_OF]->(${p}:Entity)`,
  (p) => [`${p}.id`],
);

export const ZoneSpec = entityType<ZoneResolvers>('Zone', {
  zoneType: prop('zoneType'),
  level: prop('level'),
  partOf,
  parts: nodes((n, c) => `MATCH (${c}:Zone)-[:PART_OF]->(${n})`),
  enterprises: nodes((n, e) => `MATCH (${e}:Enterprise)-[:LOCATED_IN]->(${n})`),
  partnerships: partnershipsOfZone,
  brands: nodes((n, x) => `MATCH (${n})-[:PROMOTES]->(${x}:Brand)`),
  clusters: nodes((n, c) => `MATCH (${c}:Cluster)-[:LOCATED_IN]->(${n})`),
  awards: awardsReceived,
});
