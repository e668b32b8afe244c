// The explorer and the API at the graph's biggest hub: the entity page of the most connected
// entity (first screen and "show 50 more"), its CSV (time to first byte, rows against the
// graph), search and name lookup p99, and the Cypher cost (PROFILE db hits) of the API's
// page of the hub's relationships. Runs against the benchmark's own server holding the
// synthetic graph (bench-database.ts), never the user's graph; sequential requests, so the
// figures are latencies of one reader, not throughput.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { RAW_RESULTS_DIR } from './paths.js';
import { startComparator, type ComparatorProcess } from './servers/comparator-process.js';

export interface LatencySummary {
  n: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface HubPagesRun {
  label: string;
  at: string;
  hub: { id: string; name: string; facts: number; groups: Array<{ type: string; direction: string; count: number }> };
  page: LatencySummary & { bytes: number; factsShown: number; status: number };
  more: (LatencySummary & { url: string; factsShown: number; status: number }) | null;
  csv: { ttfbMs: LatencySummary; totalMs: LatencySummary; rows: number; expectedRows: number; bytes: number };
  search: LatencySummary & { queries: number };
  searchPage: LatencySummary;
  lookup: LatencySummary & { queries: number };
  connection: { query: string; latency: LatencySummary; dbHits: number | null; rows: number };
  /** GraphQL requests that answered with errors (their time is still counted). */
  errors: string[];
}

export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/** The entity with most relationships to other entities, and its groups by type and direction. */
export async function findHub(driver: Driver, database: string): Promise<HubPagesRun['hub']> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity)
     WITH n, COUNT { (n)-[]-(:Entity) } AS facts ORDER BY facts DESC, n.id LIMIT 1
     CALL (n) {
       MATCH (n)-[r]-(o:Entity)
       WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS direction, count(*) AS count
       RETURN collect({type: type, direction: direction, count: count}) AS groups
     }
     RETURN n.id AS id, n.name AS name, facts, groups`,
    {},
    { database },
  );
  const r = records[0];
  if (!r) throw new Error('The benchmark database holds no entity: import the synthetic graph first.');
  const groups = (r.get('groups') as Array<{ type: string; direction: string; count: unknown }>)
    .map((g) => ({ type: g.type, direction: g.direction, count: Number(g.count) }))
    .sort((a, b) => b.count - a.count);
  return { id: r.get('id') as string, name: r.get('name') as string, facts: Number(r.get('facts')), groups };
}

/** CSV rows the hub's export must have: one per quote of each fact (one for a fact without), plus its figures' quotes. */
async function expectedCsvRows(driver: Driver, database: string, id: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity {id: $id})
     RETURN COUNT { MATCH (n)-[r]-(:Entity) UNWIND (CASE WHEN size(coalesce(r.sources, [])) = 0 THEN [null] ELSE r.sources END) AS s RETURN s }
          + COUNT { MATCH (n)-[:REPORTED]->(i:Indicator) UNWIND coalesce(i.sources, []) AS s RETURN s } AS rows`,
    { id },
    { database },
  );
  return Number(records[0]?.get('rows') ?? 0);
}

async function timed(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; ttfbMs: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const ttfbMs = performance.now() - started;
  const body = await response.text();
  return { ms: performance.now() - started, ttfbMs, status: response.status, body };
}

async function repeat(times: number, warmup: number, run: (i: number) => Promise<number>): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push(await run(i));
  return samples;
}

const factsOn = (html: string): number => (html.match(/<li class="fact"/g) ?? []).length;

