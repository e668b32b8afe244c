// The results file (bench/results/latest.json) and its Markdown rendering (latest.md),
// including the issue's targets, each marked met or missed with the measured ratio.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ImportMeasurement } from '../import/compare-imports.js';
import type {
  ColdStart,
  EqualityCheck,
  NameLookupMeasurement,
  RunMeasurement,
  RunWorkload,
} from '../query-benchmark.js';
import { WORKLOADS } from '../workloads/workloads.js';
import type { Comparator } from '../servers/protocol.js';

export interface BatchSizeMeasurement {
  batchSize: number;
  mode: string;
  nodesPerSec: number;
  relsPerSec: number;
  seconds: number;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  neo4j: string;
  /** 1-minute load average when the run started and ended: above the core count, other work shared the machine. */
  loadAverage: { start: number; end: number };
  note: string;
}

export interface BenchmarkResults {
  generatedAt: string;
  command: string;
  machine: MachineInfo;
  scale: number;
  dataset: { nodes: number; relationships: number; fingerprint: string };
  settings: { concurrencies: number[]; durationSeconds: number; warmupSeconds: number; batchSize: number };
  import: ImportMeasurement[];
  batchSizes?: BatchSizeMeasurement[];
  checks: EqualityCheck[];
  coldStart: ColdStart;
  startupMs: Record<Comparator, number>;
  runs: RunMeasurement[];
  /** `lookup(name)` on ours, hits and misses (absent in older results files). */
  nameLookups?: { runs: NameLookupMeasurement[]; dbHits: { hit: number; miss: number } };
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

export function machineInfo(neo4jVersion: string, loadStart: number, note: string): MachineInfo {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    neo4j: neo4jVersion,
    loadAverage: { start: loadStart, end: loadavg()[0] ?? NaN },
    note,
  };
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.floor((s.length - 1) / 2)] as number);
};

/** Best closed-loop throughput of a comparator on a workload, over the concurrencies run. */
export function peakRps(runs: RunMeasurement[], workload: RunWorkload, comparator: Comparator): number {
  return Math.max(
    0,
    ...runs
      .filter((r) => r.workload === workload && r.comparator === comparator && r.mode === 'closed')
      .map((r) => r.rps),
  );
}

export function evaluateTargets(
  runs: RunMeasurement[],
  imports: ImportMeasurement[],
  coldStart: ColdStart,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
  const workloads: RunWorkload[] = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6'];
  for (const w of workloads) {
    if (!runs.some((r) => r.workload === w)) continue;
    const floor = peakRps(runs, w, 'floor');
    const ours = peakRps(runs, w, 'ours');
    const peer = peakRps(runs, w, 'peer');
    const floorTarget = w === 'W1' || w === 'W2' ? 0.8 : 0.9;
    const peerTarget = w === 'W1' || w === 'W2' ? 1.5 : 1.0;
    if (w !== 'W6') {
      checks.push({
        target: `${w}: ours ≥ ${floorTarget}× floor req/s (peaks)`,
        measured: `${ratio(ours, floor).toFixed(2)}× (${ours.toFixed(0)} vs ${floor.toFixed(0)})`,
        met: ratio(ours, floor) >= floorTarget,
      });
      checks.push({
        target: `${w}: ours ≥ ${peerTarget}× peer req/s (peaks)`,
        measured: `${ratio(ours, peer).toFixed(2)}× (${ours.toFixed(0)} vs ${peer.toFixed(0)})`,
        met: ratio(ours, peer) >= peerTarget,
      });
    }
    const fixedFloor = runs.find((r) => r.workload === w && r.comparator === 'floor' && r.mode === 'fixed-rate');
    const fixedOurs = runs.find((r) => r.workload === w && r.comparator === 'ours' && r.mode === 'fixed-rate');
    if (fixedFloor && fixedOurs) {
      checks.push({
        target: `${w}: ours p99 ≤ 1.3× floor p99 at half the floor's peak rate (${fixedFloor.rate} req/s)`,
        measured:
          `${ratio(fixedOurs.p99, fixedFloor.p99).toFixed(2)}× (${fixedOurs.p99.toFixed(1)} vs ${fixedFloor.p99.toFixed(1)} ms)` +
          (sustained(fixedOurs) ? '' : `; ours sustained only ${fixedOurs.rps.toFixed(0)} req/s`),
        met: ratio(fixedOurs.p99, fixedFloor.p99) <= 1.3,
      });
    }
  }
  const cold = median(coldStart.firstAnswerMs);
  checks.push({
    target: 'API cold start < 1 s (spawn → first answer, median of 3)',
    measured: `${Math.round(cold)} ms`,
    met: cold < 1000,
  });
  const driverImport = imports.find((m) => m.method.startsWith('driver importer'));
  if (driverImport) {
    checks.push({
      target: 'bulk import ≥ 50,000 relationships/s (driver importer)',
      measured: `${Math.round(driverImport.relsPerSec).toLocaleString('en-US')}/s`,
      met: driverImport.relsPerSec >= 50_000,
    });
  }
  return checks;
}

/** Whether an open-loop run kept up with the rate offered (within 5 %). */
export const sustained = (m: RunMeasurement): boolean => m.rate === undefined || m.rps >= 0.95 * m.rate;

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

