// The bulk importer: batched UNWIND with parameters, nodes before relationships, every
// write a MERGE on `id` (nodes) or on the (start, type, end) triple (relationships), so a
// run that crashed, or a second run, adds nothing twice. (CREATE for relationships of a
// fresh import was tried: no faster on the whole data set, see docs/performance.md.)
//
// Progress is also kept in the database, in one `:BulkImportProgress` node per data set,
// written by the same statement as each batch and removed when the import completes: a
// re-run after a crash skips exactly the batches that were committed, and since the record
// lives in the database it disappears with a wiped database instead of pointing a re-run
// at data that is no longer there.
import { join } from 'node:path';
import { ensureNameKeys } from '../db/name-keys.js';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  readManifest,
  totalNodes,
  totalRelationships,
  type BulkManifest,
  type NodeFileSpec,
  type RelationshipFileSpec,
} from './manifest.js';
import { nodeRow, readBatches, relationshipRow, type Row } from './ndjson-batches.js';
import { createProgress, type ProgressReporter } from './progress.js';
import { applySchema } from './schema.js';

export const PROGRESS_LABEL = 'BulkImportProgress';

/**
 * How each batch reaches the database:
 *  - `transaction-per-batch`: one managed write transaction per batch of `batchSize` rows;
 *  - `call-in-transactions`: one auto-commit statement per `batchSize × callBatches` rows that
 *    commits every `batchSize` rows itself (`CALL { … } IN TRANSACTIONS`): fewer round trips.
 */
export type BatchMode = 'transaction-per-batch' | 'call-in-transactions';

export interface BulkImportOptions {
  driver: Driver;
  database: string;
  /** Folder that holds manifest.json. */
  dir: string;
  batchSize?: number;
  mode?: BatchMode;
  /** Rows per statement in `call-in-transactions` mode, as a multiple of batchSize. */
  callBatches?: number;
  /** Skip the schema step (the caller created it and wants it out of the timing). */
  skipSchema?: boolean;
  quiet?: boolean;
  log?: (line: string) => void;
}

export interface BulkImportResult {
  nodes: number;
  relationships: number;
  schemaSeconds: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  totalSeconds: number;
  nodesPerSec: number;
  relsPerSec: number;
  resumed: boolean;
}

export const DEFAULT_BATCH_SIZE = 10_000;

export function nodeStatement(spec: NodeFileSpec): string {
  const extra = spec.extraLabels.map((l) => `:\`${l}\``).join('');
  return `MERGE (n:\`${spec.label}\` {id: row.id}) SET n += row${extra ? ` SET n${extra}` : ''}`;
}

export function relationshipStatement(spec: RelationshipFileSpec): string {
  return (
    `MATCH (a:\`${spec.fromLabel}\` {id: row.from}) MATCH (b:\`${spec.toLabel}\` {id: row.to}) ` +
    `MERGE (a)-[r:\`${spec.type}\`]->(b) SET r += row.props`
  );
}

function wrap(body: string, mode: BatchMode): string {
  return mode === 'call-in-transactions'
    ? `UNWIND $rows AS row CALL (row) { ${body} } IN TRANSACTIONS OF $batchSize ROWS`
    : `UNWIND $rows AS row ${body}`;
}

async function readProgress(driver: Driver, database: string, dataset: string): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `MATCH (p:${PROGRESS_LABEL} {dataset: $dataset}) RETURN p.done AS done`,
    { dataset },
    { database },
  );
  const done = records[0]?.get('done');
  return typeof done === 'string' ? (JSON.parse(done) as Record<string, number>) : {};
}

async function clearProgress(driver: Driver, database: string, dataset: string): Promise<void> {
  await driver.executeQuery(`MATCH (p:${PROGRESS_LABEL} {dataset: $dataset}) DELETE p`, { dataset }, { database });
}

interface FileJob {
  file: string;
  statement: string;
  toRow: (line: string) => Row;
}

/**
 * The statement for one batch: the rows' writes, then the progress record, in the same
 * statement — so in `transaction-per-batch` mode a batch and the record of it commit
 * together or not at all, and a resume neither skips nor repeats a batch.
 */
