// Person: people and the enterprises they lead.
import type { PersonResolvers } from '../generated/resolvers-types.js';
import { entityType } from './entity.js';
import { projectedResolvers } from './projected.js';

export const PersonSpec = entityType<PersonResolvers>('Person', {
  roles: {
    kind: 'object',
    query: (b, _args, s) => {
      const e = s.fresh('e');
      const r = s.fresh('r');
      return {
        clauses: `MATCH (${b.node})-[${r}:LEADS]->(${e}:Enterprise)`,
        binding: { rel: r, person: b.node!, enterprise: e },
        orderBy: [`${e}.name`, `${e}.id`],
      };
    },
  },
});

export const Person: PersonResolvers = projectedResolvers<PersonResolvers>(PersonSpec);
