// Brand: trademarks and regional brands, their owners, promoting zones and certifications.
import type { BrandResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { awardsReceived } from './award-grant.js';
import { entityType } from './entity.js';

export const BrandSpec = entityType<BrandResolvers>('Brand', {
  brandType: prop('brandType'),
  owners: nodes((n, o) => `MATCH (${o}:Entity)-[:OWNS]->(${n})`),
  promotedBy: nodes((n, z) => `MATCH (${z}:Zone)-[:PROMOTES]->(${n})`),
  awards: awardsReceived,
});