function batchQuery(body: string, mode: BatchMode): string {
  return `${wrap(body, mode)}
WITH count(*) AS written
MERGE (progress:${PROGRESS_LABEL} {dataset: $dataset}) SET progress.done = $done, progress.updatedAt = datetime()`;
}

async function importFile(
  options: Required<Pick<BulkImportOptions, 'driver' | 'database' | 'dir' | 'batchSize' | 'mode' | 'callBatches'>>,
  job: FileJob,
  done: Record<string, number>,
  dataset: string,
  progress: ProgressReporter,
): Promise<void> {
  const { driver, database, dir, batchSize, mode, callBatches } = options;
  const rowsPerStatement = mode === 'call-in-transactions' ? batchSize * callBatches : batchSize;
  const query = batchQuery(job.statement, mode);
  for await (const rows of readBatches(join(dir, job.file), rowsPerStatement, done[job.file] ?? 0, job.toRow)) {
    const after = JSON.stringify({ ...done, [job.file]: (done[job.file] ?? 0) + rows.length });
    if (mode === 'call-in-transactions') {
      // CALL { } IN TRANSACTIONS needs an auto-commit transaction, not a managed one.
      const session = driver.session({ database });
      try {
        await session.run(query, { rows, batchSize: neo4j.int(batchSize), dataset, done: after });
      } finally {
        await session.close();
      }
    } else {
      await driver.executeQuery(query, { rows, dataset, done: after }, { database });
    }
    done[job.file] = (done[job.file] ?? 0) + rows.length;
    progress.advance(rows.length);
  }
}

export async function importDataset(options: BulkImportOptions): Promise<BulkImportResult> {
  const manifest: BulkManifest = readManifest(options.dir);
  const settings = {
    driver: options.driver,
    database: options.database,
    dir: options.dir,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    mode: options.mode ?? 'transaction-per-batch',
    callBatches: options.callBatches ?? 10,
  };
  const log = options.log ?? (() => {});
  const dataset = manifest.fingerprint;
  const started = performance.now();

  if (!options.skipSchema) await applySchema(settings.driver, settings.database, manifest);
  const schemaDone = performance.now();

  const done = await readProgress(settings.driver, settings.database, dataset);
  const resumed = Object.keys(done).length > 0;
  if (resumed) log(`Resuming the import of ${manifest.description}: committed batches are skipped.`);
  const doneIn = (specs: { file: string }[]) => specs.reduce((sum, s) => sum + (done[s.file] ?? 0), 0);

  const nodeProgress = createProgress('nodes', totalNodes(manifest), {
    initial: doneIn(manifest.nodes),
    quiet: options.quiet,
  });
  for (const spec of manifest.nodes) {
    await importFile(
      settings,
      {
        file: spec.file,
        statement: nodeStatement(spec),
        toRow: nodeRow(spec.properties),
      },
      done,
      dataset,
      nodeProgress,
    );
  }
  nodeProgress.finish();
  const nodesDone = performance.now();

  const relProgress = createProgress('relationships', totalRelationships(manifest), {
    initial: doneIn(manifest.relationships),
    quiet: options.quiet,
  });
  for (const spec of manifest.relationships) {
    await importFile(
      settings,
      {
        file: spec.file,
        statement: relationshipStatement(spec),
        toRow: relationshipRow(spec.properties),
      },
      done,
      dataset,
      relProgress,
    );
  }
  relProgress.finish();
  const relsDone = performance.now();
  await clearProgress(settings.driver, settings.database, dataset);
  // The API resolves names through these keys; part of loading a graph it can serve.
  await ensureNameKeys(settings.driver, settings.database);

  const nodes = totalNodes(manifest);
  const relationships = totalRelationships(manifest);
  const nodeSeconds = (nodesDone - schemaDone) / 1000;
  const relationshipSeconds = (relsDone - nodesDone) / 1000;
  return {
    nodes,
    relationships,
    schemaSeconds: (schemaDone - started) / 1000,
    nodeSeconds,
    relationshipSeconds,
    totalSeconds: (relsDone - started) / 1000,
    nodesPerSec: nodes / nodeSeconds,
    relsPerSec: relationships / relationshipSeconds,
    resumed,
  };
}
