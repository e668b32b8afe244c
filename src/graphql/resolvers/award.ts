// Award: awards, certifications and designations, who confers them and who received them.
import type { AwardResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { recipientsOf } from './award-grant.js';
import { entityType } from './entity.js';

export const AwardSpec = entityType<AwardResolvers>('Award', {
  level: prop('level'),
  category: prop('category'),
  conferredBy: nodes((n, x) => `MATCH (${n})-[:CONFERRED_BY]->(${x}:Entity)`),
  recipients: recipientsOf,
});
