// The seed graph as `npm run import` builds it, for tests that need it in a known state.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { runImport, wipeGraph, type ScriptCounts } from '../../src/graph-import/run-import.js';
import { graphFingerprint } from './graph-fingerprint.js';

export const SEED_CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** Ids of the five source articles and the project's reference note. */
export const DOC = {
  a000: '000_78ef79e541532cd8',
  a001: '001_edc594fb762addbc',
  a002: '002_f9541a57cbb08284',
  a003: '003_b398dfc9fbd39d76',
  a004: '004_259afd6deae00c3b',
  reference: 'reference_administrative_geography',
} as const;

/** Runs every script over whatever the database holds (MERGE + SET repair what changed). */
export function importAll(driver: Driver, database: string): Promise<ScriptCounts[]> {
  return runImport(driver, { database, cypherDir: SEED_CYPHER_DIR });
}

/** Empties the database, then imports every script. */
export async function importSeedGraph(driver: Driver, database: string): Promise<ScriptCounts[]> {
  await wipeGraph(driver, database);
  return importAll(driver, database);
}

/** Files whose content decides what a fresh import builds. */
const IMPORT_INPUTS = [SEED_CYPHER_DIR, join(PROJECT_ROOT, 'src')];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Where the graph a fresh import of the current inputs built into this database is recorded. */
function recordFile(database: string): string {
  const hash = createHash('sha256').update(`${process.env.NEO4J_URI ?? ''}\n${database}\n`);
  for (const file of IMPORT_INPUTS.flatMap(filesUnder)) hash.update(file).update('\0').update(readFileSync(file));
  return join(RECORD_DIR, `seed-graph-${hash.digest('hex').slice(0, 24)}.json`);
}

const RECORD_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'liaoning-tests');

/** The data (fingerprint) and the indexes and constraints (names and definitions). */
async function graphState(driver: Driver, database: string): Promise<unknown> {
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
    {},
    { database, routing: 'READ' },
  );
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
    {},
    { database, routing: 'READ' },
  );
  return {
    data: await graphFingerprint(driver, database),
    indexes: indexes.records.map((r) => r.toObject()),
    constraints: constraints.records.map((r) => r.toObject()),
  };
}

/**
 * Makes the test database hold exactly the seed graph, importing it only when it does not
 * already. After each fresh import the state it built (data fingerprint, indexes,
 * constraints) is recorded under a key made of the database and every file that decides
 * what the import builds (cypher/, src/); a later call that finds the database in that same
 * state uses it as it is, anything else (another file's leftovers, a changed script or
 * importer) gets a fresh import. Saves a full import per suite, in a run and across runs.
 */
export async function ensureSeedGraph(driver: Driver, database: string): Promise<void> {
  const record = recordFile(database);
  if (existsSync(record)) {
    const imported: unknown = JSON.parse(readFileSync(record, 'utf8'));
    const current = JSON.parse(JSON.stringify(await graphState(driver, database))) as unknown;
    if (isDeepStrictEqual(current, imported)) return;
  }
  await importSeedGraph(driver, database);
  mkdirSync(RECORD_DIR, { recursive: true });
  writeFileSync(record, JSON.stringify(await graphState(driver, database)));
}
