// The one registry of relationship types (SPEC §1 and the types the articles needed since).
// Everything that knows about a relationship type reads it from here: the drafter's rules
// (which types they may propose), the Cypher writer (MERGE keys: year-keyed or not), the
// validator (endpoint labels, required properties), the drafting eval (how facts match), the
// review workspace (the type picker and its property fields) and the docs' type table.
// Adding a type is one record below.
import type { DomainLabel } from './graph-model.js';

/** How a relationship property is typed, for validation and for the review form. */
export type PropertyValueType = 'integer' | 'string' | 'string-list' | 'award-status' | 'boolean';

export interface RelationshipProperty {
  name: string;
  valueType: PropertyValueType;
  /** A fact of this type without the property breaks the model. */
  required: boolean;
  description: string;
}

export interface RelationshipType {
  /** UPPER_SNAKE verb, as stored in Neo4j. */
  type: string;
  /** One sentence: what `(from)-[:TYPE]->(to)` says. */
  meaning: string;
  /** Labels its start node may have. */
  from: readonly DomainLabel[];
  /** Labels its end node may have. */
  to: readonly DomainLabel[];
  /**
   * Facts that hold for a year: MERGEd on (from, type, to, year), so another year is another
   * relationship; one without a year is the single undated one of its ends.
   */
  yearKeyed: boolean;
  /** Properties beyond the provenance every fact carries (`sources`, `evidence`, `inferred`, `note`). */
  properties: readonly RelationshipProperty[];
  /** Named in SPEC §1 (as opposed to added for what the articles state). */
  core: boolean;
}

