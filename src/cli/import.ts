// npm run import [-- --reset | --if-changed] [--from <folder>]
// Loads cypher/*.cypher into Neo4j (schema first, then each data script in one
// transaction), prints per-file counts, then validates the graph. Re-running it leaves
// the same graph; --reset deletes all nodes first (use after removing data from scripts).
// --if-changed (what `npm start` runs) imports nothing when the database already holds
// exactly the graph of the current cypher/ and data/ (the fingerprint a completed,
// validated import stored in the graph), and when the only change is scripts or statements
// added at the end (an accepted article), imports just those.
// --from <folder> imports another folder shaped like the project (its cypher/ and data/),
// such as a generated benchmark corpus (`npm run bench:corpus`).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { clearImportState } from '../graph-import/import-fingerprint.js';
import { ImportError, ScriptsFailedError, importIfChanged, runImport, wipeGraph } from '../graph-import/run-import.js';
import { reportValidation } from '../validate/run-validate.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

const USAGE = 'Usage: npm run import [-- --reset | --if-changed] [--from <folder with cypher/ and data/>]';

/** The folder whose cypher/ and data/ are imported: the project, or `--from <folder>`. */
function sourceFolder(args: string[]): string | null {
  const at = args.indexOf('--from');
  if (at === -1) return PROJECT_ROOT;
  const folder = args[at + 1];
  if (!folder || folder.startsWith('--')) return null;
  return resolve(folder);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const reset = args.includes('--reset');
  const ifChanged = args.includes('--if-changed') && !reset;
  const known = new Set(['--reset', '--if-changed', '--from']);
  const unknown = args.filter((a) => a.startsWith('--') && !known.has(a));
  const root = sourceFolder(args);
  if (unknown.length > 0 || root === null) {
    console.error(`${unknown.length ? `Unknown option ${unknown.join(', ')}.\n` : '--from needs a folder.\n'}${USAGE}`);
    return 2;
  }
  if (!existsSync(join(root, 'cypher')) || !existsSync(join(root, 'data'))) {
    console.error(
      `${root} has no cypher/ and data/ folders; --from takes a folder shaped like the project (\`npm run bench:corpus\` writes one).`,
    );
    return 2;
  }
  const shown = root === PROJECT_ROOT ? 'cypher/' : `${join(root, 'cypher')}/`;
  const config = loadConfig();
  const { database } = config.neo4j;
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 15_000 });
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    console.log(`Importing ${shown}*.cypher into ${config.neo4j.uri} (database '${database}')…`);
    if (reset) {
      await wipeGraph(driver, database);
      console.log('--reset: deleted every node and relationship.');
    }
    const started = Date.now();
    try {
      const options = {
        database,
        cypherDir: join(root, 'cypher'),
        projectRoot: root,
        log: (l: string) => console.log(`  ${l}`),
      };
      let results;
      let what = 'scripts';
      if (ifChanged) {
        const outcome = await importIfChanged(driver, options);
        if (outcome.skipped) {
          console.log(
            `Nothing imported: the database already holds the graph of the current cypher/ and data/ (import fingerprint ${outcome.fingerprint.slice(0, 12)}). \`npm run import\` imports anyway.`,
          );
          return 0;
        }
        results = outcome.results;
        if (outcome.incremental) what = 'scripts (only what was added since the last import)';
      } else {
        results = await runImport(driver, options);
      }
      const total = results.reduce(
        (a, c) => ({ n: a.n + c.nodesCreated, r: a.r + c.relationshipsCreated, p: a.p + c.propertiesSet }),
        { n: 0, r: 0, p: 0 },
      );
      const files = results.reduce((n, c) => n + c.files.length, 0);
      console.log(
        `Imported ${files} ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s: +${total.n} nodes, +${total.r} relationships, ${total.p} properties set.`,
      );
    } catch (error) {
      if (error instanceof ScriptsFailedError) {
        console.error(`\nNot imported: ${shown}${error.message}`);
        console.error(
          'Each failing script was rolled back alone; every other script is imported. Fix the statements named above and run `npm run import` again.',
        );
        return 1;
      }
      if (error instanceof ImportError) {
        console.error(`\nImport stopped: ${shown}${error.message}`);
        console.error(
          'That script was rolled back (earlier scripts stay imported). Fix the statement and run `npm run import` again.',
        );
        return 1;
      }
      throw error;
    }
    const violations = await reportValidation(driver, database, root, (l) => console.log(l));
    if (violations.length === 0) return 0;
    // A graph that fails validation must be imported again next time, not skipped.
    await clearImportState(driver, database);
    return 1;
  } finally {
    await driver.close();
  }
}

runCommand(main, 2);
