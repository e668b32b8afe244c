// npm run draft -- <article.txt> [--title "…"] [--date YYYY-MM-DD|YYYY] [--out DIR]
// Proposes what a new article states, for a person to review (SPEC §4). Reads the graph,
// never writes to it. Bad input: a message, exit code 2, nothing written.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { DraftInputError } from '../draft/input.js';
import { runDraft } from '../draft/run-draft.js';
import { runCommand } from './fail.js';

const USAGE = 'Usage: npm run draft -- <article.txt> [--title "…"] [--date YYYY-MM-DD|YYYY] [--out DIR]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { title: { type: 'string' }, date: { type: 'string' }, out: { type: 'string' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    console.error(file ? `One article at a time; got ${parsed.positionals.length} paths.\n${USAGE}` : USAGE);
    return 2;
  }
  const config = loadConfig();
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 5_000 });
  try {
    const result = await runDraft(resolve(file), {
      projectRoot: PROJECT_ROOT,
      outDir: resolve(parsed.values.out ?? resolve(PROJECT_ROOT, 'drafts')),
      driver,
      database: config.neo4j.database,
      uri: config.neo4j.uri,
      title: parsed.values.title,
      date: parsed.values.date,
      log: (l) => console.log(l),
    });
    const { draft, files } = result;
    console.log('');
    console.log(`Draft ${draft.document.id} (${(result.millis / 1000).toFixed(1)} s):`);
    console.log(
      `  ${draft.entities.length} entities (${draft.entities.filter((e) => e.existing).length} existing, ${draft.entities.filter((e) => !e.existing).length} new), ${draft.facts.length} facts, ${draft.indicators.length} figures, ${draft.review.length} review items`,
    );
    console.log(
      `  validation: ${draft.validation.valid ? 'valid (applied and rolled back)' : `${draft.validation.violations.length} violation(s), see the JSON`}`,
    );
    for (const f of [files.json, files.cypher, files.html]) console.log(`  ${relative(process.cwd(), f)}`);
    console.log(`Review the page, edit the script if needed, then: npm run draft:accept -- ${draft.document.id}`);
    return 0;
  } catch (error) {
    if (error instanceof DraftInputError || error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

runCommand(main);
