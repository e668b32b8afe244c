// Project: programmes, projects, products, standards and events.
import type { ProjectResolvers } from '../generated/resolvers-types.js';
import { nodes, prop } from '../translate/spec.js';
import { entityType } from './entity.js';

export const ProjectSpec = entityType<ProjectResolvers>('Project', {
  projectType: prop('projectType'),
  participants: nodes((n, x) => `MATCH (${x}:Entity)-->(${n}) WITH DISTINCT ${x}`),
});
