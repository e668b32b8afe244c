// Loads the same generated data three ways, one after the other, into an emptied
// database (or, for neo4j-admin, an offline throwaway store), and reports nodes/s and
// relationships/s for each. The driver importer runs last, so its graph is the one the
// query benchmark then uses.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { importDataset, type BatchMode } from '../../src/bulk-import/import-dataset.js';
import { totalNodes, totalRelationships, type BulkManifest } from '../../src/bulk-import/manifest.js';
import { applySchema } from '../../src/bulk-import/schema.js';
import { serverPaths } from '../../src/local-neo4j/local-server.js';
import { runAdminImport } from './admin-import.js';
import { exportCsv } from './csv-export.js';
import { runLoadCsv } from './load-csv.js';
import { countGraph, wipeDatabase } from './wipe-database.js';

export interface ImportMeasurement {
  method: string;
  nodes: number;
  rels: number;
  nodesPerSec: number;
  relsPerSec: number;
  /** Wall time of the whole load, schema included where the method builds it. */
  seconds: number;
  note?: string;
}

export interface CompareImportsOptions {
  driver: Driver;
  database: string;
  dataDir: string;
  manifest: BulkManifest;
  /** The local server's folder; null for a server named by NEO4J_URI (no import folder, no offline store). */
  localDir: string | null;
  batchSize: number;
  mode?: BatchMode;
  /**
   * A small data set loaded both ways, unmeasured, before the measured runs: a server that
   * has just started runs its first writes through a cold JIT, which would handicap
   * whichever method happens to go first (LOAD CSV ran at a quarter of its speed).
   */
  warmup?: { dataDir: string; manifest: BulkManifest };
  log: (line: string) => void;
}

async function checkCounts(driver: Driver, database: string, manifest: BulkManifest, method: string): Promise<void> {
  const counts = await countGraph(driver, database);
  if (counts.nodes !== totalNodes(manifest) || counts.relationships !== totalRelationships(manifest)) {
    throw new Error(
      `${method} loaded ${counts.nodes} nodes and ${counts.relationships} relationships; the data set has ${totalNodes(manifest)} and ${totalRelationships(manifest)}.`,
    );
  }
}

export async function compareImports(options: CompareImportsOptions): Promise<ImportMeasurement[]> {
  const { driver, database, manifest, log } = options;
  const nodes = totalNodes(manifest);
  const rels = totalRelationships(manifest);
  const results: ImportMeasurement[] = [];

  if (options.warmup) {
    log('Warming the database up (a small data set, loaded both ways, not measured)…');
    await wipeDatabase(driver, database);
    await importDataset({
      driver,
      database,
      dir: options.warmup.dataDir,
      batchSize: options.batchSize,
      mode: options.mode,
      quiet: true,
    });
    if (options.localDir) {
      const folder = `bench-${options.warmup.manifest.fingerprint}`;
      const csv = await exportCsv(
        options.warmup.dataDir,
        options.warmup.manifest,
        join(serverPaths(options.localDir).import, folder),
      );
      await wipeDatabase(driver, database);
      await applySchema(driver, database, options.warmup.manifest);
      await runLoadCsv(driver, database, csv, `file:///${folder}`, options.batchSize);
    }
  }

  if (options.localDir) {
    const importDir = serverPaths(options.localDir).import;
    const csvFolder = `bench-${manifest.fingerprint}`;
    log('CSV files for LOAD CSV and neo4j-admin…');
    const csv = await exportCsv(options.dataDir, manifest, join(importDir, csvFolder));

    log('LOAD CSV … CALL { } IN TRANSACTIONS (after emptying the database)…');
    await wipeDatabase(driver, database);
    const started = performance.now();
    await applySchema(driver, database, manifest);
    const schemaDone = performance.now();
    const loaded = await runLoadCsv(driver, database, csv, `file:///${csvFolder}`, options.batchSize);
    const seconds = (performance.now() - started) / 1000;
    await checkCounts(driver, database, manifest, 'LOAD CSV');
    results.push({
      method: `LOAD CSV + CALL IN TRANSACTIONS OF ${options.batchSize} ROWS`,
      nodes,
      rels,
      seconds,
      nodesPerSec: nodes / loaded.nodeSeconds,
      relsPerSec: rels / loaded.relationshipSeconds,
      note: `schema ${((schemaDone - started) / 1000).toFixed(1)} s, nodes ${loaded.nodeSeconds.toFixed(1)} s, relationships ${loaded.relationshipSeconds.toFixed(1)} s`,
    });
    log(`  ${describe(results[results.length - 1] as ImportMeasurement)}`);

    log('neo4j-admin database import full (offline, into a throwaway store)…');
    const admin = await runAdminImport(options.localDir, csv, log);
    results.push({
      method: 'neo4j-admin database import full',
      nodes: admin.nodes,
      rels: admin.relationships,
      seconds: admin.wallSeconds,
      nodesPerSec: admin.nodes / admin.nodeSeconds,
      relsPerSec: admin.relationships / admin.relationshipSeconds,
      note:
        `its own total ${admin.toolSeconds.toFixed(1)} s (nodes ${admin.nodeSeconds.toFixed(1)} s, relationships + linking ${admin.relationshipSeconds.toFixed(1)} s); ` +
        `wall ${admin.wallSeconds.toFixed(1)} s with JVM start; builds no indexes (a server builds them on first start)`,
    });
    log(`  ${describe(results[results.length - 1] as ImportMeasurement)}`);
  } else {
    log(
      'NEO4J_URI names an external server: LOAD CSV and neo4j-admin need its import folder and an offline store, so only the driver importer runs.',
    );
  }

  log(`Driver importer (npm run import:bulk), batches of ${options.batchSize} (after emptying the database)…`);
  await wipeDatabase(driver, database);
  const result = await importDataset({
    driver,
    database,
    dir: options.dataDir,
    batchSize: options.batchSize,
    mode: options.mode,
    log,
  });
  await checkCounts(driver, database, manifest, 'The driver importer');
  results.push({
    method: `driver importer: UNWIND $rows + MERGE, ${options.batchSize} rows per transaction`,
    nodes,
    rels,
    seconds: result.totalSeconds,
    nodesPerSec: result.nodesPerSec,
    relsPerSec: result.relsPerSec,
    note: `schema ${result.schemaSeconds.toFixed(1)} s, nodes ${result.nodeSeconds.toFixed(1)} s, relationships ${result.relationshipSeconds.toFixed(1)} s`,
  });
  log(`  ${describe(results[results.length - 1] as ImportMeasurement)}`);
  return results;
}

export function describe(m: ImportMeasurement): string {
  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  return `${m.method}: ${f(m.nodesPerSec)} nodes/s, ${f(m.relsPerSec)} relationships/s (${m.seconds.toFixed(1)} s)`;
}
