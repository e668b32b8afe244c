// A fingerprint of the whole graph: counts, the sorted node ids and a SHA-256 over every
// node's labels and properties and every relationship's type, ends and properties, each
// property with its Cypher type.
// Two graphs with equal fingerprints hold the same data, whatever their internal ids.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** Sorted `id` properties of all nodes (nodes without one count as `<none>`). */
  ids: string[];
  checksum: string;
}

/** JSON with object keys sorted, so equal property maps print equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The Cypher types of the properties, sorted by key: the driver reads an Integer and a
 * Float of the same value as one JavaScript number, and the graph must not change one into the other.
 */
function canonicalTypes(types: unknown): string {
  return canonical([...(types as [string, string][])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function graphFingerprint(driver: Driver, database: string): Promise<GraphFingerprint> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types',
    {},
    { database, routing: 'READ' },
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types',
    {},
    { database, routing: 'READ' },
  );

  const lines: string[] = [];
  const ids: string[] = [];
  for (const record of nodes.records) {
    const props = record.get('props') as Record<string, unknown>;
    ids.push(typeof props.id === 'string' ? props.id : '<none>');
    lines.push(
      `N ${canonical([...(record.get('labels') as string[])].sort())} ${canonical(props)} ${canonicalTypes(record.get('types'))}`,
    );
  }
  for (const record of relationships.records) {
    lines.push(
      `R ${record.get('type')} ${canonical(record.get('from'))} ${canonical(record.get('to'))} ${canonical(record.get('props'))} ${canonicalTypes(record.get('types'))}`,
    );
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return {
    nodes: nodes.records.length,
    relationships: relationships.records.length,
    ids: ids.sort(),
    checksum: hash.digest('hex'),
  };
}
