// EnterpriseConnection and EnterpriseEdge: a page of enterprises.
import type { EnterpriseConnectionResolvers, EnterpriseEdgeResolvers } from '../generated/resolvers-types.js';
import { defineType } from '../translate/spec.js';
import { connectionFields, edgeFields } from './connection.js';
import { projectedResolvers } from './projected.js';

export const EnterpriseConnectionSpec = defineType<EnterpriseConnectionResolvers>(
  'EnterpriseConnection',
  connectionFields(),
);
export const EnterpriseEdgeSpec = defineType<EnterpriseEdgeResolvers>('EnterpriseEdge', edgeFields());

export const EnterpriseConnection: EnterpriseConnectionResolvers =
  projectedResolvers<EnterpriseConnectionResolvers>(EnterpriseConnectionSpec);
export const EnterpriseEdge: EnterpriseEdgeResolvers = projectedResolvers<EnterpriseEdgeResolvers>(EnterpriseEdgeSpec);
