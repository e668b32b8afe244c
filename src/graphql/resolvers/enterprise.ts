// Enterprise: companies with their zones, awards, brands, clusters, leaders and universities.
import type { EnterpriseResolvers } from '../generated/resolvers-types.js';
import { nodes, prop, relationships, scalar, type NodeBinding } from '../translate/spec.js';
import { awardsReceived } from './award-grant.js';
import { entityType } from './entity.js';
import type { LeadershipBinding } from './leadership.js';

export const EnterpriseSpec = entityType<EnterpriseResolvers>('Enterprise', {
  founded: scalar((b) => `toInteger(${b.node}.founded)`),
  description: prop('description'),
  zones: nodes((n, z) => `MATCH (${n})-[:LOCATED_IN]->(${z}:Zone)`),
  awards: awardsReceived,
  brands: nodes((n, x) => `MATCH (${n})-[:OWNS]->(${x}:Brand)`),
  clusters: nodes((n, c) => `MATCH (${n})-[:MEMBER_OF]->(${c}:Cluster)`),
  organizations: nodes((n, o) => `MATCH (${n})-[:MEMBER_OF]->(${o}:Organization)`),
  leaders: relationships<NodeBinding, LeadershipBinding>({
    names: ['r', 'p'],
    match: (b, { rel, other }) => `MATCH (${other}:Person)-[${rel}:LEADS]->(${b.node})`,
    bind: (b, { rel, other }) => ({ rel, person: other, enterprise: b.node }),
  }),
  universities: nodes((n, u) => `MATCH (${n})-[:COOPERATES_WITH]->(${u}:University)`),
});
