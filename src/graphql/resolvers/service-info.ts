// ServiceInfo: this service (package.json) and the Neo4j answering it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import type { ServiceInfoResolvers } from '../generated/resolvers-types.js';
import { defineType, scalar } from '../translate/spec.js';

// From the project root rather than relative to this module, so the bundled server finds it too.
const pkg = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

/** The Neo4j components row: version and edition variables. */
export type ServiceBinding = { readonly version: string; readonly edition: string };

export const ServiceInfoSpec = defineType<ServiceInfoResolvers, ServiceBinding>('ServiceInfo', {
  name: scalar<ServiceBinding>((_b, _a, s) => s.constant('serviceName', pkg.name)),
  version: scalar<ServiceBinding>((_b, _a, s) => s.constant('serviceVersion', pkg.version)),
  neo4jVersion: scalar<ServiceBinding>((b) => `coalesce(${b.version}, 'unknown')`),
  neo4jEdition: scalar<ServiceBinding>((b) => `coalesce(${b.edition}, 'unknown')`),
});
