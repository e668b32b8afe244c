// npm run import [-- --reset | --if-changed]
// Loads cypher/*.cypher into Neo4j (schema first, then each data script in one
// transaction), prints per-file counts, then validates the graph. Re-running it leaves
// the same graph; --reset deletes all nodes first (use after removing data from scripts).
// --if-changed (what `npm start` runs) imports nothing when the database already holds
// exactly the graph of the current cypher/ and data/ (the fingerprint a completed,
// validated import stored in the graph).
import { join } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { clearImportState } from '../graph-import/import-fingerprint.js';
import { ImportError, importIfChanged, runImport, wipeGraph } from '../graph-import/run-import.js';
import { reportValidation } from '../validate/run-validate.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

async function main(): Promise<number> {
  const reset = process.argv.includes('--reset');
  const ifChanged = process.argv.includes('--if-changed') && !reset;
  const config = loadConfig();
  const { database } = config.neo4j;
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 15_000 });
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    console.log(`Importing cypher/*.cypher into ${config.neo4j.uri} (database '${database}')…`);
    if (reset) {
      await wipeGraph(driver, database);
      console.log('--reset: deleted every node and relationship.');
    }
    const started = Date.now();
    try {
      const options = { database, cypherDir: join(PROJECT_ROOT, 'cypher'), log: (l: string) => console.log(`  ${l}`) };
      let results;
      if (ifChanged) {
        const outcome = await importIfChanged(driver, options);
        if (outcome.skipped) {
          console.log(
            `Nothing imported: the database already holds the graph of the current cypher/ and data/ (import fingerprint ${outcome.fingerprint.slice(0, 12)}). \`npm run import\` imports anyway.`,
          );
          return 0;
        }
        results = outcome.results;
      } else {
        results = await runImport(driver, options);
      }
      const total = results.reduce(
        (a, c) => ({ n: a.n + c.nodesCreated, r: a.r + c.relationshipsCreated, p: a.p + c.propertiesSet }),
        { n: 0, r: 0, p: 0 },
      );
      console.log(
        `Imported ${results.length} scripts in ${((Date.now() - started) / 1000).toFixed(1)} s: +${total.n} nodes, +${total.r} relationships, ${total.p} properties set.`,
      );
    } catch (error) {
      if (error instanceof ImportError) {
        console.error(`\nImport stopped: cypher/${error.message}`);
        console.error(
          'That script was rolled back (earlier scripts stay imported). Fix the statement and run `npm run import` again.',
        );
        return 1;
      }
      throw error;
    }
    const violations = await reportValidation(driver, database, PROJECT_ROOT, (l) => console.log(l));
    if (violations.length === 0) return 0;
    // A graph that fails validation must be imported again next time, not skipped.
    await clearImportState(driver, database);
    return 1;
  } finally {
    await driver.close();
  }
}

runCommand(main, 2);
