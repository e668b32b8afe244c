// Enterprise: companies with their zones, awards, brands, clusters, leaders and universities.
import type { EnterpriseResolvers } from '../generated/resolvers-types.js';
import { nodes, prop, scalar } from '../translate/spec.js';
import { awardsReceived } from './award-grant.js';
import { entityType } from './entity.js';
import { projectedResolvers } from './projected.js';

export const EnterpriseSpec = entityType<EnterpriseResolvers>('Enterprise', {
  founded: scalar((b) => `toInteger(${b.node}.founded)`),
  description: prop('description'),
  zones: nodes((n, z) => `MATCH (${n})-[:LOCATED_IN]->(${z}:Zone)`),
  awards: awardsReceived,
  brands: nodes((n, x) => `MATCH (${n})-[:OWNS]->(${x}:Brand)`),
  clusters: nodes((n, c) => `MATCH (${n})-[:MEMBER_OF]->(${c}:Cluster)`),
  organizations: nodes((n, o) => `MATCH (${n})-[:MEMBER_OF]->(${o}:Organization)`),
  leaders: {
    kind: 'object',
    query: (b, _args, s) => {
      const p = s.fresh('p');
      const r = s.fresh('r');
      return {
        clauses: `MATCH (${p}:Person)-[${r}:LEADS]->(${b.node})`,
        binding: { rel: r, person: p, enterprise: b.node! },
        orderBy: [`${p}.name`, `${p}.id`],
      };
    },
  },
  universities: nodes((n, u) => `MATCH (${n})-[:COOPERATES_WITH]->(${u}:University)`),
});

export const Enterprise: EnterpriseResolvers = projectedResolvers<EnterpriseResolvers>(EnterpriseSpec);
