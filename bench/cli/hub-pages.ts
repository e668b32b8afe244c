// npm run bench:hub-pages -- [--scale N] [--requests N] [--label NAME] [--yes-replace] [--keep-db]
// The explorer's pages and the API at the graph's biggest hub (bench/hub-pages.ts), on the
// benchmark's own server with the synthetic graph of the scale (imported when the server
// does not hold it yet). Each run is stored under its label in
// bench/results/hub-pages-latest.json (a run of another label is kept, so "before" and
// "after" sit side by side) and rendered to hub-pages-latest.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { RefusedError } from '../bench-database.js';
import { openSyntheticGraph } from '../synthetic-graph.js';
import { measureHubPages, type HubPagesRun } from '../hub-pages.js';
import { DEFAULT_SEED, RESULTS_DIR } from '../paths.js';
import { machineInfo, type MachineInfo } from '../report/results.js';
import { chooseKeys } from '../workloads/keys.js';
import { chooseNameLookupKeys } from '../workloads/name-lookups.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  scale: { type: 'string' },
  requests: { type: 'string' },
  searches: { type: 'string' },
  label: { type: 'string' },
  'yes-replace': { type: 'boolean' },
  'keep-db': { type: 'boolean' },
});
const scale = numberOption(args.scale, 10, 'scale');
const requests = numberOption(args.requests, 20, 'requests');
const searchCount = numberOption(args.searches, 300, 'searches');
const label = args.label ?? 'latest';
const log = (line: string) => console.log(line);

interface HubPagesResults {
  scale: number;
  /** Machine of the newest run. */
  machine: MachineInfo;
  runs: Record<string, HubPagesRun & { machine: MachineInfo }>;
}

const JSON_FILE = join(RESULTS_DIR, 'hub-pages-latest.json');
const MD_FILE = join(RESULTS_DIR, 'hub-pages-latest.md');

async function main(): Promise<void> {
  const loadStart = loadavg()[0] ?? NaN;
  const db = await openSyntheticGraph({ scale, yesReplace: Boolean(args['yes-replace']), log });
  try {
    const keys = await chooseKeys(db.driver, db.database, searchCount, DEFAULT_SEED);
    const names = await chooseNameLookupKeys(db.driver, db.database, Math.round(searchCount / 2), DEFAULT_SEED);
    const run = await measureHubPages({
      driver: db.driver,
      database: db.database,
      label,
      requests,
      searches: keys.W4.map((k) => (k as { text: string }).text),
      lookups: [...names.hit, ...names.miss],
      log,
    });
    const machine = machineInfo(db.neo4jVersion, loadStart, 'sequential requests; API in its own process');
    const previous: HubPagesResults | null =
      existsSync(JSON_FILE) && (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as HubPagesResults).scale === scale
        ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as HubPagesResults)
        : null;
    const results: HubPagesResults = {
      scale,
      machine,
      runs: { ...(previous?.runs ?? {}), [label]: { ...run, machine } },
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(JSON_FILE, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(MD_FILE, renderMarkdown(results));
    log(`Results: ${JSON_FILE} and ${MD_FILE}`);
  } finally {
    await db.close(Boolean(args['keep-db']));
  }
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : `${x} ms`);

function renderMarkdown(results: HubPagesResults): string {
  const runs = Object.values(results.runs);
  const first = runs[0];
  const col = (f: (r: HubPagesRun) => string) => runs.map((r) => f(r)).join(' | ');
  const row = (name: string, f: (r: HubPagesRun) => string) => `| ${name} | ${col(f)} |`;
  const lines = [
    '# Pages and API at the hub',
    '',
    `Scale ${results.scale} synthetic graph; ${results.machine.cores} × ${results.machine.cpu}; Neo4j ${results.machine.neo4j}.`,
    first
      ? `Hub: ${first.hub.name} (\`${first.hub.id}\`), ${first.hub.facts} facts; largest group ${first.hub.groups[0]?.type} ${first.hub.groups[0]?.direction} (${first.hub.groups[0]?.count}).`
      : '',
    'Sequential requests (one reader) to the API in its own process; page targets: first screen ≤ 300 ms, search p99 ≤ 50 ms.',
    '',
    `| | ${runs.map((r) => r.label).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
    row('entity page, median / p95', (r) => `${ms(r.page.medianMs)} / ${ms(r.page.p95Ms)}`),
    row('entity page, facts shown / size', (r) => `${r.page.factsShown} / ${Math.round(r.page.bytes / 1024)} kB`),
    row('"show 50 more", median / p95', (r) =>
      r.more ? `${ms(r.more.medianMs)} / ${ms(r.more.p95Ms)}` : 'no such page',
    ),
    row('CSV first byte, median', (r) => ms(r.csv.ttfbMs.medianMs)),
    row('CSV complete, median', (r) => ms(r.csv.totalMs.medianMs)),
    row('CSV rows / expected', (r) => `${r.csv.rows} / ${r.csv.expectedRows}`),
    row('search (GraphQL), p50 / p99', (r) => `${ms(r.search.medianMs)} / ${ms(r.search.p99Ms)}`),
    row('search page `/explore?q=`, p50 / p99', (r) => `${ms(r.searchPage.medianMs)} / ${ms(r.searchPage.p99Ms)}`),
    row('lookup(name), p50 / p99', (r) => `${ms(r.lookup.medianMs)} / ${ms(r.lookup.p99Ms)}`),
    row('API page of 50 hub relationships, median', (r) => ms(r.connection.latency.medianMs)),
    row('… its statement, db hits (PROFILE)', (r) => String(r.connection.dbHits ?? '—')),
    `| load average (start, end) | ${runs.map((r) => `${r.machine.loadAverage.start.toFixed(1)}, ${r.machine.loadAverage.end.toFixed(1)}`).join(' | ')} |`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  if (error instanceof RefusedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
