// The in-browser IDE, served by the project: the page, its bundled assets, the redirect
// from the GraphQL URL, and a headless Chromium that loads it with every non-local request
// blocked, runs the first example and saves a screenshot (artifacts/graphiql.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { startHarness, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('the IDE over HTTP', () => {
  it('serves /graphiql with a same-origin-only policy, and its bundled assets', async () => {
    const base = h.url.replace('/graphql', '');
    const page = await fetch(`${base}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('/graphiql/app.js');
    expect(html).not.toMatch(/https?:\/\//);
    const js = await fetch(`${base}/graphiql/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await js.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    const css = await fetch(`${base}/graphiql/app.css`);
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('.graphiql-container');
  });

  it('redirects a browser opening the GraphQL URL to the IDE, and keeps /health and /ready', async () => {
    const response = await fetch(h.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql');
    expect((await fetch(h.url.replace('/graphql', '/health'))).status).toBe(200);
    expect(await (await fetch(h.url.replace('/graphql', '/ready'))).json()).toEqual({ status: 'ready' });
  });
});

describe('the IDE in headless Chromium, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the editor with the example operations and runs one against the graph', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(h.url, { waitUntil: 'load' }); // redirected to /graphiql
    expect(page.url()).toMatch(/\/graphiql$/);
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror', { timeout: 30_000 });
    const editorText = await page.locator('.graphiql-query-editor .CodeMirror').first().innerText();
    expect(editorText).toContain('partnerships');
    // One tab per example operation.
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(5);

    await page.locator('.graphiql-execute-button').click();
    // The response editor shows the first partnership: Lushunkou District's.
    await page.locator('.graphiql-response').getByText('zone:lushunkou-district').first().waitFor({ timeout: 30_000 });
    const result = await page.locator('.graphiql-response').innerText();
    expect(result).toContain('Dalian Institute of Chemical Physics');

    mkdirSync(join(PROJECT_ROOT, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(PROJECT_ROOT, 'artifacts', 'graphiql.png') });
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]); // it never even tried to reach the internet
    await context.close();
  });
});
