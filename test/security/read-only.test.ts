// The API only reads. Its executor runs every statement in a READ transaction, which the
// database itself refuses to write in; the schema offers no mutation; and nothing on the
// request path opens a write session (read-only-source.unit.test.ts). Proven against the real database: each write
// statement below is sent through the executor and must fail, with a code, leaving the
// graph exactly as it was.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { UserError } from '../../src/errors/user-error.js';
import { createServer, type GraphServer } from '../../src/server/create-server.js';
import { testConfig, testDriver } from '../support/database.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { postQuery } from '../support/graphql-http.js';
import { expectNoLeaks } from '../support/leak-check.js';

const WRITES: Array<[string, string]> = [
  ['CREATE a node', "CREATE (:ReadOnlyProbe {note: 'written through the API executor'})"],
  ['MERGE a node', "MERGE (n:ReadOnlyProbe {id: 'probe'}) RETURN n.id AS id"],
  ['SET a property on every entity', 'MATCH (n:Entity) SET n.tampered = true RETURN count(n) AS n'],
  ['DETACH DELETE everything', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE a label', 'MATCH (n:Zone) REMOVE n:Zone RETURN count(n) AS n'],
  ['CREATE a relationship', 'MATCH (a:Entity), (b:Entity) WITH a, b LIMIT 1 CREATE (a)-[:READ_ONLY_PROBE]->(b)'],
  ['CREATE INDEX', 'CREATE INDEX read_only_probe IF NOT EXISTS FOR (n:ReadOnlyProbe) ON (n.x)'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id IF EXISTS'],
  ['a write inside CALL { … }', 'CALL () { CREATE (:ReadOnlyProbe) } RETURN 1 AS one'],
  [
    'CALL { … } IN TRANSACTIONS',
    'MATCH (n:Entity) CALL (n) { SET n.tampered = true } IN TRANSACTIONS RETURN count(*) AS n',
  ],
  ['a write procedure (APOC)', "CALL apoc.create.node(['ReadOnlyProbe'], {}) YIELD node RETURN node"],
  ['a token-creating procedure', "CALL db.createLabel('ReadOnlyProbe')"],
  ['an administration command', "CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED"],
];

const config = testConfig();
const { database } = config.neo4j;

describe('the API cannot write', () => {
  let driver: Driver;
  let before: GraphFingerprint;
  let schemaBefore: unknown;

  /** Labels, indexes and constraints: what a write could create or drop besides data. */
  const schemaState = async () => ({
    labels: (
      await driver.executeQuery('CALL db.labels() YIELD label RETURN label ORDER BY label', {}, { database })
    ).records.map((r) => r.get('label')),
    indexes: (
      await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, { database })
    ).records.map((r) => r.get('name')),
    constraints: (
      await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database })
    ).records.map((r) => r.get('name')),
  });

  beforeAll(async () => {
    driver = testDriver(config);
    before = await graphFingerprint(driver, database);
    schemaBefore = await schemaState();
  });
  afterAll(async () => {
    await driver?.close();
  });

  for (const [what, cypher] of WRITES) {
    it(`refuses ${what} sent through the executor`, async () => {
      const executor = new Executor(driver, {
        database,
        requestId: 'read-only-test',
        queryTimeoutMs: 5_000,
        deadlineMs: 8_000,
      });
      const error = await executor.read(cypher, {}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `${cypher} ran`).toBeInstanceOf(UserError);
      const userError = error as UserError;
      expect(userError.code).toBeTypeOf('string');
      expectNoLeaks(userError.message, [config.neo4j.password], 'the error message');
      expect(await graphFingerprint(driver, database)).toEqual(before);
    });
  }

  it('created or dropped no label, index, constraint or user along the way', async () => {
    expect(await schemaState()).toEqual(schemaBefore);
    const users = await driver.executeQuery(
      "SHOW USERS YIELD user WHERE user = 'intruder' RETURN count(*) AS n",
      {},
      { database: 'system' },
    );
    expect(users.records[0]!.get('n')).toBe(0);
  });

  describe('over GraphQL', () => {
    let server: GraphServer;
    let url: string;
    beforeAll(async () => {
      server = await createServer({ driver, config, log: () => undefined });
      url = await server.listen(0, '127.0.0.1');
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('offers no mutation and no subscription', async () => {
      const answer = await postQuery(url, '{ __schema { mutationType { name } subscriptionType { name } } }');
      expect(answer.body?.data).toEqual({ __schema: { mutationType: null, subscriptionType: null } });
    });

    it('refuses a mutation with a 4xx and changes nothing', async () => {
      const answer = await postQuery(url, 'mutation { createZone(name: "Intruder Zone") { id } }');
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body?.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(await graphFingerprint(driver, database)).toEqual(before);
    });
  });
});
