import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { NEO4J_SERIES } from '../support/neo4j-version.js';

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
      expect(second.stdout).toContain(`answers: Neo4j ${NEO4J_SERIES}`);
    }
  });

  it('db:status says what runs where', () => {
    const status = db('status');
    expect(status.status, status.stderr).toBe(0);
    const where = source === 'local' ? String.raw`running, pid \d+` : 'External Neo4j';
    expect(status.stdout).toMatch(
      new RegExp(String.raw`${where}[\s\S]*answers: Neo4j ${NEO4J_SERIES.replace('.', '\\.')}`),
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
