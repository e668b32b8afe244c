// npm run import:bulk -- DIR [--batch-size N] [--mode transaction-per-batch|call-in-transactions]
// Loads a data set in the bulk format (see manifest.ts) into the configured Neo4j: the
// local server unless NEO4J_URI names another. Safe to re-run; resumes after a crash.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { ensureDatabase } from '../local-neo4j/ensure-database.js';
import { LocalNeo4jError } from '../local-neo4j/errors.js';
import { DEFAULT_BATCH_SIZE, importDataset, type BatchMode } from './import-dataset.js';
import { ManifestError } from './manifest.js';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      mode: { type: 'string' },
    },
  });
  const dir = positionals[0];
  if (!dir)
    throw new ConfigError(
      'Usage: npm run import:bulk -- DIR [--batch-size N] [--mode transaction-per-batch|call-in-transactions]',
    );
  const mode = (values.mode ?? 'transaction-per-batch') as BatchMode;
  if (mode !== 'transaction-per-batch' && mode !== 'call-in-transactions')
    throw new ConfigError(`--mode ${mode} is not one of transaction-per-batch, call-in-transactions`);
  const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new ConfigError('--batch-size must be a positive integer');

  await ensureDatabase(loadConfig(), console.log);
  const config = loadConfig(); // starting the local server may have written the password into .env
  const driver = createDriver(config.neo4j, { connectionTimeoutMs: 30_000, maxTransactionRetryTimeMs: 60_000 });
  try {
    const result = await importDataset({
      driver,
      database: config.neo4j.database,
      dir: resolve(dir),
      batchSize,
      mode,
      log: console.log,
    });
    console.log(
      `Imported ${result.nodes.toLocaleString('en-US')} nodes (${Math.round(result.nodesPerSec).toLocaleString('en-US')}/s) and ` +
        `${result.relationships.toLocaleString('en-US')} relationships (${Math.round(result.relsPerSec).toLocaleString('en-US')}/s) in ${result.totalSeconds.toFixed(1)} s.`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof ManifestError)
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
