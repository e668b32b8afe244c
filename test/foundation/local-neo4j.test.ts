import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { renderServerConfig } from '../../src/local-neo4j/server-config.js';

const source = process.env.TEST_NEO4J_SOURCE_USED;

/** The environment `npm run db:*` would see outside the test run (the test setup sets NEO4J_URI). */
function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (source === 'local') delete env.NEO4J_URI;
  return env;
}

function db(command: string) {
  return spawnSync('npm', ['run', '--silent', `db:${command}`], {
    cwd: PROJECT_ROOT,
    env: cliEnv(),
    encoding: 'utf8',
    timeout: 200_000,
  });
}

describe('npm run db:*', () => {
  it('db:start is idempotent: a second start finds the running server and changes nothing', () => {
    const first = db('start');
    expect(first.status, first.stderr).toBe(0);
    const second = db('start');
    expect(second.status, second.stderr).toBe(0);
    if (source === 'local') {
      const pid = (text: string) => /\(pid (\d+)\)/.exec(text)?.[1];
      expect(second.stdout).toContain('already running');
      expect(pid(second.stdout)).toBeDefined();
      expect(pid(second.stdout)).toBe(pid(first.stdout));
      expect(second.stdout).toContain('/browser/');
    } else {
      expect(second.stdout).toContain('NEO4J_URI is set');
      expect(second.stdout).toContain('answers: Neo4j 5.26');
    }
  });

  it('db:status says what runs where', () => {
    const status = db('status');
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toMatch(
      source === 'local' ? /running, pid \d+[\s\S]*answers: Neo4j 5\.26/ : /External Neo4j[\s\S]*answers: Neo4j 5\.26/,
    );
  });

  it('db:reset refuses without the confirmation flag and deletes nothing', () => {
    const reset = db('reset');
    if (source === 'local') {
      expect(reset.status).toBe(2);
      expect(reset.stderr).toContain('--yes');
    } else {
      expect(reset.stdout).toContain('NEO4J_URI is set');
    }
    const status = db('status');
    expect(status.status).toBe(0);
  });
});

describe('the local server configuration', () => {
  const settings = loadConfig({
    NEO4J_HEAP_SIZE: '2g',
    NEO4J_PAGECACHE_SIZE: '512m',
    NEO4J_BOLT_PORT: '7690',
    NEO4J_HTTP_PORT: '7480',
  }).local;
  const conf = renderServerConfig(settings, {
    guideHosts: ['localhost'],
    postConnectCommand: ':play http://localhost:4000/guide',
  });

  it('listens on loopback only, with auth on', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7690');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7480');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).not.toMatch(/listen_address=0\.0\.0\.0/);
  });

  it('takes heap, page cache and limits from the settings', () => {
    expect(conf).toContain('server.memory.heap.initial_size=2g');
    expect(conf).toContain('server.memory.heap.max_size=2g');
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('db.transaction.timeout=60s');
    expect(conf).toContain('browser.remote_content_hostname_whitelist=localhost');
    expect(conf).toContain('browser.post_connect_cmd=:play http://localhost:4000/guide');
  });
});
