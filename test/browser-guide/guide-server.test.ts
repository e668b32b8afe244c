// The API server serves the guide to Neo4j Browser, which runs on another origin: CORS
// on the preflight and on the GET, the style URL filled in for the host it was asked at.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type GraphServer } from '../../src/server/create-server.js';
import { testConfig, testDriver } from '../support/database.js';

const config = testConfig();
let driver: Driver;
let server: GraphServer;
let origin: string;

beforeAll(async () => {
  driver = testDriver(config);
  server = await createServer({ driver, config });
  origin = new URL(await server.listen(0, '127.0.0.1')).origin;
});
afterAll(async () => {
  await server?.stop();
  await driver?.close();
});

const browserOrigin = 'http://localhost:7474';

describe('GET /browser-guide/', () => {
  it('serves the guide with CORS headers and its own URL for the style', async () => {
    const res = await fetch(`${origin}/browser-guide/index.html`, { headers: { origin: browserOrigin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const html = await res.text();
    expect(html).toContain(`:style ${origin}/browser-guide/style.grass`);
    expect(html).not.toContain('{{guideBaseUrl}}');
    expect(html).toContain('<slide');
  });

  it('serves index.html for the folder and redirects the bare path', async () => {
    expect((await fetch(`${origin}/browser-guide/`)).status).toBe(200);
    const bare = await fetch(`${origin}/browser-guide`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/browser-guide/');
  });

  it('serves the GraSS style as text', async () => {
    const res = await fetch(`${origin}/browser-guide/style.grass`);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toContain('node.Enterprise');
  });

  it('answers the CORS preflight Browser sends for its pragma and cache-control headers', async () => {
    const res = await fetch(`${origin}/browser-guide/index.html`, {
      method: 'OPTIONS',
      headers: {
        origin: browserOrigin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'pragma,cache-control',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('pragma,cache-control');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('serves nothing but the guide files', async () => {
    for (const path of ['/browser-guide/package.json', '/browser-guide/..%2F.env', '/browser-guide/guide/index.html']) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('/browser-guide/index.html');
    }
    expect((await fetch(`${origin}/browser-guide/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('leaves the other routes alone', async () => {
    expect((await fetch(`${origin}/health`)).status).toBe(200);
  });
});
