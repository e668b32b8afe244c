// Latency of the API's main queries on the graph that is loaded (the seed graph after
// `npm run import`): each query runs through the real server over HTTP, warmed up, then
// N times in a row; prints p50/p95 and the statements per request.
//   npx tsx bench/api-latency.ts [runs]
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { createServer } from '../src/server/create-server.js';

const QUERIES: Array<[string, string]> = [
  [
    'entity (zone, with enterprises + partnerships)',
    '{ entity(id: "zone:lushunkou-district") { id name ... on Zone { enterprises { name } partnerships { university { name } via } } } }',
  ],
  [
    'partnerships (one zone, evidence)',
    '{ partnerships(zone: "Lushunkou District") { university { name } via evidence { document { id } quote } } }',
  ],
  ['partnerships (all pairs)', '{ partnerships { zone { name } university { name } via } }'],
  [
    'awardRecipients (2022, co-recipients)',
    '{ awardRecipients(award: "Mayor\'s Quality Award", year: 2022) { recipient { name } status coRecipients { recipient { name } } } }',
  ],
  ['lookup (odd spelling)', '{ lookup(name: "MAYORS quality award") { id } }'],
  ['search', '{ search(query: "Dalian Institute of Chemical Physics", first: 5) { score entity { id } } }'],
  [
    'enterprises page (20, totalCount)',
    '{ enterprises(first: 20) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
  ],
  [
    'shortestPath (4 hops, evidence)',
    '{ shortestPath(from: "Tianjin University", to: "Dalian Maritime University") { length relationships { type evidence { quote } } } }',
  ],
  [
    'neighborhood (2 hops, 50)',
    '{ neighborhood(id: "zone:lushunkou-district", hops: 2, limit: 50) { nodes { id } relationships { type from to } } }',
  ],
];

const runs = Number(process.argv[2] ?? 50);
const config = loadConfig();
const driver = createDriver(config.neo4j);
let statements = 0;
const server = await createServer({
  driver,
  config,
  api: { logRequests: false },
  onStatement: () => {
    statements += 1;
  },
});
const url = await server.listen(0, '127.0.0.1');
const post = async (query: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
};
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
console.log(`| query | p50 ms | p95 ms | statements/request |\n|---|---:|---:|---:|`);
try {
  for (const [name, query] of QUERIES) {
    for (let i = 0; i < 5; i += 1) await post(query); // warm the plan cache
    statements = 0;
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await post(query);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${statements / runs} |`);
  }
} finally {
  await server.stop();
  await driver.close();
}
