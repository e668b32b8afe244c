import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type GraphServer } from '../../src/server/create-server.js';
import { testConfig, testDriver } from '../support/database.js';
import { SERIES_VERSION } from '../support/neo4j-version.js';

describe('the GraphQL server over HTTP', () => {
  const config = testConfig();
  const driver = testDriver(config);
  let server: GraphServer;
  let url: string;

  beforeAll(async () => {
    server = await createServer({ driver, config });
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers { __typename }', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports the Neo4j it runs on', async () => {
    const response = await post(JSON.stringify({ query: '{ serviceInfo { name neo4jVersion } }' }));
    const body = (await response.json()) as { data: { serviceInfo: { name: string; neo4jVersion: string } } };
    expect(body.data.serviceInfo.name).toBe('liaoning-industry-graph');
    expect(body.data.serviceInfo.neo4jVersion).toMatch(SERIES_VERSION);
  });

  it('serves /health and /ready', async () => {
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const ready = await fetch(url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses a simple-request content type (CSRF prevention) without a stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), 'text/plain');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('Cross-Site Request Forgery');
    expect(text).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('answers malformed JSON with 400 and a message', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('not valid JSON');
  });
});