/** The "show 50 more" link of a page (the first group that has one), or null when the page offers none. */
function moreLink(html: string): string | null {
  const match =
    /<a[^>]*\bdata-more\b[^>]*\bhref="([^"]+)"/.exec(html) ?? /<a[^>]*\bhref="([^"]+)"[^>]*\bdata-more\b/.exec(html);
  return match ? match[1]!.replace(/&amp;/g, '&') : null;
}

/** Rows of a CSV body (RFC 4180: newlines inside quoted fields do not end a row), header excluded. */
export function csvRows(body: string): number {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) rows += 1;
  }
  if (body.length > 0 && !body.endsWith('\n')) rows += 1;
  return Math.max(0, rows - 1);
}

/** GraphQL errors seen during a run (a request that fails still counts its time). */
let errors: string[] = [];

async function graphql(
  origin: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ ms: number; data: unknown }> {
  const started = performance.now();
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  const ms = performance.now() - started;
  if (json.errors?.length) {
    errors.push(`${JSON.stringify(variables)}: ${json.errors.map((e) => e.message).join('; ')}`);
    return { ms, data: null };
  }
  return { ms, data: json.data };
}

// The explorer's own search (src/explore/operations.ts SEARCH), as the page script sends it.
const SEARCH = `query ExplorerSearch($q: String!) { search(query: $q, first: 20) { score entity { id name kind aliases } } }`;
const LOOKUP = 'query Lookup($name: String!) { lookup(name: $name) { id name } }';
/** The API's page of the hub's relationships: what a client pages through. */
export const HUB_CONNECTION = `query HubRelationships($id: ID!) {
  entity(id: $id) { id relationships(first: 50) { type direction other { id name kind } properties evidence { quote document { id title } } } }
}`;

type Plan = { dbHits: number; children: Plan[] };
const sumHits = (p: Plan): number => p.dbHits + p.children.reduce((t, c) => t + sumHits(c), 0);

/** PROFILEs the newest distinct statement the server sent (captured by the statement counter). */
async function profileLastCaptured(driver: Driver, database: string, captureFile: string): Promise<number | null> {
  const lines = readFileSync(captureFile, 'utf8').trim().split('\n');
  const last = lines[lines.length - 1];
  if (!last) return null;
  const statement = JSON.parse(last) as { cypher: string; params: Record<string, unknown> };
  const { summary } = await driver.executeQuery(`PROFILE ${statement.cypher}`, revive(statement.params), { database });
  return summary.profile ? sumHits(summary.profile as unknown as Plan) : null;
}

/** Parameters as captured (JSON): driver Integers come back as {low, high}. */
function revive(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    const int = v as { low?: number; high?: number } | null;
    out[k] =
      int && typeof int === 'object' && typeof int.low === 'number' && typeof int.high === 'number'
        ? BigInt(int.high) * 2n ** 32n + BigInt(int.low >>> 0)
        : v;
  }
  return out;
}

