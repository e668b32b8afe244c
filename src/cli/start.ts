// npm start: database (local or NEO4J_URI) → import (skipped when the database already holds
// the graph of the current cypher/ and data/) → GraphQL server, then print where things are.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, loadConfig, type AppConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { importFingerprint, readImportState } from '../graph-import/import-fingerprint.js';
import { ensureDatabase } from '../local-neo4j/ensure-database.js';
import { ImportFailedError } from '../graph-import/import-failed-error.js';
import { guideBaseUrl, openGuideCommand } from '../browser-guide/guide-urls.js';
import { browserUrl } from '../local-neo4j/local-server.js';
import { runServer } from '../server/run-server.js';
import { exitWithError } from './fail.js';
import { ensureEnvSecret } from '../env-secret.js';
import { signInUrl } from '../review/urls.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const database = await ensureDatabase(loadConfig(), log);
  // Re-read: starting the local server may have generated the password into .env.
  const config = loadConfig();

  // Checked here rather than in a child process: starting `npm run import` (npm + tsx) costs
  // more than the check, and an unchanged graph needs nothing else.
  const fingerprint = importFingerprint(join(PROJECT_ROOT, 'cypher'), join(PROJECT_ROOT, 'data'));
  if ((await storedFingerprint(config)) === fingerprint) {
    log(
      `The database already holds the graph of the current cypher/ and data/ (import fingerprint ${fingerprint.slice(0, 12)}): nothing imported. \`npm run import\` imports anyway.`,
    );
  } else {
    log('Importing the knowledge graph (npm run import)…');
    const imported = spawnSync('npm', ['run', '--silent', 'import'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (imported.status !== 0) {
      throw new ImportFailedError(
        'The import failed (see above); the GraphQL server was not started. Fix the reported script, then run `npm start` again.',
      );
    }
  }

  const local = database.mode === 'local';
  // The review workspace writes to the project: it needs the reviewer token, made once and kept in .env.
  const reviewer = ensureEnvSecret('REVIEW_TOKEN', 'npm start: the review workspace token', 32);
  if (reviewer.generated) log('Generated REVIEW_TOKEN into .env: the review workspace is on.');
  await runServer(config, {
    banner: (url) => [
      '',
      'Liaoning Industry Graph is up:',
      `  GraphQL API     ${url}`,
      `  GraphQL IDE     ${url.replace('/graphql', '/graphiql')}  (works offline; example queries preloaded)`,
      `  Explorer        ${url.replace('/graphql', '/explore')}  (search, entity and article pages; works offline)`,
      `  Review drafts   ${signInUrl(url.replace('/graphql', ''), reviewer.value)}  (sign-in link: keep it to yourself)`,
      `  Health / ready  ${url.replace('/graphql', '/health')}  ${url.replace('/graphql', '/ready')}`,
      local
        ? `  Neo4j Browser   ${browserUrl(config)}  (user '${config.neo4j.user}', password: NEO4J_PASSWORD in .env)`
        : `  Neo4j           ${config.neo4j.uri} (NEO4J_URI)`,
      // The exact command that opens the guide; the local server's Browser also runs it on connect.
      `  Browser guide   ${openGuideCommand(guideBaseUrl(new URL(url).port))}  (type it into Neo4j Browser)`,
      '',
      local
        ? 'Ctrl-C stops the API; the database keeps running (stop it with `npm run db:stop`).'
        : 'Ctrl-C stops the API.',
    ],
    afterStop: local ? 'API stopped. Neo4j is still running; `npm run db:stop` stops it.' : 'API stopped.',
  });
}

/** The fingerprint the last completed import stored, or null (none, or the database cannot say). */
async function storedFingerprint(config: AppConfig): Promise<string | null> {
  const driver = createDriver(config.neo4j);
  try {
    return await readImportState(driver, config.neo4j.database);
  } catch {
    return null; // the import that follows reports what is wrong with the database
  } finally {
    await driver.close();
  }
}

main().catch(exitWithError);
