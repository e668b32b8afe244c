// BrandConnection and BrandEdge: a page of brands.
import type { BrandConnectionResolvers, BrandEdgeResolvers } from '../generated/resolvers-types.js';
import { defineType } from '../translate/spec.js';
import { connectionFields, edgeFields } from './connection.js';
import { projectedResolvers } from './projected.js';

export const BrandConnectionSpec = defineType<BrandConnectionResolvers>('BrandConnection', connectionFields());
export const BrandEdgeSpec = defineType<BrandEdgeResolvers>('BrandEdge', edgeFields());

export const BrandConnection: BrandConnectionResolvers =
  projectedResolvers<BrandConnectionResolvers>(BrandConnectionSpec);
export const BrandEdge: BrandEdgeResolvers = projectedResolvers<BrandEdgeResolvers>(BrandEdgeSpec);
