// University: universities and research institutes, their partner zones and enterprises.
import type { UniversityResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { entityType } from './entity.js';
import { projectedResolvers } from './projected.js';
import { partnershipsOf } from './zone.js';

export const UniversitySpec = entityType<UniversityResolvers>('University', {
  institutionType: prop('institutionType'),
  partnerships: partnershipsOf('university'),
  enterprises: nodes((n, e) => `MATCH (${e}:Enterprise)-[:COOPERATES_WITH]->(${n})`),
});

export const University: UniversityResolvers = projectedResolvers<UniversityResolvers>(UniversitySpec);
