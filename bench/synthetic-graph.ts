// The benchmark's own server holding the synthetic graph of a scale: opened (started when it is
// not running) and loaded with that graph unless it holds it already. Shared by the commands
// that measure on it (hub pages, drafting).
import { importDataset } from '../src/bulk-import/import-dataset.js';
import { totalNodes, totalRelationships } from '../src/bulk-import/manifest.js';
import { defaultToBenchDatabase, openBenchDatabase, type BenchDatabase } from './bench-database.js';
import { ensureDataset } from './generator/generate.js';
import { countGraph, wipeDatabase } from './import/wipe-database.js';
import { DEFAULT_SEED, datasetDir } from './paths.js';

export async function openSyntheticGraph(options: {
  scale: number;
  yesReplace: boolean;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const { scale, log } = options;
  const { ownServer } = defaultToBenchDatabase();
  const db = await openBenchDatabase({ yesReplace: options.yesReplace, ownServer, log });
  try {
    const { manifest, dir } = await ensureDataset({ scale, seed: DEFAULT_SEED, dir: datasetDir(scale), log });
    const counts = await countGraph(db.driver, db.database);
    if (counts.nodes !== totalNodes(manifest) || counts.relationships !== totalRelationships(manifest)) {
      log(`Importing the scale-${scale} synthetic graph into the benchmark's server…`);
      await wipeDatabase(db.driver, db.database);
      await importDataset({ driver: db.driver, database: db.database, dir, log });
    } else log(`The benchmark's server already holds the scale-${scale} synthetic graph.`);
    return db;
  } catch (error) {
    await db.close(false);
    throw error;
  }
}
