// Cluster: industrial clusters and leading industries, their zones and member enterprises.
import type { ClusterResolvers } from '../generated/resolvers-types.js';
import { nodes } from '../translate/spec.js';
import { entityType } from './entity.js';

export const ClusterSpec = entityType<ClusterResolvers>('Cluster', {
  zones: nodes((n, z) => `MATCH (${n})-[:LOCATED_IN]->(${z}:Zone)`),
  members: nodes((n, e) => `MATCH (${e}:Enterprise)-[:MEMBER_OF]->(${n})`),
});
