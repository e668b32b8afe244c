// Every root field's planner, by field name. A planner turns the arguments into one
// statement's prelude and the way its answer is read (translate/root.ts); the mapped type
// makes the compiler demand a planner for every field of Query.
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { labelOf } from '../resolvers/entity.js';
import type { RootPlanner } from '../translate/root.js';
import type { FieldsOf } from '../translate/spec.js';
import { connection } from './connection.js';
import { awardRecipients, document, documents, entity, indicators, partnerships, serviceInfo } from './lists.js';
import { neighborhood } from './neighborhood.js';
import { lookup, search } from './search.js';
import { shortestPath } from './shortest-path.js';

export const PLANNERS: { readonly [K in FieldsOf<QueryResolvers>]-?: RootPlanner } = {
  entity,
  lookup,
  search,
  entities: (args, s) => connection(labelOf(args.kind))(args, s),
  enterprises: connection('Enterprise'),
  zones: connection('Zone'),
  universities: connection('University'),
  brands: connection('Brand'),
  awards: connection('Award'),
  documents,
  document,
  indicators,
  partnerships,
  awardRecipients,
  shortestPath,
  neighborhood,
  serviceInfo,
};
