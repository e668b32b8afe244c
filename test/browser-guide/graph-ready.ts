// The guide's queries and the browser test need the project's graph. Other test files
// restore what they change, so an imported graph is used as it is; an empty database
// (a fresh test server) gets the import that `npm run import` runs.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { runImport } from '../../src/graph-import/run-import.js';

export async function ensureGraphImported(driver: Driver, database: string): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS documents', {}, { database });
  if (Number(records[0]?.get('documents') ?? 0) > 0) return;
  await runImport(driver, { database, cypherDir: join(PROJECT_ROOT, 'cypher') });
}
