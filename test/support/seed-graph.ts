// The seed graph as `npm run import` builds it, for tests that need it in a known state.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { runImport, wipeGraph, type ScriptCounts } from '../../src/graph-import/run-import.js';

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
