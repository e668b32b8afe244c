// The query benchmark's workloads (W1–W6, bench/query-benchmark.ts) on a generated corpus's
// graph, in a short form: the three comparators on the same keys drawn from that graph,
// answers checked equal first, one closed-loop concurrency, no fixed-rate run. What the
// corpus-scale benchmark reports of it is how ours compares with the floor (plain Cypher
// through the driver) on each graph: the p50 and throughput ratios.
import type { Driver } from 'neo4j-driver';
import { RUN_WORKLOADS, runQueryBenchmark, type RunWorkload } from '../query-benchmark.js';
import { chooseKeys } from '../workloads/keys.js';
import { WORKLOADS } from '../workloads/workloads.js';

const CONCURRENCY = 8;

export interface CorpusQueryRatios {
  concurrency: number;
  /** Facts of the graph that shape what a workload measures. */
  notes: string[];
  workloads: Array<{
    workload: RunWorkload;
    /** Ours answered exactly what the floor and the peer answered (W6 mixes the others). */
    equal: boolean | null;
    oursP50Ms: number;
    floorP50Ms: number;
    /** Ours' p50 over the floor's: 1 is the floor's latency. */
    p50Ratio: number;
    /** Ours' requests per second over the floor's: 1 is the floor's throughput. */
    rpsRatio: number;
  }>;
}

export async function corpusQueryRatios(
  driver: Driver,
  database: string,
  seed: string,
  log: (line: string) => void,
): Promise<CorpusQueryRatios | { skipped: string }> {
  let keys;
  try {
    keys = await chooseKeys(driver, database, 200, seed, 'any');
  } catch (error) {
    // A small corpus may hold no zone with partners, say: nothing to ask W2 about.
    const why = error instanceof Error ? error.message : String(error);
    log(`  skipped: ${why}`);
    return { skipped: why };
  }
  const result = await runQueryBenchmark({
    keys,
    concurrencies: [CONCURRENCY],
    durationSeconds: 3,
    warmupSeconds: 1,
    checkKeys: 10,
    fixedRateWorkloads: [],
    log,
  });
  const { records } = await driver.executeQuery(
    'RETURN COUNT { ()-[:PARTNERS_WITH]->() } AS partnerships',
    {},
    { database, routing: 'READ' },
  );
  const notes =
    Number(records[0]?.get('partnerships')) === 0
      ? ['W2: the graph states no PARTNERS_WITH, so W2 is asked about every zone and answers empty lists.']
      : [];
  const run = (workload: RunWorkload, comparator: 'ours' | 'floor') =>
    result.runs.find((r) => r.workload === workload && r.comparator === comparator && r.mode === 'closed');
  return {
    concurrency: CONCURRENCY,
    notes,
    workloads: RUN_WORKLOADS.flatMap((workload) => {
      const ours = run(workload, 'ours');
      const floor = run(workload, 'floor');
      if (!ours || !floor) return [];
      const check = result.checks.find((c) => c.workload === workload);
      return [
        {
          workload,
          equal: check ? check.equal : null,
          oursP50Ms: ours.p50,
          floorP50Ms: floor.p50,
          p50Ratio: ours.p50 / floor.p50,
          rpsRatio: ours.rps / floor.rps,
        },
      ];
    }),
  };
}

/** The Markdown table of the ratios, one column per corpus size. */
export function queriesTable(
  results: ReadonlyArray<{ articles: number; queries: CorpusQueryRatios | { skipped: string } | null }>,
): string[] {
  const measured = results.filter((r) => r.queries !== null);
  if (measured.length === 0) return [];
  const cell = (r: (typeof measured)[number], workload: RunWorkload) => {
    if (r.queries === null || 'skipped' in r.queries) return 'not measured';
    const w = r.queries.workloads.find((x) => x.workload === workload);
    if (!w) return '–';
    return `${w.p50Ratio.toFixed(2)} / ${w.rpsRatio.toFixed(2)}${w.equal === false ? ' (answers differ)' : ''}`;
  };
  const title = (w: RunWorkload) => (w === 'W6' ? 'the mix' : WORKLOADS[w].title);
  return [
    `The query benchmark's workloads on each graph, ours against the floor (plain Cypher through the driver) at concurrency ${CONCURRENCY}: p50 ratio / throughput ratio (1 / 1 is the floor).`,
    '',
    `| workload | ${measured.map((r) => `${r.articles} articles`).join(' | ')} |`,
    `|---|${measured.map(() => '---:').join('|')}|`,
    ...RUN_WORKLOADS.map((w) => `| ${w}: ${title(w)} | ${measured.map((r) => cell(r, w)).join(' | ')} |`),
    '',
    ...measured.flatMap((r) =>
      r.queries === null
        ? []
        : 'skipped' in r.queries
          ? [`- Not measured at ${r.articles} articles: ${r.queries.skipped}`]
          : r.queries.notes.map((n) => `- ${r.articles} articles: ${n}`),
    ),
    '',
  ];
}
