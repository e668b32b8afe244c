// The database the benchmark loads its synthetic graph into. By default it is a local
// Neo4j of its own (`.neo4j-bench/`, other ports), so a benchmark never replaces the seed
// graph a developer works with. Pointed at any other database (NEO4J_URI, or a
// NEO4J_LOCAL_DIR the user chose) that holds anything but synthetic data, it refuses to
// run unless told `--yes-replace`.
import type { Driver } from 'neo4j-driver';
import { loadConfig, readEnvironment, type AppConfig } from '../src/config.js';
import { createDriver } from '../src/db/driver.js';
import { ensureDatabase, type DatabaseChoice } from '../src/local-neo4j/ensure-database.js';
import { stopLocalNeo4j } from '../src/local-neo4j/local-server.js';
import { SYNTHETIC_LABEL } from './generator/write-dataset.js';
import { PROGRESS_LABEL } from '../src/bulk-import/import-dataset.js';

export const BENCH_LOCAL_DIR = '.neo4j-bench';
export const BENCH_BOLT_PORT = '7697';
export const BENCH_HTTP_PORT = '7484';
/** Added to the user's own local ports when they are not the defaults. */
const BENCH_PORT_OFFSET = 10_000;

/** Gives the benchmark its own local server unless the user chose a database. Call before loadConfig(). */
export function defaultToBenchDatabase(env: NodeJS.ProcessEnv = process.env): { ownServer: boolean } {
  const e = readEnvironment(env);
  if (e.NEO4J_URI || e.NEO4J_LOCAL_DIR) return { ownServer: false };
  env.NEO4J_LOCAL_DIR = BENCH_LOCAL_DIR;
  // Ports of the user's own server moved by a fixed offset, never the same ones: the
  // benchmark's server runs beside that server, which may be up.
  const beside = (port: string | undefined, usual: string, bench: string) =>
    port && port !== usual ? String(Number(port) + BENCH_PORT_OFFSET) : bench;
  env.NEO4J_BOLT_PORT = beside(e.NEO4J_BOLT_PORT, '7687', BENCH_BOLT_PORT);
  env.NEO4J_HTTP_PORT = beside(e.NEO4J_HTTP_PORT, '7474', BENCH_HTTP_PORT);
  return { ownServer: true };
}

export interface BenchDatabase {
  config: AppConfig;
  driver: Driver;
  database: string;
  choice: DatabaseChoice;
  /** The local server's folder, or null for NEO4J_URI. */
  localDir: string | null;
  neo4jVersion: string;
  /** Stops what this run started (the driver; the local server if it was not running before). */
  close(keepServer: boolean): Promise<void>;
}

export class RefusedError extends Error {
  override name = 'RefusedError';
}

export async function openBenchDatabase(options: {
  yesReplace: boolean;
  ownServer: boolean;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const choice = await ensureDatabase(loadConfig(), options.log);
  const config = loadConfig(); // the local server may have just written its password into .env
  const driver = createDriver(config.neo4j, { connectionTimeoutMs: 30_000, maxTransactionRetryTimeMs: 60_000 });
  const database = config.neo4j.database;
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:${SYNTHETIC_LABEL} AND NOT n:${PROGRESS_LABEL} RETURN count(n) AS others`,
    {},
    { database },
  );
  const others = Number(records[0]?.get('others') ?? 0);
  if (others > 0 && !options.yesReplace) {
    await driver.close();
    throw new RefusedError(
      `The database at ${config.neo4j.uri} (${database}) holds ${others} nodes that are not synthetic benchmark data — the seed graph, probably.\n` +
        'The benchmark empties the database before each import. Run it against its own server (unset NEO4J_URI and NEO4J_LOCAL_DIR: ' +
        `it then uses ${BENCH_LOCAL_DIR}/ on ports ${BENCH_BOLT_PORT}/${BENCH_HTTP_PORT}), or pass --yes-replace to replace that data.`,
    );
  }
  const version = await driver.executeQuery(
    'CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS v',
    {},
    { database },
  );
  return {
    config,
    driver,
    database,
    choice,
    localDir: choice.mode === 'local' ? config.local.dir : null,
    neo4jVersion: String(version.records[0]?.get('v') ?? 'unknown'),
    async close(keepServer: boolean) {
      await driver.close();
      if (!keepServer && options.ownServer && choice.mode === 'local' && !choice.server.alreadyRunning) {
        await stopLocalNeo4j(config, options.log);
      }
    },
  };
}
