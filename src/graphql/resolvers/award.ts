// Award: awards, certifications and designations, who confers them and who received them.
import type { AwardResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { grantFilter, grantOrder } from './award-grant.js';
import { entityType } from './entity.js';
import { projectedResolvers } from './projected.js';

export const AwardSpec = entityType<AwardResolvers>('Award', {
  level: prop('level'),
  category: prop('category'),
  conferredBy: nodes((n, x) => `MATCH (${n})-[:CONFERRED_BY]->(${x}:Entity)`),
  recipients: {
    kind: 'object',
    query: (b, args, s) => {
      const x = s.fresh('x');
      const r = s.fresh('r');
      return {
        clauses: `MATCH (${x}:Entity)-[${r}:RECEIVED]->(${b.node})${grantFilter(r, args, s)}`,
        binding: { rel: r, recipient: x, award: b.node! },
        orderBy: grantOrder(r, x),
      };
    },
  },
});

export const Award: AwardResolvers = projectedResolvers<AwardResolvers>(AwardSpec);
