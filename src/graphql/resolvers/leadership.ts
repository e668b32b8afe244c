// Leadership: a LEADS relationship seen as (person, enterprise, role, evidence).
import type { LeadershipResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, scalar } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

export const LeadershipSpec = defineType<LeadershipResolvers>('Leadership', {
  person: bound('person'),
  enterprise: bound('enterprise'),
  role: scalar((b) => `coalesce(${b.rel}.role, '')`),
  evidence: evidenceOf('rel'),
});

export const Leadership: LeadershipResolvers = projectedResolvers<LeadershipResolvers>(LeadershipSpec);
