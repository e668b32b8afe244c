// The project's own Neo4j is a development database: reachable from this machine only,
// authentication always on, no default password, and limits on every transaction set in
// the database's own configuration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { runningPid, serverPaths } from '../../src/local-neo4j/local-server.js';
import { isLoopback, listeningSockets } from '../support/listening-sockets.js';
import { acquireThrowawayNeo4j, type ThrowawayNeo4j } from '../support/throwaway-neo4j.js';

async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('the local Neo4j', () => {
  let config: AppConfig;
  let pid: number;
  let throwaway: ThrowawayNeo4j | undefined;

  beforeAll(async () => {
    // The test database itself when it is the local server, else one started for this file.
    const base = loadConfig();
    const running = runningPid(serverPaths(base.local.dir));
    if (process.env.TEST_NEO4J_SOURCE_USED === 'local' && running !== null) {
      config = { ...base, neo4j: { ...base.neo4j, uri: `bolt://127.0.0.1:${base.local.boltPort}` } };
      pid = running;
    } else {
      throwaway = await acquireThrowawayNeo4j('security');
      config = throwaway.config;
      pid = throwaway.pid()!;
    }
  }, 300_000);
  afterAll(async () => {
    await throwaway?.stop();
  }, 120_000);

  it('listens on loopback addresses only (Bolt and HTTP, nothing else)', () => {
    const sockets = listeningSockets(pid);
    expect(sockets.map((s) => s.port).sort()).toEqual([config.local.boltPort, config.local.httpPort].sort());
    const exposed = sockets.filter((s) => !isLoopback(s.address));
    expect(exposed, 'sockets reachable from other machines').toEqual([]);
  });

  it('refuses Bolt without credentials', async () => {
    const driver = neo4j.driver(config.neo4j.uri, { scheme: 'none' } as AuthToken, { connectionTimeout: 5_000 });
    try {
      expect(await errorCodeOf(driver.executeQuery('RETURN 1'))).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await driver.close();
    }
  });

  it('does not accept the default password neo4j/neo4j', async () => {
    const driver = createDriver({ ...config.neo4j, user: 'neo4j', password: 'neo4j' });
    try {
      expect(await errorCodeOf(driver.executeQuery('RETURN 1'))).toBe('Neo.ClientError.Security.Unauthorized');
    } finally {
      await driver.close();
    }
    expect(config.neo4j.password).not.toBe('neo4j');
    expect(config.neo4j.password.length).toBeGreaterThanOrEqual(8);
  });

  it('refuses its HTTP API without credentials', async () => {
    const response = await fetch(`http://127.0.0.1:${config.local.httpPort}/db/neo4j/tx/commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ statements: [{ statement: 'RETURN 1' }] }),
    });
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).toContain('Neo.ClientError.Security.Unauthorized');
  });

  it('has auth, loopback addresses and transaction limits in its configuration file', () => {
    const conf = readFileSync(join(serverPaths(config.local.dir).conf, 'neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    expect(conf).toMatch(/^db\.transaction\.timeout=\d+[smh]$/m);
    expect(conf).toMatch(/^dbms\.memory\.transaction\.total\.max=\d+[kmg]$/m);
    expect(conf).not.toMatch(/listen_address=(0\.0\.0\.0|::|\[::\])/);
  });

  it('runs with those settings in force (asked from the server itself)', async () => {
    const driver = createDriver(config.neo4j);
    try {
      const { records } = await driver.executeQuery(
        `SHOW SETTINGS YIELD name, value
         WHERE name IN ['dbms.security.auth_enabled', 'db.transaction.timeout', 'dbms.memory.transaction.total.max',
                        'server.bolt.listen_address', 'server.http.listen_address', 'server.https.enabled']
         RETURN name, value`,
        {},
        { database: config.neo4j.database },
      );
      const settings = Object.fromEntries(records.map((r) => [r.get('name') as string, r.get('value') as string]));
      expect(settings['dbms.security.auth_enabled']).toBe('true');
      expect(settings['server.bolt.listen_address']).toBe(`127.0.0.1:${config.local.boltPort}`);
      expect(settings['server.http.listen_address']).toBe(`127.0.0.1:${config.local.httpPort}`);
      expect(settings['server.https.enabled']).toBe('false');
      // A timeout of 0 would mean "none"; the memory cap likewise.
      expect(settings['db.transaction.timeout']).toMatch(/^[1-9]\d*[smh]$|^PT/);
      expect(settings['dbms.memory.transaction.total.max']).not.toMatch(/^0\w*$/);
    } finally {
      await driver.close();
    }
  });
});
