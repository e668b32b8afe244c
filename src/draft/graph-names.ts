// The graph's entities a draft may resolve to, found through the name index (the fulltext
// index `entity_names` on name and aliases), never by reading every entity: one query per
// capitalised name run of the article and one per sentence, ranked by the index's own
// token weights (a rare word like "Huarui" outweighs "Dalian" or "Group"). Read in a READ
// session, so drafting never changes the database. Each candidate comes with the names of
// the places it is in, part of or conferred by: its context for resolution (resolve.ts).
import type { Driver } from 'neo4j-driver';
import { DOMAIN_LABELS } from '../model/graph-model.js';
import { normalizeName } from '../model/name-key.js';
import { NAME_KEY_INDEX, nameKeyQuery } from '../db/name-keys.js';
import { knownPlacesIn } from './patterns.js';
import { kindOfLabel, type EntityKind } from './types.js';

export interface GraphEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /**
   * Names of the places it is in, part of or conferred by (LOCATED_IN / PART_OF / CONFERRED_BY, up
   * to four hops: a company in a zone of a district of a city of the province): its context for resolution.
   */
  places: string[];
  /** Not in the graph yet: a new entity of an earlier draft of the same batch (its document id). */
  fromDraft?: string;
}

/** Words the index would match everywhere; left out of the queries. */
const QUERY_STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their this to was were will with which'.split(
    ' ',
  ),
);

/** One name-index look-up: the Lucene query (plain lower-case terms, OR-ed) and how many hits to keep. */
export interface CandidateQuery {
  lucene: string;
  limit: number;
}

/** Hits kept per capitalised run and per sentence. */
const PER_RUN = 8;
const PER_SENTENCE = 6;

/**
 * The index's analyzer keeps a possessive with its word ("mayor's" is one term, and neither
 * "mayor" nor "mayors" finds it), so a possessive is asked both ways: "Dalian's" finds
 * "Dalian", "Mayor's" finds "Mayor's Quality Award".
 */
export function luceneTerms(phrase: string): string[] {
  // Letters, digits and a possessive's apostrophe only: no Lucene syntax (quotes, colons,
  // operators) can come from the article; the apostrophe is none.
  const terms = phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^a-z0-9']+/)
    .flatMap((t) => {
      const word = t.replace(/^'+|'+$/g, '');
      const possessive = /^([a-z0-9]+)'s$/.exec(word);
      return possessive ? [possessive[1] as string, word] : [word.replace(/'/g, '')];
    })
    .filter((t) => t.length > 1 && !QUERY_STOP_WORDS.has(t));
  return [...new Set(terms)];
}

/**
 * The look-ups a text needs: each run of capitalised words (names; split at line breaks so
 * a headline never runs into its first paragraph) and each line's sentences (lower-case
 * designations such as "high-tech enterprises"). Duplicates are asked once.
 */
export function candidateQueries(text: string): CandidateQuery[] {
  const queries = new Map<string, CandidateQuery>();
  const add = (phrase: string, limit: number) => {
    const terms = luceneTerms(phrase);
    if (terms.length === 0) return;
    const lucene = terms.join(' ');
    const prev = queries.get(lucene);
    queries.set(lucene, { lucene, limit: Math.max(limit, prev?.limit ?? 0) });
  };
  const runs =
    /(?:[A-Z][\w’'&·-]*|\([A-Z][A-Za-z]+\))(?:[ \t]+(?:(?:of|and|for|the|on|between|&)[ \t]+)*(?:[A-Z][\w’'&·.,-]*|\([A-Z][A-Za-z]+\)))*/g;
  for (const m of text.matchAll(runs)) add(m[0], PER_RUN);
  for (const line of text.split('\n')) for (const sentence of line.split(/(?<=[.!?])\s+/)) add(sentence, PER_SENTENCE);
  return [...queries.values()];
}

/** What a candidate row holds: id, domain label, names, and the places it is in, part of or conferred by. */
const COLUMNS = `node.id AS id,
       [l IN labels(node) WHERE l IN $labels][0] AS label,
       node.name AS name,
       coalesce(node.aliases, []) AS aliases,
       [(node)-[:LOCATED_IN|PART_OF|CONFERRED_BY*1..4]->(p:Entity) | p.name] AS places`;

const CANDIDATES = `
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('entity_names', q.lucene, {limit: q.limit}) YIELD node
  RETURN node
}
WITH DISTINCT node
RETURN ${COLUMNS}
ORDER BY id`;

/**
 * The entities named exactly as a known place the text names ("Dalian"), through the name-key
 * index: the ranked index keeps a few hits per query, and among a large graph's many "Dalian …"
 * names a bare "Dalian" may not be one of them.
 */
const EXACT_CANDIDATES = `
UNWIND $keys AS key
CALL db.index.fulltext.queryNodes($index, key) YIELD node
WITH DISTINCT node
RETURN ${COLUMNS}
ORDER BY id`;

/** The name keys of the known places the text names. */
export function placeKeys(text: string): string[] {
  return [...new Set(knownPlacesIn(text).map(normalizeName))];
}

/** The entities the name index offers for the article's names (read-only). */
export async function readCandidates(driver: Driver, database: string, text: string): Promise<GraphEntity[]> {
  const { records } = await driver.executeQuery(
    CANDIDATES,
    { queries: candidateQueries(text), labels: [...DOMAIN_LABELS] },
    { database, routing: 'READ' },
  );
  const ranked = records.flatMap(toGraphEntity);
  const exact = await driver
    .executeQuery(
      EXACT_CANDIDATES,
      { keys: placeKeys(text).map(nameKeyQuery), index: NAME_KEY_INDEX, labels: [...DOMAIN_LABELS] },
      { database, routing: 'READ' },
    )
    // A graph this project never imported has no name-key index: the ranked hits are all there is.
    .then((r) => r.records.flatMap(toGraphEntity))
    .catch(() => []);
  const seen = new Set(ranked.map((e) => e.id));
  return [...ranked, ...exact.filter((e) => !seen.has(e.id))];
}

/** A row of id, label, name, aliases, places as a GraphEntity (none for a node of no domain label). */
function toGraphEntity(r: { get(key: string): unknown }): GraphEntity[] {
  const kind = kindOfLabel(String(r.get('label')));
  if (!kind) return [];
  const name = String(r.get('name'));
  const aliases = (r.get('aliases') as unknown[]).map(String);
  return [
    {
      id: String(r.get('id')),
      kind,
      name,
      aliases: aliases.includes(name) ? aliases : [name, ...aliases],
      places: [...new Set((r.get('places') as unknown[]).map(String))],
    },
  ];
}

/** How many entities the graph holds (from the count store: constant time). */
export async function countEntities(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) RETURN count(n) AS n',
    {},
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('n') ?? 0);
}

/** The graph entities with these ids (for decisions that name them: "same as", a fact's end). */
export async function readEntitiesByIds(driver: Driver, database: string, ids: string[]): Promise<GraphEntity[]> {
  const { records } = await driver.executeQuery(
    `MATCH (node:Entity) WHERE node.id IN $ids
     RETURN node.id AS id, [l IN labels(node) WHERE l IN $labels][0] AS label, node.name AS name,
            coalesce(node.aliases, []) AS aliases,
            [(node)-[:LOCATED_IN|PART_OF|CONFERRED_BY*1..4]->(p:Entity) | p.name] AS places
     ORDER BY id`,
    { ids: [...new Set(ids)], labels: [...DOMAIN_LABELS] },
    { database, routing: 'READ' },
  );
  return records.flatMap(toGraphEntity);
}
