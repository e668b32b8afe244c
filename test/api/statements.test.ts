// The statement bound: one Cypher statement per root field, however deep the selection and
// however many results — counted at the driver by a wrapper, independently of the
// executor's own count. Plus: the executor only ever runs reads, with a timeout and metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { testConfig, testDriver } from '../support/database.js';
import { countingDriver, type Wire } from '../support/driver-proxy.js';
import { ok, startHarness, type Harness } from './support.js';

const DEEP = `query Deep($first: Int) {
  enterprises(first: $first) {
    totalCount
    edges { cursor node {
      id name
      zones { name partnerships { university { name enterprises { name } } via evidence { document { title } quote } } }
      awards { year status award { name recipients { recipient { name mentionedIn { id } } evidence { quote } } } }
      brands { name owners { name } }
      mentionedIn { id mentions(kind: ZONE) { name } }
    } }
    pageInfo { hasNextPage endCursor }
  }
  partnerships { zone { name enterprises { name awards { award { name } } } } university { name } evidence { document { id } } }
  awardRecipients(award: "Mayor's Quality Award") { recipient { name ... on Enterprise { leaders { person { name roles { enterprise { name } } } } } } coRecipients { recipient { name } } }
}`;

let h: Harness;
const wire: Wire = { runs: [], configs: [], modes: [] };
beforeAll(async () => {
  const config = testConfig();
  h = await startHarness({ driver: countingDriver(testDriver(config), wire), api: { maxCost: 1_000_000 } });
});
afterAll(async () => {
  await h.close();
});

describe('statements per request', () => {
  it('sends one statement per root field for a deep query, whatever the page size', async () => {
    for (const first of [1, 5, 20]) {
      wire.runs.length = 0;
      h.statements.length = 0;
      const data = ok(
        await h.run<{ enterprises: { edges: unknown[] }; partnerships: unknown[]; awardRecipients: unknown[] }>(DEEP, {
          first,
        }),
      );
      expect(data.enterprises.edges).toHaveLength(first);
      expect(data.partnerships.length).toBeGreaterThan(0);
      expect(data.awardRecipients).toHaveLength(8);
      expect(wire.runs).toHaveLength(3); // counted on the wire
      expect(h.statements).toHaveLength(3); // and by the executor
    }
  });

  it('counts the same over HTTP and reports it in the request log', async () => {
    h.logs.length = 0;
    wire.runs.length = 0;
    const { body } = await h.post(DEEP, { first: 10 });
    expect(body.errors).toBeUndefined();
    expect(wire.runs).toHaveLength(3);
    const line = JSON.parse(h.logs.find((l) => l.includes('"graphql request"'))!);
    expect(line).toMatchObject({
      operation: 'Deep',
      statements: 3,
      outcome: 'ok',
      rootFields: ['enterprises', 'partnerships', 'awardRecipients'],
    });
    expect(typeof line.durationMs).toBe('number');
  });

  it('sends no statement for introspection or __typename, one for an aliased pair', async () => {
    wire.runs.length = 0;
    ok(await h.run('{ __typename __schema { queryType { name } } }'));
    expect(wire.runs).toHaveLength(0);
    ok(await h.run('{ a: entity(id: "place:dalian") { id } b: entity(id: "place:china") { id } }'));
    expect(wire.runs).toHaveLength(2);
  });

  it('runs every statement in a READ session with a timeout and metadata', async () => {
    wire.configs.length = 0;
    wire.modes.length = 0;
    ok(await h.run('query Named { entity(id: "place:dalian") { id } }'));
    expect(wire.modes).toEqual(['READ']);
    const config = wire.configs[0]!;
    expect(config.timeout).toBe(h.server.api.queryTimeoutMs);
    expect(config.metadata).toMatchObject({ operation: 'Named', field: 'entity', app: 'liaoning-industry-graph' });
    expect(typeof config.metadata!.requestId).toBe('string');
  });
});

describe('the executor', () => {
  it('cannot run a write', async () => {
    const config = testConfig();
    const driver = testDriver(config);
    const executor = new Executor(driver, {
      database: config.neo4j.database,
      requestId: 'write-probe',
      queryTimeoutMs: 5_000,
      deadlineMs: 8_000,
    });
    try {
      await expect(executor.read("CREATE (n:ApiWriteProbe {at: 'executor'}) RETURN n", {})).rejects.toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
      });
      await expect(
        executor.read('MATCH (n:Zone) SET n.apiWriteProbe = true RETURN count(n)', {}),
      ).rejects.toBeDefined();
      const { records } = await driver.executeQuery(
        'MATCH (n) WHERE n:ApiWriteProbe OR n.apiWriteProbe IS NOT NULL RETURN count(n) AS c',
        {},
        { database: config.neo4j.database },
      );
      expect(records[0]!.get('c')).toBe(0);
    } finally {
      await driver.close();
    }
  });
});
