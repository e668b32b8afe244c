// Shared by the knowledge-graph tests: a clean import of the project's scripts and a
// small query helper.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { runImport, wipeGraph, type ScriptCounts } from '../../src/graph-import/run-import.js';
import { validateGraph, type Violation } from '../../src/validate/validate-graph.js';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

export const DOC = {
  a000: '000_78ef79e541532cd8',
  a001: '001_edc594fb762addbc',
  a002: '002_f9541a57cbb08284',
  a003: '003_b398dfc9fbd39d76',
  a004: '004_259afd6deae00c3b',
  reference: 'reference_administrative_geography',
} as const;

export async function importAll(driver: Driver, database: string): Promise<ScriptCounts[]> {
  return runImport(driver, { database, cypherDir: CYPHER_DIR });
}

/** Empties the database, then imports every script: the graph as `npm run import` builds it. */
export async function freshImport(driver: Driver, database: string): Promise<ScriptCounts[]> {
  await wipeGraph(driver, database);
  return importAll(driver, database);
}

export async function rows(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

export function validate(driver: Driver, database: string): Promise<Violation[]> {
  return validateGraph(driver, { database, projectRoot: PROJECT_ROOT });
}
