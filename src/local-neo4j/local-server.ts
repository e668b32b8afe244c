// Start, stop, inspect and reset the project's own Neo4j server, which lives entirely
// in one git-ignored folder (NEO4J_LOCAL_DIR, default `.neo4j/`).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import { createDriver, isAuthError, waitUntilAnswers } from '../db/driver.js';
import { JAVA_INSTALL_HINT, findJava } from '../java/java-runtime.js';
import { exitOrKill, livePid } from '../process/server-process.js';
import { NEO4J_VERSION, ensureDistribution, type Distribution } from './distribution.js';
import { LocalNeo4jError } from './errors.js';
import { ensureLocalPassword } from './password.js';
import { isPortFree, portOwner } from './ports.js';
import { renderServerConfig, type BrowserSettings } from './server-config.js';

export type Log = (line: string) => void;

export interface ServerPaths {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  import: string;
  pidFile: string;
}

export function serverPaths(localDir: string): ServerPaths {
  const home = join(localDir, 'server');
  return {
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    plugins: join(home, 'plugins'),
    import: join(home, 'import'),
    pidFile: join(home, 'run', 'neo4j.pid'),
  };
}

export interface LocalServerInfo {
  boltUrl: string;
  browserUrl: string;
  user: string;
  password: string;
  pid: number | null;
  alreadyRunning: boolean;
  passwordGenerated: boolean;
}

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export function browserUrl(config: AppConfig): string {
  return `http://localhost:${config.local.httpPort}/browser/`;
}

/** Java 17 or 21 is what the pinned Neo4j runs on; anything else gets a message naming the package. */
export function checkJava(): void {
  const java = findJava();
  if (!java.found) {
    throw new LocalNeo4jError(
      'Java is needed to run the local Neo4j, and `java` is not on PATH.\n' +
        `${JAVA_INSTALL_HINT},\n` +
        'or skip the local server: set NEO4J_URI to an existing Neo4j 5 (for example `docker compose up -d neo4j`).',
    );
  }
  if (java.major !== 17 && java.major !== 21) {
    throw new LocalNeo4jError(
      `Neo4j ${NEO4J_VERSION} runs on Java 17 or 21, but \`java -version\` says:\n${java.versionText}\n` +
        'Install Java 17 (Debian/Ubuntu: `apt-get install -y openjdk-17-jre-headless`) and put it first on PATH or set JAVA_HOME.',
    );
  }
}

/** Pid of this folder's server if it runs, else null (a stale pid file is ignored). */
export function runningPid(paths: ServerPaths): number | null {
  return livePid(paths.pidFile, paths.home);
}

function prepareHome(paths: ServerPaths, dist: Distribution): void {
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.plugins, paths.import])
    mkdirSync(dir, { recursive: true });
  const libLink = join(paths.home, 'lib');
  let current: string | null = null;
  try {
    current = readlinkSync(libLink);
  } catch {
    /* missing */
  }
  if (current !== dist.lib) {
    rmSync(libLink, { recursive: true, force: true });
    symlinkSync(dist.lib, libLink, 'dir');
  }
  // Copy (not link) plugins: users may drop their own jars into plugins/.
  for (const jar of readdirSync(dist.plugins)) {
    const target = join(paths.plugins, jar);
    if (!existsSync(target)) copyFileSync(join(dist.plugins, jar), target);
  }
}

function neo4jCommand(paths: ServerPaths, args: string[], command = 'org.neo4j.server.startup.Neo4jCommand') {
  return spawnSync('java', ['-cp', `${join(paths.home, 'lib')}/*`, command, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
    // The launcher waits for the server; on a loaded 2-core machine the JVM alone can take
    // over a minute to get there, so the bound is the start timeout, not the stop one.
    timeout: Math.max(START_TIMEOUT_MS + 120_000, STOP_TIMEOUT_MS + 30_000),
  });
}

export function logTail(paths: ServerPaths, lines = 30): string {
  const parts: string[] = [];
  for (const file of ['neo4j.log', 'debug.log']) {
    const path = join(paths.logs, file);
    if (!existsSync(path)) continue;
    let text = readFileSync(path, 'utf8').trimEnd().split('\n');
    if (file === 'debug.log') text = text.filter((l) => /ERROR|Exception|Caused by/.test(l));
    if (text.length)
      parts.push(`--- ${path} (last ${Math.min(lines, text.length)} lines) ---\n${text.slice(-lines).join('\n')}`);
  }
  return parts.join('\n') || `(no log files in ${paths.logs})`;
}

async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (await isPortFree(port)) return;
  const owner = portOwner(port);
  const by = owner ? `by pid ${owner.pid} (${owner.command})` : 'by another process';
  throw new LocalNeo4jError(
    `Port ${port} (${what}) on 127.0.0.1 is already in use ${by}.\n` +
      `Stop that process, or give the local Neo4j other ports in .env (${variable}=…), ` +
      'or point the project at that server with NEO4J_URI if it is a Neo4j you want to use.',
  );
}

