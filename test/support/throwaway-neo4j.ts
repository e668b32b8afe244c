// A Neo4j of the test's own, for tests that must stop, crash or restart the database
// (the shared test database must never be touched that way). It is the project's local
// server (same conf, same launcher) in its own git-ignored folder, on free ports, with
// small memory. Its data is wiped at every acquire, so each run starts from nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, loadConfig, type AppConfig } from '../../src/config.js';
import { distributionPaths } from '../../src/local-neo4j/distribution.js';
import { resetLocalNeo4j, runningPid, serverPaths } from '../../src/local-neo4j/local-server.js';
import { freePorts } from './free-ports.js';

export interface ThrowawayNeo4j {
  config: AppConfig;
  /** Starts (or restarts) the server; resolves once Bolt answers a query. */
  start(): Promise<void>;
  /** Neo4j's own clean shutdown. */
  stop(): Promise<void>;
  /** A crash: SIGKILL to the JVM, no shutdown at all. */
  kill(): void;
  pid(): number | null;
}

const log = (line: string) => console.log(`[throwaway neo4j] ${line}`);

/**
 * `npm run db:start|stop` for this server, in a child process: starting and stopping
 * Neo4j waits on its launcher synchronously, which would freeze this test process (and
 * any load it generates) for seconds at a time.
 */
function dbCommand(command: 'start' | 'stop', env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'db.ts'), command], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      for (const line of output.trim().split('\n').filter(Boolean)) log(line);
      if (code === 0) resolve();
      else reject(new Error(`db:${command} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * The distribution is the same for every folder: link the project's own server's (itself
 * links into Maven's local repository), which spares running Maven again.
 */
function shareDistribution(from: string, to: string): void {
  const source = distributionPaths(from);
  const target = distributionPaths(to);
  if (existsSync(join(target.root, '.complete')) || !existsSync(join(source.root, '.complete'))) return;
  mkdirSync(dirname(target.root), { recursive: true });
  rmSync(target.root, { recursive: true, force: true }); // an unfinished download or a dangling link
  symlinkSync(source.root, target.root, 'dir');
}

/**
 * `suffix` names the folder: `<NEO4J_LOCAL_DIR>-<suffix>`, so two developers (or two
 * suites) running tests with different local dirs never share one.
 */
export async function acquireThrowawayNeo4j(suffix: string): Promise<ThrowawayNeo4j> {
  const base = loadConfig();
  const [boltPort, httpPort] = await freePorts(2);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_DIR: `${base.local.dir}-${suffix}`,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
    // Empty, not unset: a NEO4J_URI in .env would otherwise make the db commands leave
    // this server alone; the driver's URI then defaults to the local Bolt port.
    NEO4J_URI: '',
    NEO4J_HEAP_SIZE: '1g',
    NEO4J_PAGECACHE_SIZE: '512m',
  };
  const config = loadConfig(env);
  if (!config.neo4j.password)
    throw new Error('NEO4J_PASSWORD must be set for a throwaway Neo4j (the test setup sets it).');

  shareDistribution(base.local.dir, config.local.dir);
  await resetLocalNeo4j(config, log);

  const paths = serverPaths(config.local.dir);
  const server: ThrowawayNeo4j = {
    config,
    start: () => dbCommand('start', env),
    stop: () => dbCommand('stop', env),
    kill() {
      const pid = runningPid(paths);
      if (pid !== null) process.kill(pid, 'SIGKILL');
    },
    pid: () => runningPid(paths),
  };
  await server.start();
  return server;
}
