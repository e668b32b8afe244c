// The GraphQL operations behind the explorer's pages, and the shapes of their answers.
// They compose existing fields (entity, relationships, indicators, neighborhood, document,
// mentions, shortestPath, search); the explorer needs no field of its own.

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

export const ENTITY_PAGE = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    ${REF} aliases note properties
    mentionedIn { id title date }
    indicators { ${INDICATOR} }
    relationships(first: 100) { type direction other { ${REF} } properties ${EVIDENCE} }
  }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!) {
  neighborhood(id: $id, hops: 1, limit: 60) { nodes { ${REF} } relationships { type from to properties } truncated }
}`;

export interface EntityPageData {
  entity:
    | (RefData & {
        aliases: string[];
        note: string | null;
        properties: Record<string, unknown>;
        mentionedIn: Array<{ id: string; title: string; date: string | null }>;
        indicators: IndicatorData[];
        relationships: RelationshipData[];
      })
    | null;
}
export interface NeighborhoodData {
  neighborhood: SubgraphData;
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
