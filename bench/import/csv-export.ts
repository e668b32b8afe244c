// Turns a bulk data set (NDJSON) into CSV files with neo4j-admin import headers
// (`id:ID`, `:START_ID`, `:END_ID`, `name:int`, `aliases:string[]`), which LOAD CSV reads
// as well — so the two CSV-based methods load the very same files, made from the very
// same data as the driver importer. Lists are joined with '|', which the generator never
// puts inside a string.
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { BulkManifest, PropertySpec } from '../../src/bulk-import/manifest.js';

export const ARRAY_DELIMITER = '|';

export interface CsvFile {
  /** Path relative to the CSV folder. */
  file: string;
  header: string[];
}

export interface CsvNodeFile extends CsvFile {
  label: string;
  extraLabels: string[];
  properties: PropertySpec[];
}

export interface CsvRelationshipFile extends CsvFile {
  type: string;
  fromLabel: string;
  toLabel: string;
  properties: PropertySpec[];
}

export interface CsvDataset {
  dir: string;
  nodes: CsvNodeFile[];
  relationships: CsvRelationshipFile[];
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.map(String).join(ARRAY_DELIMITER) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function headerName(p: PropertySpec): string {
  return p.type === 'string' ? p.name : `${p.name}:${p.type}`;
}

async function convert(
  source: string,
  target: string,
  header: string[],
  toFields: (row: Record<string, unknown>) => unknown[],
): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const out = createWriteStream(target);
  const lines = createInterface({
    input: createReadStream(source, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let chunk = `${header.join(',')}\n`;
  for await (const line of lines) {
    if (line === '') continue;
    chunk += `${toFields(JSON.parse(line) as Record<string, unknown>)
      .map(csvField)
      .join(',')}\n`;
    if (chunk.length < 1 << 20) continue;
    const flushed = out.write(chunk);
    chunk = '';
    if (!flushed) await once(out, 'drain');
  }
  out.end(chunk);
  await once(out, 'finish');
}

export async function exportCsv(dataDir: string, manifest: BulkManifest, csvDir: string): Promise<CsvDataset> {
  rmSync(csvDir, { recursive: true, force: true });
  const nodes: CsvNodeFile[] = [];
  for (const spec of manifest.nodes) {
    const properties = spec.properties.filter((p) => p.name !== 'id');
    const header = ['id:ID', ...properties.map(headerName)];
    const file = spec.file.replace(/\.ndjson$/, '.csv');
    await convert(join(dataDir, spec.file), join(csvDir, file), header, (row) => [
      row.id,
      ...properties.map((p) => row[p.name]),
    ]);
    nodes.push({ file, header, label: spec.label, extraLabels: spec.extraLabels, properties });
  }
  const relationships: CsvRelationshipFile[] = [];
  for (const spec of manifest.relationships) {
    const header = [':START_ID', ':END_ID', ...spec.properties.map(headerName)];
    const file = spec.file.replace(/\.ndjson$/, '.csv');
    await convert(join(dataDir, spec.file), join(csvDir, file), header, (row) => [
      row.from,
      row.to,
      ...spec.properties.map((p) => row[p.name]),
    ]);
    relationships.push({
      file,
      header,
      type: spec.type,
      fromLabel: spec.fromLabel,
      toLabel: spec.toLabel,
      properties: spec.properties,
    });
  }
  return { dir: csvDir, nodes, relationships };
}
