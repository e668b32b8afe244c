// The database password appears in no log and no response: not in what the API prints
// (requests, errors, a refused login), not in the database commands' output, not in the
// local Neo4j's own logs — and a client's credentials in headers are not logged either.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { serverPaths } from '../../src/local-neo4j/local-server.js';
import { startApiProcess } from '../support/api-process.js';
import { postQuery, postRaw } from '../support/graphql-http.js';
import { expectNoLeaks } from '../support/leak-check.js';

const config = loadConfig();
const password = config.neo4j.password;

/** Requests of every kind: good, bad, failing, and one carrying a secret of the client's in headers. */
async function exercise(url: string, clientSecret: string): Promise<string[]> {
  const answers = await Promise.all([
    postQuery(url, '{ documents { id title } }'),
    postQuery(url, '{ search(query: "Lushun", first: 3) { score entity { id } } }'),
    postQuery(url, '{ partnerships(zone: "Atlantis") { via } }'),
    postQuery(url, '{ enterprises(first: 1000) { totalCount } }'),
    postQuery(url, '{ nope }'),
    postRaw(url, '{"query": '),
    postQuery(url, 'mutation { x }'),
    postQuery(url, '{ documents { id } }', undefined, {
      headers: {
        authorization: `Basic ${Buffer.from(`neo4j:${clientSecret}`).toString('base64')}`,
        'x-api-key': clientSecret,
      },
    }),
  ]);
  const ready = await fetch(url.replace('/graphql', '/ready')).then((r) => r.text());
  return [...answers.map((a) => a.text), ready];
}

describe('secrets', () => {
  it("never appear in the API's output or answers", async () => {
    const clientSecret = `client-secret-${Date.now()}`;
    const api = await startApiProcess();
    let texts: string[];
    try {
      texts = await exercise(api.url, clientSecret);
    } finally {
      api.kill('SIGTERM');
      await api.exited;
    }
    const output = api.output();
    expect(output, 'the API logged its requests').toMatch(/graphql request/);
    for (const text of texts) expectNoLeaks(text, [password, clientSecret]);
    expect(output.includes(password), "the password in the API's output").toBe(false);
    expect(output.includes(clientSecret), "a client's credentials in the API's output").toBe(false);
    expect(
      output.includes(Buffer.from(`neo4j:${clientSecret}`).toString('base64')),
      "a client's Authorization header in the output",
    ).toBe(false);
  }, 120_000);

  it('never appear when the database refuses the login', async () => {
    // Another user name, so the failed logins cannot lock out the real account.
    const wrong = `wrong-password-${Date.now()}`;
    const api = await startApiProcess({ NEO4J_USER: 'lig-secrets-probe', NEO4J_PASSWORD: wrong });
    let texts: string[];
    try {
      texts = await exercise(api.url, 'unused');
      const answer = await postQuery(api.url, '{ documents { id } }');
      expect(answer.body?.errors?.[0]?.extensions?.code, answer.text).toBeTypeOf('string');
    } finally {
      api.kill('SIGTERM');
      await api.exited;
    }
    for (const text of texts) expectNoLeaks(text, [password, wrong]);
    expect(api.output().includes(wrong), "the refused password in the API's output").toBe(false);
    expect(api.output().includes(password)).toBe(false);
  }, 120_000);

  it("never appear in the database commands' output", () => {
    const status = spawnSync('npm', ['run', '--silent', 'db:status'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(status.status, status.stderr).toBe(0);
    expect(`${status.stdout}${status.stderr}`.includes(password)).toBe(false);
  }, 90_000);

  it("never appear in the local Neo4j's own logs", () => {
    const logs = serverPaths(config.local.dir).logs;
    const files = existsSync(logs) ? readdirSync(logs).filter((f) => f.endsWith('.log')) : [];
    if (process.env.TEST_NEO4J_SOURCE_USED === 'local') expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(join(logs, file), 'utf8').includes(password), `the password in ${file}`).toBe(false);
    }
  });
});