async function waitForBolt(config: AppConfig, password: string, paths: ServerPaths): Promise<void> {
  const driver = createDriver({ ...config.neo4j, uri: `bolt://127.0.0.1:${config.local.boltPort}`, password });
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      try {
        await waitUntilAnswers(driver, config.neo4j.database, 5_000);
        return;
      } catch (error) {
        if (isAuthError(error)) {
          throw new LocalNeo4jError(
            `The local Neo4j refused the password from NEO4J_PASSWORD: its data was initialised with another one.\n` +
              'Put the original password back in .env, or wipe the local data with `npm run db:reset -- --yes` (the import rebuilds the graph).',
          );
        }
        if (runningPid(paths) === null) {
          throw new LocalNeo4jError(`Neo4j exited while starting. Its log says:\n${logTail(paths)}`);
        }
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            `Neo4j did not answer on bolt://127.0.0.1:${config.local.boltPort} within ${START_TIMEOUT_MS / 1000} s.\n` +
              `Its log says:\n${logTail(paths)}\nStop it with \`npm run db:stop\` and try again; see ${paths.logs} for more.`,
          );
        }
      }
    }
  } finally {
    await driver.close();
  }
}

/** Idempotent: starts the server if needed and returns only once Bolt answers a query. */
export async function startLocalNeo4j(config: AppConfig, browser: BrowserSettings, log: Log): Promise<LocalServerInfo> {
  const paths = serverPaths(config.local.dir);
  const { password, generated } = ensureLocalPassword();
  const info = (pid: number | null, alreadyRunning: boolean): LocalServerInfo => ({
    boltUrl: `bolt://localhost:${config.local.boltPort}`,
    browserUrl: browserUrl(config),
    user: config.neo4j.user,
    password,
    pid,
    alreadyRunning,
    passwordGenerated: generated,
  });

  const running = runningPid(paths);
  if (running !== null) {
    await waitForBolt(config, password, paths);
    return info(running, true);
  }

  checkJava();
  const dist = await ensureDistribution(config.local.dir, log);
  prepareHome(paths, dist);
  writeFileSync(join(paths.conf, 'neo4j.conf'), renderServerConfig(config.local, browser));
  await assertPortFree(config.local.boltPort, 'Bolt', 'NEO4J_BOLT_PORT');
  await assertPortFree(config.local.httpPort, 'HTTP / Neo4j Browser', 'NEO4J_HTTP_PORT');

  if (!existsSync(join(paths.data, 'databases', 'system'))) {
    if (config.neo4j.user !== 'neo4j') {
      throw new LocalNeo4jError(
        `The local Neo4j's admin user is 'neo4j'; unset NEO4J_USER (it is '${config.neo4j.user}') or set NEO4J_URI to a server that has that user.`,
      );
    }
    const set = neo4jCommand(
      paths,
      ['dbms', 'set-initial-password', password],
      'org.neo4j.server.startup.Neo4jAdminCommand',
    );
    if (set.status !== 0) throw new LocalNeo4jError(`Could not set the initial password:\n${set.stdout}${set.stderr}`);
  }

  log(`Starting Neo4j ${NEO4J_VERSION} (heap ${config.local.heapSize}, page cache ${config.local.pageCacheSize})…`);
  const started = Date.now();
  const result = neo4jCommand(paths, ['start']);
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      `Neo4j did not start (exit ${result.status}):\n${`${result.stdout}${result.stderr}`.trim()}\n${logTail(paths)}`,
    );
  }
  await waitForBolt(config, password, paths);
  log(`Neo4j answered on Bolt after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return info(runningPid(paths), false);
}

/** Stops the server cleanly (Neo4j's own shutdown), then makes sure no process is left. */
export async function stopLocalNeo4j(config: AppConfig, log: Log): Promise<boolean> {
  const paths = serverPaths(config.local.dir);
  const pid = runningPid(paths);
  if (pid === null) return false;
  log(`Stopping Neo4j (pid ${pid})…`);
  neo4jCommand(paths, ['stop']);
  await exitOrKill(pid, () => runningPid(paths) !== null, STOP_TIMEOUT_MS, log, 'Neo4j');
  rmSync(paths.pidFile, { force: true });
  return true;
}

/** Deletes the databases (not the downloaded distribution). The caller confirms first. */
export async function resetLocalNeo4j(config: AppConfig, log: Log): Promise<{ wasRunning: boolean }> {
  const wasRunning = await stopLocalNeo4j(config, log);
  const paths = serverPaths(config.local.dir);
  rmSync(paths.data, { recursive: true, force: true });
  log(`Deleted ${paths.data}.`);
  return { wasRunning };
}
