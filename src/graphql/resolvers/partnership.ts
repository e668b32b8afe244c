// Partnership: a PARTNERS_WITH relationship seen as (zone, university, via, evidence).
import type { PartnershipResolvers } from '../generated/resolvers-types.js';
import { bound, defineType, evidenceOf, scalar } from '../translate/spec.js';
import { projectedResolvers } from './projected.js';

export const PartnershipSpec = defineType<PartnershipResolvers>('Partnership', {
  zone: bound('zone'),
  university: bound('university'),
  via: scalar((b) => `coalesce(${b.rel}.via, [])`),
  evidence: evidenceOf('rel'),
});

export const Partnership: PartnershipResolvers = projectedResolvers<PartnershipResolvers>(PartnershipSpec);
