// A mix of the API's everyday questions (SPEC §2), with ids and names taken from the
// graph itself so the mix works on whatever graph is loaded. Used by the load test, the
// outage test and the soak.
import type { Driver } from 'neo4j-driver';
import type { LoadRequest } from './load-loop.js';

interface GraphSamples {
  zone: string;
  zoneName: string;
  enterprise: string;
  university: string;
  award: string;
  awardName: string;
  farEntity: string;
}

async function one(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, string>> {
  const { records } = await driver.executeQuery(cypher, params, { database, routing: 'READ' });
  const record = records[0];
  if (!record) throw new Error(`The graph holds nothing for: ${cypher}. Import the seed graph first.`);
  return record.toObject() as Record<string, string>;
}

export async function graphSamples(driver: Driver, database: string): Promise<GraphSamples> {
  const zone = await one(
    driver,
    database,
    'MATCH (z:Zone)<-[:LOCATED_IN]-(:Enterprise) RETURN z.id AS id, z.name AS name, count(*) AS n ORDER BY n DESC, id LIMIT 1',
  );
  const partner = await one(
    driver,
    database,
    'MATCH (:Zone)-[:PARTNERS_WITH]->(u:University) RETURN u.id AS id ORDER BY id LIMIT 1',
  );
  const award = await one(
    driver,
    database,
    'MATCH (:Entity)-[:RECEIVED]->(a:Award) RETURN a.id AS id, a.name AS name, count(*) AS n ORDER BY n DESC, id LIMIT 1',
  );
  const enterprise = await one(
    driver,
    database,
    'MATCH (e:Enterprise)-[:LOCATED_IN]->(:Zone) RETURN e.id AS id ORDER BY id LIMIT 1',
  );
  // Two hops away: something linked to an enterprise located in the zone.
  const far = await one(
    driver,
    database,
    `MATCH (z:Zone {id: $zone})<-[:LOCATED_IN]-(:Enterprise)-[r]-(x:Entity)
     WHERE x <> z AND NOT (z)--(x) AND type(r) <> 'MENTIONS'
     RETURN x.id AS id ORDER BY id LIMIT 1`,
    { zone: zone.id },
  );
  return {
    zone: zone.id!,
    zoneName: zone.name!,
    enterprise: enterprise.id!,
    university: partner.id!,
    award: award.id!,
    awardName: award.name!,
    farEntity: far.id!,
  };
}

export function typicalRequests(s: GraphSamples): LoadRequest[] {
  return [
    {
      name: 'entity',
      query: `query Entity($id: ID!) { entity(id: $id) { id kind name aliases
        ... on Zone { zoneType enterprises { id name } partnerships { university { id name } via } } } }`,
      variables: { id: s.zone },
    },
    {
      name: 'enterprise detail',
      query: `query Enterprise($id: ID!) { entity(id: $id) { id name
        ... on Enterprise { founded zones { id name } awards { award { id name } year status } brands { id name } } } }`,
      variables: { id: s.enterprise },
    },
    {
      name: 'lookup',
      query: 'query Lookup($name: String!) { lookup(name: $name) { id kind name } }',
      variables: { name: s.zoneName.toUpperCase() },
    },
    {
      name: 'search',
      query: 'query Search($q: String!) { search(query: $q, first: 5) { score entity { id name } } }',
      variables: { q: 'Lushun' },
    },
    {
      name: 'enterprises page',
      query: `{ enterprises(first: 10) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
    },
    { name: 'zones page', query: '{ zones(first: 5) { totalCount edges { node { id name zoneType } } } }' },
    { name: 'documents', query: '{ documents { id title date } }' },
    {
      name: 'partnerships',
      query:
        'query P($u: String) { partnerships(university: $u) { zone { id name } university { id name } via evidence { document { id } quote } } }',
      variables: { u: s.university },
    },
    {
      name: 'award recipients',
      query: 'query A($award: String!) { awardRecipients(award: $award) { recipient { id name } year status } }',
      variables: { award: s.awardName },
    },
    {
      name: 'neighborhood',
      query:
        'query N($id: ID!) { neighborhood(id: $id, hops: 2, limit: 40) { nodes { id kind } relationships { type from to } } }',
      variables: { id: s.zone },
    },
    {
      name: 'shortest path',
      query:
        'query S($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 4) { length nodes { id } relationships { type from to } } }',
      variables: { from: s.zone, to: s.farEntity },
    },
  ];
}
