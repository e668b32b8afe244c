// npm run db:start | db:stop | db:status | db:reset -- --yes
import { loadConfig, type AppConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { NEO4J_VERSION } from '../local-neo4j/distribution.js';
import { ensureDatabase } from '../local-neo4j/ensure-database.js';
import { exitWithError } from './fail.js';
import { browserUrl, runningPid, serverPaths, stopLocalNeo4j, resetLocalNeo4j } from '../local-neo4j/local-server.js';

const log = (line: string) => console.log(line);

function externalNotice(config: AppConfig, action: string): void {
  console.log(`NEO4J_URI is set (${config.neo4j.uri}): the project uses that server and does not ${action} it.`);
}

async function probe(config: AppConfig): Promise<string> {
  const driver = createDriver(config.neo4j, { connectionTimeoutMs: 3_000 });
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: config.neo4j.database },
    );
    const r = records[0];
    return `answers: Neo4j ${r?.get('version')} ${r?.get('edition')}, database '${config.neo4j.database}'`;
  } catch (error) {
    return `does not answer (${(error as Error).message.split('\n')[0]})`;
  } finally {
    await driver.close();
  }
}

export function printConnection(config: AppConfig, generated: boolean): void {
  console.log(`  Bolt:          bolt://localhost:${config.local.boltPort}`);
  console.log(`  Neo4j Browser: ${browserUrl(config)}`);
  console.log(
    `  Login:         user '${config.neo4j.user}', password from NEO4J_PASSWORD in .env${generated ? ' (generated just now)' : ''}`,
  );
}

async function start(): Promise<void> {
  const config = loadConfig();
  const choice = await ensureDatabase(config, log);
  if (choice.mode === 'external') {
    externalNotice(config, 'start');
    console.log(`The server ${await probe(config)}.`);
    return;
  }
  const s = choice.server;
  console.log(
    s.alreadyRunning
      ? `Neo4j ${NEO4J_VERSION} is already running (pid ${s.pid}).`
      : `Neo4j ${NEO4J_VERSION} is running (pid ${s.pid}).`,
  );
  printConnection(config, s.passwordGenerated);
}

async function stop(): Promise<void> {
  const config = loadConfig();
  if (config.externalNeo4j) return externalNotice(config, 'stop');
  const stopped = await stopLocalNeo4j(config, log);
  console.log(
    stopped
      ? 'Neo4j stopped; no server process is left.'
      : `The local Neo4j is not running (${serverPaths(config.local.dir).home}).`,
  );
}

async function status(): Promise<void> {
  const config = loadConfig();
  if (config.externalNeo4j) {
    console.log(`External Neo4j (NEO4J_URI): ${config.neo4j.uri}`);
    console.log(`  ${await probe(config)}`);
    return;
  }
  const paths = serverPaths(config.local.dir);
  const pid = runningPid(paths);
  console.log(`Local Neo4j ${NEO4J_VERSION} in ${paths.home}`);
  if (pid === null) {
    console.log('  not running — start it with `npm run db:start`');
    process.exitCode = 3;
    return;
  }
  console.log(`  running, pid ${pid}, heap ${config.local.heapSize}, page cache ${config.local.pageCacheSize}`);
  console.log(`  Bolt bolt://localhost:${config.local.boltPort} ${await probe(config)}`);
  console.log(`  Neo4j Browser ${browserUrl(config)}`);
}

async function reset(args: string[]): Promise<void> {
  const config = loadConfig();
  if (config.externalNeo4j) return externalNotice(config, 'reset');
  if (!args.includes('--yes')) {
    console.error(`This deletes every database of the local Neo4j in ${serverPaths(config.local.dir).data}.`);
    console.error('Run `npm run db:reset -- --yes` to confirm. (`npm run import` rebuilds the graph afterwards.)');
    process.exitCode = 2;
    return;
  }
  const { wasRunning } = await resetLocalNeo4j(config, log);
  if (wasRunning) {
    log('Starting it again with empty databases…');
    await start();
  } else {
    log('Done. `npm run db:start` starts it with empty databases.');
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = { start, stop, status, reset };

const [name = '', ...rest] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`Usage: npm run db:<start|stop|status|reset>   (got '${name}')`);
  process.exit(2);
}
await command(rest).catch(exitWithError);
