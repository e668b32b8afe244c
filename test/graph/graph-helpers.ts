// Shared by the knowledge-graph tests: a clean import of the project's scripts and a
// small query helper.
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { validateGraph, type Violation } from '../../src/validate/validate-graph.js';

export {
  DOC,
  importAll,
  importSeedGraph as freshImport,
  SEED_CYPHER_DIR as CYPHER_DIR,
} from '../support/seed-graph.js';

export async function rows(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

export function validate(driver: Driver, database: string): Promise<Violation[]> {
  return validateGraph(driver, { database, projectRoot: PROJECT_ROOT });
}