const year: RelationshipProperty = {
  name: 'year',
  valueType: 'integer',
  required: false,
  description: 'the year the article gives',
};

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  {
    type: 'LOCATED_IN',
    meaning: 'sits in the zone or place',
    from: ['Enterprise', 'Cluster', 'Project', 'Zone', 'University', 'Organization'],
    to: ['Zone', 'Place'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'PART_OF',
    meaning: 'is administratively part of',
    from: ['Zone', 'Place', 'Organization', 'University', 'Project'],
    to: ['Zone', 'Place', 'Organization', 'Project'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'PARTNERS_WITH',
    meaning: 'cooperates with the university (directly or through its enterprises, by a programme)',
    from: ['Zone'],
    to: ['University'],
    yearKeyed: false,
    properties: [
      { name: 'via', valueType: 'string-list', required: true, description: 'the programmes of the cooperation' },
    ],
    core: true,
  },
  {
    type: 'COOPERATES_WITH',
    meaning: 'cooperates with the university',
    from: ['Enterprise'],
    to: ['University'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'RECEIVED',
    meaning: 'won, or was nominated for, the award',
    from: ['Enterprise', 'Brand', 'Zone', 'University', 'Person', 'Organization', 'Place', 'Project'],
    to: ['Award'],
    yearKeyed: true,
    properties: [
      year,
      { name: 'status', valueType: 'award-status', required: true, description: 'AWARDED or NOMINATED' },
    ],
    core: true,
  },
  {
    type: 'OWNS',
    meaning: 'owns the trademark or brand',
    from: ['Enterprise'],
    to: ['Brand'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'PROMOTES',
    meaning: 'promotes the regional or city brand',
    from: ['Zone', 'Place'],
    to: ['Brand'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'MEMBER_OF',
    meaning: 'is a member of the cluster, alliance or body',
    from: ['Enterprise', 'University', 'Organization'],
    to: ['Cluster', 'Organization'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'LEADS',
    meaning: 'leads, in the role given',
    from: ['Person'],
    to: ['Enterprise', 'Organization', 'Zone', 'University', 'Place'],
    yearKeyed: false,
    properties: [{ name: 'role', valueType: 'string', required: true, description: 'e.g. general manager, secretary' }],
    core: true,
  },
  {
    type: 'CONFERRED_BY',
    meaning: 'is conferred by the body or place',
    from: ['Award'],
    to: ['Organization', 'Place'],
    yearKeyed: false,
    properties: [],
    core: true,
  },
  {
    type: 'ESTABLISHED',
    meaning: 'set up the award, body, zone or programme',
    from: ['Organization', 'Zone', 'Place', 'Enterprise', 'University'],
    to: ['Award', 'Organization', 'Zone', 'Project', 'Enterprise'],
    yearKeyed: false,
    properties: [year],
    core: false,
  },
  {
    type: 'HOLDS',
    meaning: 'holds the event or programme',
    from: ['Organization', 'Zone', 'Place', 'Enterprise', 'University'],
    to: ['Project'],
    yearKeyed: false,
    properties: [year],
    core: false,
  },
  {
    type: 'IMPLEMENTS',
    meaning: 'carries out the programme or project',
    from: ['Zone', 'Place', 'Organization', 'Enterprise'],
    to: ['Project'],
    yearKeyed: true,
    properties: [year],
    core: false,
  },
  {
    type: 'PRESENTS',
    meaning: 'presents the award (an event that hands it out)',
    from: ['Project', 'Organization'],
    to: ['Award'],
    yearKeyed: true,
    properties: [year],
    core: false,
  },
  {
    type: 'MANUFACTURES',
    meaning: 'makes the product',
    from: ['Enterprise'],
    to: ['Project', 'Brand'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'DEVELOPS',
    meaning: 'develops the product or project',
    from: ['Enterprise', 'Zone', 'University'],
    to: ['Project'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'FORMULATED_STANDARD',
    meaning: 'drew up the standard',
    from: ['Enterprise', 'Organization'],
    to: ['Project'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'APPLIED_FOR',
    meaning: 'applied for the award, title or brand',
    from: ['Zone', 'Enterprise', 'Place'],
    to: ['Award', 'Brand'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'APPLIED_IN',
    meaning: 'is applied in the project',
    from: ['Cluster', 'Enterprise'],
    to: ['Project'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'CONTRIBUTES_TO',
    meaning: 'contributes to the cluster',
    from: ['Enterprise'],
    to: ['Cluster'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'COVERS',
    meaning: 'covers the zone',
    from: ['Project'],
    to: ['Zone', 'Place'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'INCLUDES',
    meaning: 'includes the zone',
    from: ['Project'],
    to: ['Zone', 'Place'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'GOVERNS',
    meaning: 'is the government body of the place',
    from: ['Organization'],
    to: ['Place', 'Zone'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'HELD_IN',
    meaning: 'took place in',
    from: ['Project'],
    to: ['Place', 'Zone'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'SOLD_IN',
    meaning: 'is sold in',
    from: ['Project', 'Brand'],
    to: ['Place'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'OPERATES',
    meaning: 'runs the facility or institute',
    from: ['Enterprise', 'Organization'],
    to: ['University', 'Project', 'Zone'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'PARTICIPATES_IN',
    meaning: 'takes part in',
    from: ['Enterprise', 'University', 'Organization'],
    to: ['Zone', 'Project'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'PURSUES',
    meaning: 'works towards the title',
    from: ['Place', 'Zone'],
    to: ['Award'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'RELIES_ON',
    meaning: 'builds its development on the enterprise',
    from: ['Zone', 'Place'],
    to: ['Enterprise'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
  {
    type: 'USES',
    meaning: 'uses the award or scheme',
    from: ['Organization', 'Enterprise'],
    to: ['Award', 'Project'],
    yearKeyed: false,
    properties: [],
    core: false,
  },
];

const BY_TYPE = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t]));

/** The registry's record of a type, or undefined for a type the model does not know. */
export function relationshipType(type: string): RelationshipType | undefined {
  return BY_TYPE.get(type);
}

/** Types MERGEd on (from, type, to, year). */
export const YEAR_KEYED_TYPES: readonly string[] = RELATIONSHIP_TYPES.filter((t) => t.yearKeyed).map((t) => t.type);
