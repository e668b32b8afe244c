// Place: cities, provinces and countries.
import type { PlaceResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { entityType } from './entity.js';
import { partOf } from './zone.js';

export const PlaceSpec = entityType<PlaceResolvers>('Place', {
  placeType: prop('placeType'),
  partOf,
  parts: nodes((n, c) => `MATCH (${c}:Entity)-[:PART_OF]->(${n})`),
  awardsConferred: nodes((n, a) => `MATCH (${a}:Award)-[:CONFERRED_BY]->(${n})`),
});
