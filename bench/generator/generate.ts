// Generates (or reuses) the synthetic data set of a scale: same seed and scale give the
// same files, so an existing data set with the expected fingerprint is kept as it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, totalNodes, totalRelationships, type BulkManifest } from '../../src/bulk-import/manifest.js';
import { generateSyntheticGraph } from './synthetic-graph.js';
import { datasetFingerprint, writeDataset } from './write-dataset.js';

export interface GeneratedDataset {
  dir: string;
  manifest: BulkManifest;
  reused: boolean;
  seconds: number;
}

export async function ensureDataset(options: {
  scale: number;
  seed: string;
  dir: string;
  force?: boolean;
  log?: (line: string) => void;
}): Promise<GeneratedDataset> {
  const { scale, seed, dir } = options;
  const log = options.log ?? (() => {});
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!options.force && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BulkManifest;
    if (manifest.fingerprint === datasetFingerprint(seed, scale)) {
      log(`Synthetic data for scale ${scale} (seed ${JSON.stringify(seed)}) is already in ${dir}.`);
      return { dir, manifest, reused: true, seconds: 0 };
    }
  }
  const started = performance.now();
  log(`Generating synthetic data, scale ${scale}, seed ${JSON.stringify(seed)}…`);
  const graph = generateSyntheticGraph({ scale, seed });
  const manifest = await writeDataset(graph, dir);
  const seconds = (performance.now() - started) / 1000;
  log(
    `  ${totalNodes(manifest).toLocaleString('en-US')} nodes, ${totalRelationships(manifest).toLocaleString('en-US')} relationships in ${seconds.toFixed(1)} s → ${dir}`,
  );
  return { dir, manifest, reused: false, seconds };
}
