// Error codes, limits and masking, over HTTP: every client error has a code and a message
// a person can act on; nothing internal (stack, Cypher, connection string) ever leaks.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { createServer } from '../../src/server/create-server.js';
import { testConfig } from '../support/database.js';
import { overrideSession, wrapSessions } from '../support/driver-proxy.js';
import { startHarness, type Harness } from './support.js';
import { ensureNameKeys } from '../../src/db/name-keys.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const LEAK =
  /\bMATCH\b|\bRETURN\b|COLLECT \{|bolt:\/\/|neo4j:\/\/|neo4j\+s|password|\.ts:\d+|\.js:\d+|stacktrace|Neo4jError|Neo\.ClientError|\$p\d/i;

function codes(body: { errors?: Array<{ extensions?: Record<string, unknown> }> }): string[] {
  return (body.errors ?? []).map((e) => String(e.extensions?.code));
}

describe('BAD_USER_INPUT and NOT_FOUND', () => {
  it('refuses first above 100 with a clear message', async () => {
    const { status, text, body } = await h.post('{ enterprises(first: 101) { totalCount } }');
    expect(status).toBe(200);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.errors![0]!.message).toContain('`first` must be an integer from 0 to 100; got 101');
    expect(text).not.toMatch(LEAK);
    for (const q of [
      '{ search(query: "x", first: 0) { score } }',
      '{ search(query: "x", first: 500) { score } }',
      '{ entity(id: "zone:lushunkou-district") { relationships(first: 1000) { type } } }',
    ]) {
      expect(codes((await h.post(q)).body)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuses cursors it did not issue, and cursors of another order', async () => {
    const bad = await h.post('{ zones(after: "not-a-cursor") { totalCount } }');
    expect(codes(bad.body)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors![0]!.message).toMatch(/not a cursor this API issued/);
    const page = await h.post<{ zones: { pageInfo: { endCursor: string } } }>(
      '{ zones(first: 2) { pageInfo { endCursor } } }',
    );
    const other = await h.post(
      `{ zones(after: "${page.body.data!.zones.pageInfo.endCursor}", orderBy: ID_ASC) { totalCount } }`,
    );
    expect(codes(other.body)).toEqual(['BAD_USER_INPUT']);
    expect(other.body.errors![0]!.message).toMatch(/orderBy NAME_ASC, not ID_ASC/);
  });

  it('bounds hops, limits and relationship types', async () => {
    const cases: Array<[string, RegExp]> = [
      [
        '{ shortestPath(from: "place:dalian", to: "place:china", maxHops: 7) { length } }',
        /`maxHops` must be an integer from 1 to 6/,
      ],
      ['{ shortestPath(from: "place:dalian", to: "place:china", maxHops: 0) { length } }', /`maxHops`/],
      ['{ neighborhood(id: "place:dalian", hops: 4) { truncated } }', /`hops` must be an integer from 1 to 3/],
      ['{ neighborhood(id: "place:dalian", limit: 201) { truncated } }', /`limit` must be an integer from 1 to 200/],
      ['{ neighborhood(id: "place:dalian", types: ["located_in"]) { truncated } }', /UPPER_SNAKE/],
      [
        '{ shortestPath(from: "place:dalian", to: "place:china", types: ["X`]->() DETACH DELETE n //"]) { length } }',
        /UPPER_SNAKE/,
      ],
      ['{ search(query: "' + 'a'.repeat(201) + '") { score } }', /longer than 200/],
    ];
    for (const [query, message] of cases) {
      const { body, text } = await h.post(query);
      expect(codes(body), query).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.message).toMatch(message);
      expect(text).not.toMatch(LEAK);
    }
  });

  it('answers NOT_FOUND quoting the name that matched nothing', async () => {
    const cases: Array<[string, string, string]> = [
      ['{ partnerships(zone: "Atlantis Free Trade Zone") { via } }', 'Atlantis Free Trade Zone', 'zone'],
      ['{ partnerships(university: "Hogwarts") { via } }', 'Hogwarts', 'university'],
      ['{ partnerships(university: "Lushunkou District") { via } }', 'Lushunkou District', 'university'],
      ['{ awardRecipients(award: "Nobel Prize") { year } }', 'Nobel Prize', 'award'],
      ['{ shortestPath(from: "place:dalian", to: "place:mars") { length } }', 'place:mars', 'entity'],
      ['{ neighborhood(id: "nowhere at all") { truncated } }', 'nowhere at all', 'entity'],
      ['{ indicators(subject: "Gotham") { name } }', 'Gotham', 'entity'],
    ];
    for (const [query, name, what] of cases) {
      const { body } = await h.post(query);
      expect(codes(body), query).toEqual(['NOT_FOUND']);
      expect(body.errors![0]!.message).toContain(`No ${what} is named "${name}"`);
      expect(body.errors![0]!.extensions!.name).toBe(name);
    }
  });

  it('calls a name that fits several entities ambiguous, listing their ids', async () => {
    const database = h.config.neo4j.database;
    await h.driver.executeQuery(
      `UNWIND ['zone:api-test-twin-a', 'zone:api-test-twin-b'] AS id
       CREATE (:Zone:Entity:ApiTestNode {id: id, name: 'Api Test Twin', aliases: ['Api Test Twin']})`,
      {},
      { database },
    );
    // Entities carry their name keys, as every importer leaves them (src/db/name-keys.ts).
    await ensureNameKeys(h.driver, database);
    try {
      const { body } = await h.post('{ partnerships(zone: "api test twin") { via } }');
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.message).toContain('zone:api-test-twin-a, zone:api-test-twin-b');
    } finally {
      await h.driver.executeQuery('MATCH (n:ApiTestNode) DETACH DELETE n', {}, { database });
    }
  });

  it('reports wrong argument types and unknown fields as client errors', async () => {
    const wrongType = await h.post('query Q($n: Int) { enterprises(first: $n) { totalCount } }', { n: 'ten' });
    expect(wrongType.status).toBe(400);
    expect(codes(wrongType.body)).toEqual(['BAD_USER_INPUT']);
    const unknown = await h.post('{ enterprises { nope } }');
    expect(unknown.status).toBe(400);
    expect(codes(unknown.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('query limits', () => {
  it('rejects queries deeper than the depth limit', async () => {
    let deep = 'id';
    for (let i = 0; i < 7; i += 1) deep = `zones { enterprises { ${deep} } }`;
    const query = `{ enterprises(first: 1) { edges { node { ${deep} } } } }`;
    const { status, body } = await h.post(query);
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors![0]!.message).toMatch(/nested 18 levels deep; the limit is 12/);
    // Right at the limit it runs.
    let chain = 'id';
    for (let i = 0; i < 5; i += 1) chain = `relationships(first: 1) { other { ${chain} } }`;
    const atLimit = await h.post(`{ entity(id: "zone:lushunkou-district") { ${chain} } }`);
    expect(atLimit.body.errors).toBeUndefined();
  });

  it('does not count introspection toward depth (the IDE needs it)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { status, body } = await h.post(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('caps aliases and root fields', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ');
    const tooMany = await h.post(`{ ${aliases} }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors![0]!.message).toMatch(/16 aliases; the limit is 15/);
    const roots = Array.from({ length: 11 }, (_, i) => `e${i}: entity(id: "place:dalian") { id }`).join(' ');
    const tooManyRoots = await h.post(`{ ${roots} }`);
    expect(tooManyRoots.status).toBe(400);
    expect(tooManyRoots.body.errors!.map((e) => e.message).join(' ')).toMatch(/11 root fields; the limit is 10/);
  });

  it('rejects operations whose estimated cost is too high, with the variables applied', async () => {
    const query = `query C($first: Int) { enterprises(first: $first) { edges { node { awards { award { recipients { recipient { name } evidence { quote } } } } } } } }`;
    const expensive = await h.post(query, { first: 100 });
    expect(expensive.status).toBe(400);
    expect(codes(expensive.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(expensive.body.errors![0]!.message).toMatch(/estimated cost is \d+; the limit is 20000/);
    const cheap = await h.post(query, { first: 5 });
    expect(cheap.body.errors).toBeUndefined();
  });

  it('refuses bodies over the size limit, and simple requests (CSRF)', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(110 * 1024)}` });
    const response = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
    const get = await fetch(`${h.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('Cross-Site Request Forgery');
    const preflighted = await fetch(`${h.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('introspection switch', () => {
  it('is on by default and off by config', async () => {
    expect((await h.post('{ __schema { queryType { name } } }')).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const config = testConfig();
    const driver = createDriver(config.neo4j);
    const server = await createServer({ driver, config, api: { introspection: false }, log: () => undefined });
    const url = await server.listen(0, '127.0.0.1');
    try {
      const post = (query: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      const response = await post('{ __schema { queryType { name } } }');
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/introspection is not allowed/i);
      // Schema details stay hidden: no "Did you mean …?" hints.
      expect(await (await post('{ enterprise { id } }')).text()).not.toMatch(/Did you mean/);
      expect(
        ((await (await post('{ entity(id: "place:dalian") { name } }')).json()) as { data: unknown }).data,
      ).toEqual({ entity: { name: 'Dalian' } });
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});

describe('SERVICE_UNAVAILABLE and masking', () => {
  it('answers SERVICE_UNAVAILABLE within seconds when Neo4j cannot be reached, without its address', async () => {
    const config = testConfig();
    const unreachable = { ...config, neo4j: { ...config.neo4j, uri: 'bolt://127.0.0.1:1' } };
    const driver = createDriver(unreachable.neo4j);
    const server = await createServer({ driver, config: unreachable, log: () => undefined });
    const url = await server.listen(0, '127.0.0.1');
    try {
      const started = Date.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ partnerships { via } }' }),
      });
      const elapsed = Date.now() - started;
      const text = await response.text();
      expect(elapsed).toBeLessThan(10_000);
      const body = JSON.parse(text);
      expect(codes(body)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(body.errors[0].message).toMatch(/not reachable|did not answer/);
      expect(text).not.toMatch(LEAK);
      expect(text).not.toContain('127.0.0.1:1');
      const ready = await fetch(url.replace('/graphql', '/ready'));
      expect(ready.status).toBe(503);
    } finally {
      await server.stop();
      await driver.close();
    }
  });

  it('masks internal errors: no stack, no Cypher, no connection string, whatever the database says', async () => {
    const config = testConfig();
    const real = createDriver(config.neo4j);
    // A driver whose transactions fail with a message full of internals.
    const fail = async () => {
      throw new neo4j.Neo4jError(
        'Invalid input MATCH (n:Entity {id: $p0}) RETURN n at bolt://admin:password@db.internal:7687',
        'Neo.DatabaseError.General.UnknownError',
        'GQL',
        'x',
      );
    };
    const failing = wrapSessions(real, (session) => overrideSession(session, { executeRead: fail, run: fail }));
    const logs: string[] = [];
    const server = await createServer({ driver: failing, config, log: (l) => logs.push(l) });
    const url = await server.listen(0, '127.0.0.1');
    try {
      for (const query of ['{ partnerships { via } }', '{ entity(id: "x") { id } }', '{ serviceInfo { name } }']) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'leak-test-1' },
          body: JSON.stringify({ query }),
        });
        const text = await response.text();
        expect(text).not.toMatch(LEAK);
        expect(text).not.toContain('db.internal');
        const body = JSON.parse(text);
        expect(codes(body)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(body.errors[0].message).toBe('Internal server error');
        expect(response.headers.get('x-request-id')).toBe('leak-test-1');
      }
      // The details go to the server log, under the request id, for the operator.
      expect(
        logs.some((l) => l.includes('"internal error"') && l.includes('leak-test-1') && l.includes('db.internal')),
      ).toBe(true);
    } finally {
      await server.stop();
      await real.close();
    }
  });

  it('leaks nothing in any error answer of this suite', async () => {
    const answers = await Promise.all([
      h.post('{ enterprises(first: -1) { totalCount } }'),
      h.post('{ partnerships(zone: "MATCH (n) RETURN n") { via } }'),
      h.post('{ lookup(name: "\\") RETURN 1 //") { id } }'),
      h.post('{ entity(id: "zone:x\\" OR 1=1") { id } }'),
      h.post('{ nope }'),
      h.post('{ '),
    ]);
    for (const a of answers) {
      const scrubbed = a.text.replace(/MATCH \(n\) RETURN n|\\"\) RETURN 1/g, '');
      expect(scrubbed).not.toMatch(LEAK);
      for (const e of a.body.errors ?? []) expect(e.extensions?.code).toBeDefined();
    }
    // Input that looks like Cypher or Lucene is only ever data: no match, no error.
    expect(answers[3]!.body).toEqual({ data: { entity: null } });
    expect(answers[2]!.body).toEqual({ data: { lookup: [] } });
  });
});
