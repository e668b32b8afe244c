// The floor: each workload's Cypher, run once through the driver behind a bare node:http
// JSON handler — no GraphQL parsing, validation or resolvers. Answers have the shape of
// this project's GraphQL responses, so they can be compared with them field by field.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

const KIND = `CASE WHEN n:Enterprise THEN 'ENTERPRISE' WHEN n:Zone THEN 'ZONE' WHEN n:University THEN 'UNIVERSITY'
  WHEN n:Brand THEN 'BRAND' WHEN n:Award THEN 'AWARD' WHEN n:Cluster THEN 'CLUSTER' WHEN n:Person THEN 'PERSON'
  WHEN n:Organization THEN 'ORGANIZATION' WHEN n:Project THEN 'PROJECT' WHEN n:Place THEN 'PLACE' END`;

/** One statement per workload; each returns one row with one column, the `data` of the response. */
export const FLOOR_QUERIES: Record<string, { cypher: string; key: string }> = {
  w1: {
    key: 'entity',
    cypher: `MATCH (n:Entity {id: $id})
RETURN n {.id, kind: ${KIND}, .name, .aliases, .founded} AS entity`,
  },
  w2: {
    key: 'entity',
    cypher: `MATCH (z:Entity {id: $id})
RETURN z {.id, .name,
  partnerships: COLLECT { MATCH (z)-[r:PARTNERS_WITH]->(u:University) WITH r, u ORDER BY u.name, u.id
                          RETURN {via: r.via, university: u {.id, .name}} },
  enterprises: COLLECT { MATCH (e:Enterprise)-[:LOCATED_IN]->(z) WITH e ORDER BY e.name, e.id
                         RETURN e {.id, .name, universities: COLLECT { MATCH (e)-[:COOPERATES_WITH]->(u:University)
                                                                        WITH u ORDER BY u.name, u.id RETURN u {.id, .name} }} }
} AS entity`,
  },
  w3: {
    key: 'entity',
    cypher: `MATCH (e:Entity {id: $id})
RETURN e {.id, .name,
  awards: COLLECT { MATCH (e)-[g:RECEIVED]->(a:Award) WITH g, a ORDER BY g.status, coalesce(g.year, 0) DESC, a.name, a.id
    RETURN {year: g.year, status: g.status, award: a {.id, .name},
            coRecipients: COLLECT { MATCH (o:Entity)-[r:RECEIVED]->(a) WHERE o <> e AND (r.year = g.year OR (r.year IS NULL AND g.year IS NULL))
                                    WITH r, o ORDER BY r.status, coalesce(r.year, 0) DESC, o.name, o.id
                                    RETURN {year: r.year, status: r.status, recipient: o {.id, .name}} }} }
} AS entity`,
  },
  w4: {
    key: 'search',
    // The index keeps the best `first` hits itself, as ours asks it to.
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $first}) YIELD node AS n, score
WITH n, score ORDER BY score DESC, n.id LIMIT $first
RETURN collect({score: score, entity: n {.id, kind: ${KIND}, .name}}) AS search`,
  },
  w5: {
    key: 'shortestPath',
    cypher: `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*0..4]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
RETURN {length: length(p), nodes: [x IN nodes(p) | x {.id, .name}],
        relationships: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS shortestPath`,
  },
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

/**
 * How the floor sends a statement. `auto-commit` (the default): one RUN+PULL, one network
 * write, one round trip. `managed`: driver.executeQuery, i.e. BEGIN, RUN+PULL and COMMIT,
 * three writes and round trips for the same read — measured to cost more (see
 * docs/performance.md), kept for comparison (BENCH_FLOOR_TRANSACTION=managed).
 */
export type FloorTransaction = 'auto-commit' | 'managed';

export function createFloorServer(
  driver: Driver,
  database: string,
  transaction: FloorTransaction = 'auto-commit',
): Server {
  const run = async (cypher: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> => {
    if (transaction === 'managed')
      return (await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ })).records;
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(cypher, params)).records;
    } finally {
      await session.close();
    }
  };
  return createServer((req, res) => {
    const query = FLOOR_QUERIES[(req.url ?? '').slice(1)];
    if (!query || req.method !== 'POST') {
      send(res, 404, { error: 'POST /w1 … /w5' });
      return;
    }
    readJson(req)
      .then(async (params) => {
        if (typeof params.first === 'number') params.first = neo4j.int(params.first);
        const records = await run(query.cypher, params);
        send(res, 200, { data: { [query.key]: records[0]?.get(0) ?? null } });
      })
      .catch((error: unknown) => send(res, 500, { errors: [{ message: (error as Error).message }] }));
  });
}
