// A checksum of what the graph STATES, independent of how the scripts are organised: for
// every fact relationship (all but MENTIONS) its type, endpoint ids, its other properties
// and its (source, quote) pairs as a sorted set; for every Indicator its properties and
// sorted pairs. The order in which scripts appended pairs to the parallel `sources` /
// `evidence` lists does not count, so two graphs with equal checksums hold the same facts
// with the same evidence. Used to prove a reorganisation of the scripts changed nothing,
// and by `withdraw` to compare a withdrawn database with a re-import from the files.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { MENTIONS } from '../model/graph-model.js';

export interface FactsChecksum {
  /** Fact relationships (every type but MENTIONS). */
  relationships: number;
  indicators: number;
  /** (source, quote) pairs over all facts and indicators. */
  pairs: number;
  /** SHA-256 over the sorted canonical lines, hex. */
  checksum: string;
  /** The canonical lines themselves, sorted, so a test can show what differs. */
  lines: string[];
}

/** JSON with object keys sorted, so equal property maps print equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The (source, quote) pairs of parallel lists, deduplicated and sorted. */
export function sortedPairs(sources: unknown, evidence: unknown): Array<[string, string]> {
  const s = Array.isArray(sources) ? (sources as unknown[]) : [];
  const e = Array.isArray(evidence) ? (evidence as unknown[]) : [];
  const keys = new Set<string>();
  for (let i = 0; i < Math.max(s.length, e.length); i += 1) keys.add(JSON.stringify([s[i] ?? null, e[i] ?? null]));
  return [...keys].sort().map((k) => JSON.parse(k) as [string, string]);
}

function withoutProvenance(props: Record<string, unknown>): Record<string, unknown> {
  const { sources: _s, evidence: _e, ...rest } = props;
  return rest;
}

/** One canonical line per fact relationship and per Indicator. */
export function factLine(
  kind: 'R' | 'I',
  head: unknown[],
  props: Record<string, unknown>,
  pairs: Array<[string, string]>,
): string {
  return `${kind} ${canonicalJson(head)} ${canonicalJson(withoutProvenance(props))} ${canonicalJson(pairs)}`;
}

export async function factsChecksum(driver: Driver, database: string): Promise<FactsChecksum> {
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE type(r) <> $mentions RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    { mentions: MENTIONS },
    { database, routing: 'READ' },
  );
  const indicators = await driver.executeQuery(
    'MATCH (i:Indicator) RETURN i.id AS id, properties(i) AS props',
    {},
    { database, routing: 'READ' },
  );
  const lines: string[] = [];
  let pairs = 0;
  for (const r of rels.records) {
    const props = r.get('props') as Record<string, unknown>;
    const p = sortedPairs(props.sources, props.evidence);
    pairs += p.length;
    lines.push(factLine('R', [r.get('type'), r.get('from'), r.get('to')], props, p));
  }
  for (const r of indicators.records) {
    const props = r.get('props') as Record<string, unknown>;
    const p = sortedPairs(props.sources, props.evidence);
    pairs += p.length;
    lines.push(factLine('I', [r.get('id')], props, p));
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return {
    relationships: rels.records.length,
    indicators: indicators.records.length,
    pairs,
    checksum: hash.digest('hex'),
    lines,
  };
}
