// npm run guide:check — runs every query of the Neo4j Browser guide (guide/index.html)
// against the database and compares it with the result the guide states next to it.
// Exit 0: all match; 1: a query returned something else or failed; 2: the guide is
// malformed or the database cannot be reached.
import { loadConfig } from '../config.js';
import { createDriver, waitUntilAnswers } from '../db/driver.js';
import { checkGuideQueries } from '../browser-guide/check-queries.js';
import { GuideFormatError, changedByBrowserSanitizer, extractGuideQueries } from '../browser-guide/extract-queries.js';
import { formatCheckTable } from '../browser-guide/format-table.js';
import { renderGuideAsset } from '../browser-guide/guide-files.js';
import { GUIDE_FILE, guideBaseUrl } from '../browser-guide/guide-urls.js';
import { runCommand } from './fail.js';

async function main(): Promise<number> {
  const config = loadConfig();
  // The guide as the API serves it, so `:style` names the real URL.
  const html = renderGuideAsset(GUIDE_FILE, guideBaseUrl(config.port));
  const queries = extractGuideQueries(html);
  if (changedByBrowserSanitizer(html)) {
    console.error(
      'guide/index.html contains something Neo4j Browser strips from remote guides (a script, an on…= attribute or a javascript: link).',
    );
    return 2;
  }
  const driver = createDriver(config.neo4j);
  try {
    try {
      await waitUntilAnswers(driver, config.neo4j.database, 10_000);
    } catch (error) {
      console.error(
        `Cannot reach Neo4j at ${config.neo4j.uri}: ${(error as Error).message.split('\n')[0]}\n` +
          'Start it with `npm run db:start` (or set NEO4J_URI), and load the graph with `npm run import`.',
      );
      return 2;
    }
    console.log(
      `Checking ${queries.length} runnable blocks of guide/index.html against ${config.neo4j.uri} (database '${config.neo4j.database}')…\n`,
    );
    const checks = await checkGuideQueries(driver, queries, { database: config.neo4j.database });
    console.log(formatCheckTable(checks));
    const failed = checks.filter((c) => c.status !== 'ok');
    console.log(
      failed.length === 0
        ? `\nAll ${checks.length} blocks return what the guide says.`
        : `\n${failed.length} of ${checks.length} blocks differ from what the guide says. Is the graph imported (\`npm run import\`)?`,
    );
    return failed.length === 0 ? 0 : 1;
  } finally {
    await driver.close();
  }
}

runCommand(main, 2, [GuideFormatError]);
