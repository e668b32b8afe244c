// The on-disk format the bulk importer reads: a folder with `manifest.json` and one
// NDJSON file per node label and per (relationship type, start label, end label).
// A node line is a flat JSON object of properties that includes `id`; a relationship
// line is `{ "from": id, "to": id, ...properties }`. The manifest names the labels,
// the endpoint labels and each property's type, because JSON cannot tell an Integer
// from a Float and Neo4j can.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'liaoning-bulk/1';

export type PropertyType = 'string' | 'int' | 'float' | 'boolean' | 'string[]';

export interface PropertySpec {
  name: string;
  type: PropertyType;
}

export interface NodeFileSpec {
  /** Path relative to the manifest's folder. */
  file: string;
  /** The label whose uniqueness constraint on `id` the import merges on. */
  label: string;
  /** Further labels every node of the file gets (e.g. `Entity`). */
  extraLabels: string[];
  count: number;
  properties: PropertySpec[];
}

export interface RelationshipFileSpec {
  file: string;
  type: string;
  fromLabel: string;
  toLabel: string;
  count: number;
  properties: PropertySpec[];
}

export interface BulkManifest {
  format: typeof MANIFEST_FORMAT;
  /** What produced the data and with which parameters; also what tells two data sets apart. */
  description: string;
  fingerprint: string;
  nodes: NodeFileSpec[];
  relationships: RelationshipFileSpec[];
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Labels, types and property names end up in Cypher text, so only plain names are accepted. */
function assertName(name: string, what: string): void {
  if (!NAME.test(name))
    throw new ManifestError(`${what} ${JSON.stringify(name)} is not a plain name (letters, digits, _).`);
}

export function readManifest(dir: string): BulkManifest {
  let manifest: BulkManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as BulkManifest;
  } catch (error) {
    throw new ManifestError(
      `Cannot read ${join(dir, MANIFEST_FILE)}: ${(error as Error).message}. Generate data first (npm run bench:generate).`,
    );
  }
  if (manifest.format !== MANIFEST_FORMAT) {
    throw new ManifestError(
      `${join(dir, MANIFEST_FILE)} has format ${JSON.stringify(manifest.format)}; this importer reads ${MANIFEST_FORMAT}.`,
    );
  }
  for (const spec of manifest.nodes) {
    [spec.label, ...spec.extraLabels].forEach((l) => assertName(l, 'Label'));
    spec.properties.forEach((p) => assertName(p.name, 'Property'));
  }
  for (const spec of manifest.relationships) {
    assertName(spec.type, 'Relationship type');
    assertName(spec.fromLabel, 'Label');
    assertName(spec.toLabel, 'Label');
    spec.properties.forEach((p) => assertName(p.name, 'Property'));
  }
  return manifest;
}

export function totalNodes(manifest: BulkManifest): number {
  return manifest.nodes.reduce((sum, spec) => sum + spec.count, 0);
}

export function totalRelationships(manifest: BulkManifest): number {
  return manifest.relationships.reduce((sum, spec) => sum + spec.count, 0);
}
