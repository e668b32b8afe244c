// Organization: government bodies, committees, academies and alliances.
import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { entityType } from './entity.js';

export const OrganizationSpec = entityType<OrganizationResolvers>('Organization', {
  organizationType: prop('organizationType'),
  description: prop('description'),
  members: nodes((n, m) => `MATCH (${m}:Entity)-[:MEMBER_OF]->(${n})`),
  awardsConferred: nodes((n, a) => `MATCH (${a}:Award)-[:CONFERRED_BY]->(${n})`),
});
