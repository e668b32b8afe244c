// ServiceInfo: this service (package.json) and the Neo4j answering it.
import { createRequire } from 'node:module';
import type { ServiceInfoResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

const pkg = createRequire(import.meta.url)('../../../package.json') as { name: string; version: string };

export const ServiceInfoSpec = defineType<ServiceInfoResolvers>('ServiceInfo', {
  name: scalar((_b, _a, s) => s.constant('serviceName', pkg.name)),
  version: scalar((_b, _a, s) => s.constant('serviceVersion', pkg.version)),
  neo4jVersion: scalar((b) => `coalesce(${b.version}, 'unknown')`),
  neo4jEdition: scalar((b) => `coalesce(${b.edition}, 'unknown')`),
});

export const ServiceInfo: ServiceInfoResolvers = projectedResolvers<ServiceInfoResolvers>(ServiceInfoSpec);
