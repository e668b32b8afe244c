// npm run draft:accept -- <docId> [--drafts DIR]
// Adds a reviewed draft to the project (article, corpus entry, documents script, facts
// script), imports it and validates the graph; refuses and changes nothing if any step fails.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { AcceptError, acceptDraft } from '../draft/accept.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

const USAGE = 'Usage: npm run draft:accept -- <docId> [--drafts DIR]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { drafts: { type: 'string' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [docId, ...extra] = parsed.positionals;
  if (!docId || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 15_000 });
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    const result = await acceptDraft(docId, {
      projectRoot: PROJECT_ROOT,
      draftsDir: resolve(parsed.values.drafts ?? resolve(PROJECT_ROOT, 'drafts')),
      driver,
      database: config.neo4j.database,
      log: (l) => console.log(l),
    });
    console.log(
      `Accepted ${docId}: ${relative(process.cwd(), result.articleFile)}, ${relative(process.cwd(), result.scriptFile)}; data/corpus.json and cypher/01_documents.cypher changed. Commit them.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AcceptError || error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

runCommand(main);
