// Names the graph model (SPEC §1) fixes, shared by the validator and its tests.

/** Labels of domain nodes; each such node also carries `Entity`. */
export const DOMAIN_LABELS = [
  'Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place',
] as const;
export type DomainLabel = (typeof DOMAIN_LABELS)[number];

export const AWARD_STATUSES = ['AWARDED', 'NOMINATED'] as const;
export const DOCUMENT_KINDS = ['article', 'reference'] as const;

/** The one relationship type that carries no provenance of its own. */
export const MENTIONS = 'MENTIONS';
