// Writes a synthetic graph in the bulk importer's format (manifest + NDJSON files).
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import {
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  type BulkManifest,
  type NodeFileSpec,
  type PropertySpec,
  type PropertyType,
  type RelationshipFileSpec,
} from '../../src/bulk-import/manifest.js';
import type { Properties, SyntheticGraph } from './synthetic-graph.js';

/** Bump when the generator's output changes for the same seed and scale. */
export const GENERATOR_VERSION = 1;

/** Extra label on every synthetic node, so synthetic data can be told apart (and removed) wholesale. */
export const SYNTHETIC_LABEL = 'Synthetic';

const FLOAT_PROPERTIES = new Set(['value']);

function propertyType(name: string, value: Properties[string]): PropertyType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return FLOAT_PROPERTIES.has(name) || !Number.isInteger(value) ? 'float' : 'int';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function propertySpecs(rows: Iterable<Properties>, skip: Set<string>): PropertySpec[] {
  const types = new Map<string, PropertyType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (skip.has(name)) continue;
      const type = propertyType(name, value);
      const known = types.get(name);
      if (known && known !== type && !(known === 'int' && type === 'float')) {
        throw new Error(`Property ${name} is both ${known} and ${type}`);
      }
      if (!known || type === 'float') types.set(name, type);
    }
  }
  return [...types].map(([name, type]) => ({ name, type })).sort((a, b) => a.name.localeCompare(b.name));
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length < 1 << 20) continue;
    const flushed = out.write(chunk);
    chunk = '';
    if (!flushed) await once(out, 'drain');
  }
  out.end(chunk);
  await once(out, 'finish');
}

export function datasetFingerprint(seed: string, scale: number, idTag = ''): string {
  return createHash('sha256')
    .update(`liaoning-synthetic/${GENERATOR_VERSION}/${seed}/${scale}/${idTag}`)
    .digest('hex')
    .slice(0, 16);
}

export async function writeDataset(graph: SyntheticGraph, dir: string): Promise<BulkManifest> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'nodes'), { recursive: true });
  mkdirSync(join(dir, 'relationships'), { recursive: true });

  const nodes: NodeFileSpec[] = [];
  for (const [label, list] of graph.nodes) {
    const file = join('nodes', `${label}.ndjson`);
    await writeLines(
      join(dir, file),
      list.map((n) => JSON.stringify(n.props)),
    );
    const isEntity = label !== 'Document' && label !== 'Indicator';
    nodes.push({
      file,
      label,
      extraLabels: isEntity ? ['Entity', SYNTHETIC_LABEL] : [SYNTHETIC_LABEL],
      count: list.length,
      properties: propertySpecs(
        list.map((n) => n.props),
        new Set(),
      ),
    });
  }

  const relationships: RelationshipFileSpec[] = [];
  for (const group of graph.relationships) {
    const file = join('relationships', `${group.type}__${group.fromLabel}__${group.toLabel}.ndjson`);
    await writeLines(
      join(dir, file),
      group.rows.map((r) => JSON.stringify({ from: r.from, to: r.to, ...r.props })),
    );
    relationships.push({
      file,
      type: group.type,
      fromLabel: group.fromLabel,
      toLabel: group.toLabel,
      count: group.rows.length,
      properties: propertySpecs(
        group.rows.map((r) => r.props),
        new Set(),
      ),
    });
  }

  const manifest: BulkManifest = {
    format: MANIFEST_FORMAT,
    description: `Synthetic Liaoning industry graph, generator v${GENERATOR_VERSION}, seed ${JSON.stringify(graph.seed)}, scale ${graph.scale}`,
    fingerprint: datasetFingerprint(graph.seed, graph.scale, graph.idTag),
    nodes,
    relationships,
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