export async function measureHubPages(options: {
  driver: Driver;
  database: string;
  label: string;
  requests: number;
  searches: string[];
  lookups: string[];
  log: (line: string) => void;
}): Promise<HubPagesRun> {
  const { driver, database, label, requests, log } = options;
  errors = [];
  const hub = await findHub(driver, database);
  log(
    `Hub: ${hub.name} (${hub.id}), ${hub.facts} facts in ${hub.groups.length} groups (largest: ${hub.groups[0]?.type} ${hub.groups[0]?.direction} ${hub.groups[0]?.count}).`,
  );
  const expectedRows = await expectedCsvRows(driver, database, hub.id);
  const captureFile = join(RAW_RESULTS_DIR, `hub-pages-cypher-${process.pid}.ndjson`);
  mkdirSync(RAW_RESULTS_DIR, { recursive: true });
  rmSync(captureFile, { force: true });
  const server: ComparatorProcess = await startComparator('ours', {
    env: { ...process.env, BENCH_CAPTURE_CYPHER: captureFile },
  });
  try {
    const origin = server.origin;
    const pageUrl = `${origin}/explore/entity/${encodeURIComponent(hub.id)}`;

    let first = await timed(pageUrl);
    const pageSamples = await repeat(requests, 2, async () => (first = await timed(pageUrl)).ms);
    const page = {
      ...summarize(pageSamples),
      bytes: Buffer.byteLength(first.body),
      factsShown: factsOn(first.body),
      status: first.status,
    };
    log(
      `  page: median ${page.medianMs} ms, p95 ${page.p95Ms} ms, ${page.factsShown} facts shown, ${Math.round(page.bytes / 1024)} kB`,
    );

    const link = moreLink(first.body);
    let more: HubPagesRun['more'] = null;
    if (link) {
      const moreUrl = new URL(link, pageUrl).toString();
      let last = await timed(moreUrl);
      const moreSamples = await repeat(requests, 1, async () => (last = await timed(moreUrl)).ms);
      more = { ...summarize(moreSamples), url: link, factsShown: factsOn(last.body), status: last.status };
      log(`  show 50 more (${link}): median ${more.medianMs} ms, p95 ${more.p95Ms} ms`);
    } else log('  show 50 more: the page offers no such link');

    const csvUrl = `${pageUrl}/facts.csv`;
    let csvBody = '';
    const ttfb: number[] = [];
    const total = await repeat(Math.max(3, Math.round(requests / 4)), 1, async () => {
      const t = await timed(csvUrl);
      ttfb.push(t.ttfbMs);
      csvBody = t.body;
      return t.ms;
    });
    const csv = {
      ttfbMs: summarize(ttfb.slice(1)),
      totalMs: summarize(total),
      rows: csvRows(csvBody),
      expectedRows,
      bytes: Buffer.byteLength(csvBody),
    };
    log(
      `  CSV: first byte ${csv.ttfbMs.medianMs} ms, all ${csv.totalMs.medianMs} ms, ${csv.rows} rows of ${expectedRows}`,
    );

    const searchSamples = await repeat(options.searches.length, 20, async (i) => {
      return (await graphql(origin, SEARCH, { q: options.searches[i % options.searches.length] })).ms;
    });
    const search = { ...summarize(searchSamples), queries: options.searches.length };
    const searchPageSamples = await repeat(Math.min(100, options.searches.length), 5, async (i) => {
      return (await timed(`${origin}/explore?q=${encodeURIComponent(options.searches[i]!)}`)).ms;
    });
    const searchPage = summarize(searchPageSamples);
    log(`  search: p50 ${search.medianMs} ms, p99 ${search.p99Ms} ms; search page p99 ${searchPage.p99Ms} ms`);
    const lookupSamples = await repeat(options.lookups.length, 20, async (i) => {
      return (await graphql(origin, LOOKUP, { name: options.lookups[i % options.lookups.length] })).ms;
    });
    const lookup = { ...summarize(lookupSamples), queries: options.lookups.length };
    log(`  lookup: p50 ${lookup.medianMs} ms, p99 ${lookup.p99Ms} ms`);

    let rows = 0;
    const connectionSamples = await repeat(requests, 2, async () => {
      const { ms, data } = await graphql(origin, HUB_CONNECTION, { id: hub.id });
      rows = (data as { entity: { relationships: unknown[] } } | null)?.entity.relationships.length ?? 0;
      return ms;
    });
    // The connection runs last, so its statement is the newest distinct one captured.
    const dbHits = await profileLastCaptured(driver, database, captureFile);
    const connection = { query: HUB_CONNECTION, latency: summarize(connectionSamples), dbHits, rows };
    log(
      `  API page of the hub's relationships: median ${connection.latency.medianMs} ms, ${dbHits} db hits for ${rows} rows`,
    );
    if (errors.length) log(`  ${errors.length} GraphQL requests failed, e.g. ${errors[0]}`);
    return {
      label,
      at: new Date().toISOString(),
      hub,
      page,
      more,
      csv,
      search,
      searchPage,
      lookup,
      connection,
      errors,
    };
  } finally {
    await server.stop();
    rmSync(captureFile, { force: true });
  }
}
