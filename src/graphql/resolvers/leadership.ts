// Leadership: a LEADS relationship seen as (person, enterprise, role, evidence).
import type { LeadershipResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, scalar } from '../translate/spec.js';

export type LeadershipBinding = { readonly rel: string; readonly person: string; readonly enterprise: string };

export const LeadershipSpec = defineType<LeadershipResolvers, LeadershipBinding>('Leadership', {
  person: bound('person'),
  enterprise: bound('enterprise'),
  role: scalar((b) => `coalesce(${b.rel}.role, '')`),
  evidence: evidenceOf('rel'),
});
