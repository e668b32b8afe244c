// Constraints and indexes go in before any data: MERGE on `id` then uses the uniqueness
// constraint's index instead of scanning, and building indexes over an empty store is free.
// The model's own schema script (cypher/00_schema.cypher) is applied when present, so bulk
// data gets exactly the indexes the seed graph has; every label of the data set gets a
// uniqueness constraint on `id` in any case, named as that script names them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { splitCypherScript } from '../graph-import/cypher-script.js';
import type { BulkManifest } from './manifest.js';

export const MODEL_SCHEMA_SCRIPT = join(PROJECT_ROOT, 'cypher', '00_schema.cypher');

/** What 00_schema.cypher holds that queries rely on, for when the script is not there. */
const FALLBACK_STATEMENTS = [
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]',
];

export function schemaStatements(manifest: BulkManifest): string[] {
  const labels = new Set(
    manifest.nodes.flatMap((spec) => [spec.label, ...spec.extraLabels.filter((l) => l === 'Entity')]),
  );
  const constraints = [...labels].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE`,
  );
  const model = existsSync(MODEL_SCHEMA_SCRIPT)
    ? splitCypherScript(readFileSync(MODEL_SCHEMA_SCRIPT, 'utf8')).map((s) => s.text)
    : FALLBACK_STATEMENTS;
  return [...model, ...constraints];
}

export async function applySchema(driver: Driver, database: string, manifest: BulkManifest): Promise<void> {
  for (const statement of schemaStatements(manifest)) {
    // Schema changes cannot share a transaction with anything else: one auto-commit each.
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database });
}