export function renderMarkdown(r: BenchmarkResults): string {
  const lines: string[] = [];
  lines.push(`# Benchmark results — scale ${r.scale}`, '');
  lines.push(`Generated ${r.generatedAt} by \`${r.command}\`.`, '');
  lines.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; Node ${r.machine.node}; Neo4j ${r.machine.neo4j}. ` +
      `Load average ${r.machine.loadAverage.start.toFixed(1)} at the start, ${r.machine.loadAverage.end.toFixed(1)} at the end. ${r.machine.note}`,
    '',
  );
  lines.push(
    `Data: ${n0(r.dataset.nodes)} nodes, ${n0(r.dataset.relationships)} relationships (synthetic, fingerprint ${r.dataset.fingerprint}).`,
    '',
  );

  lines.push(
    '## Import',
    '',
    '| method | nodes | relationships | nodes/s | relationships/s | wall s | notes |',
    '|---|---:|---:|---:|---:|---:|---|',
  );
  for (const m of r.import)
    lines.push(
      `| ${m.method} | ${n0(m.nodes)} | ${n0(m.rels)} | ${n0(m.nodesPerSec)} | ${n0(m.relsPerSec)} | ${m.seconds.toFixed(1)} | ${m.note ?? ''} |`,
    );
  lines.push('');
  if (r.batchSizes && r.batchSizes.length > 0) {
    lines.push(
      '### Batch size of the driver importer',
      '',
      '| rows per transaction | mode | nodes/s | relationships/s | s |',
      '|---:|---|---:|---:|---:|',
    );
    for (const b of r.batchSizes)
      lines.push(
        `| ${n0(b.batchSize)} | ${b.mode} | ${n0(b.nodesPerSec)} | ${n0(b.relsPerSec)} | ${b.seconds.toFixed(1)} |`,
      );
    lines.push('');
  }

  lines.push('## Answers checked equal before timing', '');
  for (const c of r.checks)
    lines.push(
      `- ${c.workload}: ${c.equal ? `equal on ${c.keys} keys` : `**differ** — ${JSON.stringify(c.mismatch).slice(0, 400)}`}`,
    );
  lines.push('');

  lines.push('## Queries (closed loop: N connections, each sending its next request when the answer arrives)', '');
  lines.push(
    "Latencies in ms. CPU = the server process's CPU time per request; stmt = Cypher statements per request.",
    '',
  );
  lines.push(
    '| workload | conc. | comparator | req/s | p50 | p90 | p99 | errors | CPU ms/req | RSS MB | stmt/req |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const m of r.runs.filter((x) => x.mode === 'closed')) {
    lines.push(
      `| ${m.workload} | ${m.concurrency} | ${m.comparator} | ${n0(m.rps)} | ${ms(m.p50)} | ${ms(m.p90)} | ${ms(m.p99)} | ${m.errors} | ${m.cpuMsPerRequest.toFixed(2)} | ${m.rssMB.toFixed(0)} | ${m.statementsPerRequest.toFixed(2)} |`,
    );
  }
  lines.push('');
  const fixed = r.runs.filter((x) => x.mode === 'fixed-rate');
  if (fixed.length > 0) {
    lines.push(
      "## Tail latency at half the floor's peak rate (open loop)",
      '',
      'A comparator that cannot sustain the offered rate queues requests, and its latencies then measure the queue.',
      '',
      '| workload | offered req/s | comparator | done req/s | sustained | p50 | p90 | p99 | errors |',
      '|---|---:|---|---:|---|---:|---:|---:|---:|',
    );
    for (const m of fixed) {
      lines.push(
        `| ${m.workload} | ${m.rate} | ${m.comparator} | ${n0(m.rps)} | ${sustained(m) ? 'yes' : '**no**'} | ${ms(m.p50)} | ${ms(m.p90)} | ${ms(m.p99)} | ${m.errors} |`,
      );
    }
    lines.push('');
  }

  lines.push(
    '## Peaks and ratios',
    '',
    '| workload | floor req/s | ours req/s | peer req/s | ours / floor | ours / peer |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const w of ['W1', 'W2', 'W3', 'W4', 'W5', 'W6'] as RunWorkload[]) {
    const f = peakRps(r.runs, w, 'floor');
    const o = peakRps(r.runs, w, 'ours');
    const p = peakRps(r.runs, w, 'peer');
    const title = w === 'W6' ? 'mix' : WORKLOADS[w].title;
    lines.push(`| ${w} ${title} | ${n0(f)} | ${n0(o)} | ${n0(p)} | ${(o / f).toFixed(2)} | ${(o / p).toFixed(2)} |`);
  }
  lines.push('');
  if (r.nameLookups && r.nameLookups.runs.length > 0) {
    const { runs, dbHits } = r.nameLookups;
    lines.push(
      '## Name resolution: hit vs miss (`lookup(name)`, ours)',
      '',
      `Db hits of the resolution clause (PROFILE): hit ${dbHits.hit}, miss ${dbHits.miss}.`,
      '',
      '| round | kind | connections | req/s | p50 ms | p99 ms | errors | CPU ms/req |',
      '|---:|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const m of runs)
      lines.push(
        `| ${m.round} | ${m.kind} | ${m.concurrency} | ${n0(m.rps)} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.errors} | ${m.cpuMsPerRequest.toFixed(2)} |`,
      );
    const best = (kind: string) => Math.max(...runs.filter((m) => m.kind === kind).map((m) => m.rps));
    lines.push(
      '',
      `A miss costs ${(best('hit') / best('miss')).toFixed(2)}× a hit (peak req/s of hits / of misses).`,
      '',
    );
  }
  lines.push('## Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('');
  lines.push(
    `Start-up (spawn → listening): ${Object.entries(r.startupMs)
      .map(([c, v]) => `${c} ${v} ms`)
      .join(', ')}. ` +
      `Cold start of ours (spawn → first answer): ${r.coldStart.firstAnswerMs.map((v) => `${Math.round(v)} ms`).join(', ')}.`,
    '',
  );
  return `${lines.join('\n')}\n`;
}

export function writeResults(
  results: BenchmarkResults,
  dir: string,
  name = 'latest',
): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `${name}.json`);
  const markdown = join(dir, `${name}.md`);
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdown, renderMarkdown(results));
  return { json, markdown };
}
