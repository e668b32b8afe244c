// Reads an NDJSON file of the bulk format in batches, skipping the lines a previous run
// already imported, and turns each line into the parameter row the import statement
// expects (Integer properties as Neo4j Integers; JSON numbers would arrive as Floats).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import type { PropertySpec } from './manifest.js';

export type Row = Record<string, unknown>;

function integerConverter(properties: PropertySpec[]): (props: Row) => Row {
  const ints = properties.filter((p) => p.type === 'int').map((p) => p.name);
  if (ints.length === 0) return (props) => props;
  return (props) => {
    for (const name of ints) {
      const value = props[name];
      if (typeof value === 'number') props[name] = neo4j.int(value);
    }
    return props;
  };
}

/** Node rows are the line itself: a flat map of properties including `id`. */
export function nodeRow(properties: PropertySpec[]): (line: string) => Row {
  const convert = integerConverter(properties);
  return (line) => convert(JSON.parse(line) as Row);
}

/** Relationship rows split the endpoints from the properties: `{ from, to, props }`. */
export function relationshipRow(properties: PropertySpec[]): (line: string) => Row {
  const convert = integerConverter(properties);
  return (line) => {
    const { from, to, ...props } = JSON.parse(line) as Row;
    return { from, to, props: convert(props) };
  };
}

export async function* readBatches(
  path: string,
  batchSize: number,
  skipLines: number,
  toRow: (line: string) => Row,
): AsyncGenerator<Row[]> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let index = 0;
  let batch: Row[] = [];
  for await (const line of lines) {
    if (line === '') continue;
    if (index++ < skipLines) continue;
    batch.push(toRow(line));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
