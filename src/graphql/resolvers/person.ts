// Person: people and the enterprises they lead.
import type { PersonResolvers } from '../generated/resolvers-types.js';
import { relationships, type NodeBinding } from '../translate/spec.js';
import { entityType } from './entity.js';
import type { LeadershipBinding } from './leadership.js';

export const PersonSpec = entityType<PersonResolvers>('Person', {
  roles: relationships<NodeBinding, LeadershipBinding>({
    names: ['r', 'e'],
    match: (b, { rel, other }) => `MATCH (${b.node})-[${rel}:LEADS]->(${other}:Enterprise)`,
    bind: (b, { rel, other }) => ({ rel, person: b.node, enterprise: other }),
  }),
});
