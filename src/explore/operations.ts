// The GraphQL operations behind the explorer's pages, and the shapes of their answers.
// They compose the API's fields (entity, relationshipGroups, relationships, indicators,
// neighborhood, document, mentions, shortestPath, search).

const REF = 'id name kind';
const EVIDENCE = 'evidence { quote document { id title } }';

export interface RefData {
  id: string;
  name: string;
  kind: string;
}
export interface EvidenceData {
  quote: string;
  document: { id: string; title: string };
}
export interface RelationshipData {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  other: RefData;
  properties: Record<string, unknown>;
  evidence: EvidenceData[];
}
export interface IndicatorData {
  id: string;
  name: string;
  label: string | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  change: string | null;
  subject: RefData;
  evidence: EvidenceData[];
}
export interface GraphRelationshipData {
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  evidence: EvidenceData[];
}
export interface SubgraphData {
  nodes: RefData[];
  relationships: GraphRelationshipData[];
  truncated: boolean;
}

const INDICATOR = `id name label value unit year change subject { ${REF} } ${EVIDENCE}`;

/** Facts a group shows at a time: on the first screen and per "show 50 more". */
export const GROUP_PAGE_SIZE = 50;
/** Groups whose first facts the first screen shows; the others show their count and a link. */
export const FIRST_SCREEN_GROUPS = 6;
/** Neighbours the drawing shows at most; the page says how many more there are. */
export const DRAWING_NEIGHBOURS = 60;
/** Documents the side column names; beyond that it says there are more. */
export const MENTIONED_IN_SHOWN = 20;

const GROUP_FACTS = `other { ${REF} } properties ${EVIDENCE}`;

// Counts of every group (an aggregation, no fact read) and the first page of the first
// FIRST_SCREEN_GROUPS groups: the cost limit allows about that many pages of 50 facts with
// their quotes in one request.
export const ENTITY_PAGE = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    ${REF} aliases note properties neighborCount
    mentionedIn(first: ${MENTIONED_IN_SHOWN + 1}) { id title date }
    indicators { ${INDICATOR} }
    groups: relationshipGroups { type direction count }
    firstPages: relationshipGroups(first: ${FIRST_SCREEN_GROUPS}) {
      type direction relationships(first: ${GROUP_PAGE_SIZE}) { ${GROUP_FACTS} }
    }
  }
  neighborhood(id: $id, hops: 1, limit: ${DRAWING_NEIGHBOURS}) { nodes { ${REF} } relationships { type from to properties } truncated }
}`;

/** One group's page further down ("show 50 more"). */
export const ENTITY_GROUP_PAGE = `query ExplorerEntityGroup($id: ID!, $types: [String!], $direction: Direction!, $offset: Int!) {
  entity(id: $id) {
    ${REF}
    relationshipGroups(types: $types, direction: $direction, first: 1) {
      type direction count relationships(first: ${GROUP_PAGE_SIZE}, offset: $offset) { ${GROUP_FACTS} }
    }
  }
}`;

/** What the CSV needs besides the facts it streams: the entity and its figures. */
export const ENTITY_FIGURES = `query ExplorerEntityFigures($id: ID!) {
  entity(id: $id) { ${REF} indicators { ${INDICATOR} } }
}`;

export interface GroupPageData {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  relationships: Array<Omit<RelationshipData, 'type' | 'direction'>>;
}
export interface GroupCountData {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  count: number;
}

export interface EntityPageData {
  entity:
    | (RefData & {
        aliases: string[];
        note: string | null;
        properties: Record<string, unknown>;
        neighborCount: number;
        mentionedIn: Array<{ id: string; title: string; date: string | null }>;
        indicators: IndicatorData[];
        groups: GroupCountData[];
        firstPages: GroupPageData[];
      })
    | null;
  neighborhood: SubgraphData;
}

export interface EntityGroupPageData {
  entity: (RefData & { relationshipGroups: Array<GroupPageData & { count: number }> }) | null;
}

export interface EntityFiguresData {
  entity: (RefData & { indicators: IndicatorData[] }) | null;
}

// A document's statements come from the relationships and figures of the entities it
// mentions, one request per entity: in one request the cost limit would refuse so many
// nested lists.
export const DOCUMENT_PAGE = `query ExplorerDocument($id: ID!) {
  document(id: $id) { id title date kind file text mentions { ${REF} } }
}`;

export const ENTITY_STATEMENTS = `query ExplorerEntityStatements($id: ID!) {
  entity(id: $id) {
    ${REF}
    indicators { ${INDICATOR} }
    relationships(first: 100) { type direction other { ${REF} } properties ${EVIDENCE} }
  }
}`;

export interface DocumentPageData {
  document: {
    id: string;
    title: string;
    date: string | null;
    kind: string;
    file: string | null;
    text: string;
    mentions: RefData[];
  } | null;
}

export type MentionData = RefData & { indicators: IndicatorData[]; relationships: RelationshipData[] };

export interface EntityStatementsData {
  entity: MentionData | null;
}

export const PATH_PAGE = `query ExplorerPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 6) {
    length nodes { ${REF} } relationships { type from to properties ${EVIDENCE} }
  }
}`;

export interface PathPageData {
  shortestPath: { length: number; nodes: RefData[]; relationships: GraphRelationshipData[] } | null;
}

/** Also sent by the page script as people type (src/explore/browser/main.js keeps a copy). */
export const SEARCH = `query ExplorerSearch($q: String!) {
  search(query: $q, first: 20) { score entity { ${REF} aliases } }
}`;

export interface SearchData {
  search: Array<{ score: number; entity: RefData & { aliases: string[] } }>;
}
