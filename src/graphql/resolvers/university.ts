// University: universities and research institutes, their partner zones and enterprises.
import type { UniversityResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { entityType } from './entity.js';
import { partnershipsOfUniversity } from './partnership.js';

export const UniversitySpec = entityType<UniversityResolvers>('University', {
  institutionType: prop('institutionType'),
  partnerships: partnershipsOfUniversity,
  enterprises: nodes((n, e) => `MATCH (${e}:Enterprise)-[:COOPERATES_WITH]->(${n})`),
});
