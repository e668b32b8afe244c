// npm start: database (local or NEO4J_URI) → import → GraphQL server, then print where things are.
import { spawnSync } from 'node:child_process';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { ensureDatabase } from '../local-neo4j/ensure-database.js';
import { LocalNeo4jError } from '../local-neo4j/errors.js';
import { browserUrl } from '../local-neo4j/local-server.js';
import { createServer } from '../server/create-server.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const database = await ensureDatabase(loadConfig(), log);
  // Re-read: starting the local server may have generated the password into .env.
  const config = loadConfig();

  log('Importing the knowledge graph (npm run import)…');
  const imported = spawnSync('npm', ['run', '--silent', 'import'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (imported.status !== 0) {
    throw new LocalNeo4jError('The import failed (see above); the GraphQL server was not started. Fix the reported script, then run `npm start` again.');
  }

  const driver = createDriver(config.neo4j);
  const server = await createServer({ driver, config });
  let url: string;
  try {
    url = await server.listen();
  } catch (error) {
    await driver.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new LocalNeo4jError(`Port ${config.port} is already in use. Stop what runs there, or set PORT in .env to another port.`);
    }
    throw error;
  }

  log('');
  log('Liaoning Industry Graph is up:');
  log(`  GraphQL API     ${url}`);
  log(`  Health / ready  ${url.replace('/graphql', '/health')}  ${url.replace('/graphql', '/ready')}`);
  if (database.mode === 'local') {
    log(`  Neo4j Browser   ${browserUrl(config)}  (user '${config.neo4j.user}', password: NEO4J_PASSWORD in .env)`);
  } else {
    log(`  Neo4j           ${database.uri} (NEO4J_URI)`);
  }
  log('');
  log(database.mode === 'local'
    ? 'Ctrl-C stops the API; the database keeps running (stop it with `npm run db:stop`).'
    : 'Ctrl-C stops the API.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: draining requests and stopping the API…`);
    await server.stop();
    await driver.close();
    log(database.mode === 'local' ? 'API stopped. Neo4j is still running; `npm run db:stop` stops it.' : 'API stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof LocalNeo4jError || error instanceof ConfigError) {
    console.error(`\n${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
