// Names the graph model (SPEC §1) fixes: the one list of labels, statuses and document kinds
// that the validator, the API, the drafter and the benchmark share.

/** Labels of domain nodes; each such node also carries `Entity`. */
export const DOMAIN_LABELS = [
  'Enterprise',
  'Zone',
  'University',
  'Brand',
  'Award',
  'Cluster',
  'Person',
  'Organization',
  'Project',
  'Place',
] as const;
export type DomainLabel = (typeof DOMAIN_LABELS)[number];

export const AWARD_STATUSES = ['AWARDED', 'NOMINATED'] as const;
export const DOCUMENT_KINDS = ['article', 'reference'] as const;

/** The one relationship type that carries no provenance of its own. */
export const MENTIONS = 'MENTIONS';

/** Facts that hold for a year: kept in the relationship registry with every other per-type fact. */
export { YEAR_KEYED_TYPES } from './relationship-types.js';
