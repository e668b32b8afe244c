// The guide in a real browser: headless Chromium opens the Neo4j Browser the test
// database serves, logs in with the project's credentials, gets the guide (by the
// server's post-connect command where it has one, and by the command `npm start`
// prints), runs one of its queries and checks that the graph is drawn in the project's
// style. A screenshot goes to artifacts/browser-guide/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, type AppConfig } from '../../src/config.js';
import { extractGuideQueries } from '../../src/browser-guide/extract-queries.js';
import { readGuideSource, renderGuideAsset } from '../../src/browser-guide/guide-files.js';
import { GUIDE_FILE, STYLE_FILE, openGuideCommand } from '../../src/browser-guide/guide-urls.js';
import { parseGrass } from '../../src/browser-guide/grass.js';
import { createServer, type GraphServer } from '../../src/server/create-server.js';
import { testConfig, testDriver } from '../support/database.js';
import { ensureSeedGraph } from '../support/seed-graph.js';
import { Neo4jBrowserPage, isLoopback } from './neo4j-browser-page.js';

const SCREENSHOT_DIR = join(PROJECT_ROOT, 'artifacts', 'browser-guide');
const SCREENSHOT = join(SCREENSHOT_DIR, 'neo4j-browser-guide.png');
/** The guide block the test runs: award → enterprises → cluster → city, a picture of 11 nodes. */
const GRAPH_QUERY = 'award-cluster-graph';

/**
 * The Browser of the database the tests use: NEO4J_BROWSER_URL if set, else the HTTP
 * port of the local server (NEO4J_HTTP_PORT) on the host the Bolt URI names.
 */
function browserUrlFor(config: AppConfig): URL {
  if (process.env.NEO4J_BROWSER_URL) return new URL(process.env.NEO4J_BROWSER_URL);
  const bolt = new URL(config.neo4j.uri);
  return new URL(`http://${bolt.hostname}:${config.local.httpPort}/browser/`);
}

async function assertBrowserServed(url: URL, config: AppConfig): Promise<void> {
  const problem = !isLoopback(url)
    ? `it is not on this machine (${url.host}); this test only talks to 127.0.0.1`
    : await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
        (res) => (res.ok ? null : `it answers HTTP ${res.status}`),
        (error: Error) => `nothing answers there (${error.message})`,
      );
  if (problem) {
    throw new Error(
      `No Neo4j Browser at ${url.href}: ${problem}. The tests use ${config.neo4j.uri}; ` +
        'point NEO4J_BROWSER_URL at the Browser of that server (or NEO4J_HTTP_PORT at its HTTP port).',
    );
  }
}

async function postConnectCommand(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    "CALL dbms.clientConfig() YIELD name, value WHERE name = 'browser.post_connect_cmd' RETURN value",
    {},
    { database },
  );
  return String(records[0]?.get('value') ?? '');
}

const config = testConfig();
let driver: Driver;
let guideServer: GraphServer;
let browser: Neo4jBrowserPage | undefined;

beforeAll(async () => {
  driver = testDriver(config);
  await ensureSeedGraph(driver, config.neo4j.database);
  guideServer = await createServer({ driver, config });
  await guideServer.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await browser?.close();
  await guideServer?.stop();
  await driver?.close();
});

describe('the guide in Neo4j Browser (headless Chromium)', () => {
  it('opens on connect and by the printed command, runs a query and draws the graph in the project style', async () => {
    const browserUrl = browserUrlFor(config);
    await assertBrowserServed(browserUrl, config);
    const guideOrigin = `http://localhost:${(guideServer.httpServer.address() as { port: number }).port}`;
    const baseUrl = `${guideOrigin}/browser-guide/`;
    const queries = extractGuideQueries(renderGuideAsset(GUIDE_FILE, baseUrl));
    const postConnect = await postConnectCommand(driver, config.neo4j.database);

    browser = await Neo4jBrowserPage.launch();
    await browser.serveGuideFrom(guideOrigin);
    await browser.open(browserUrl.href);
    await browser.connect(config.neo4j);

    if (postConnect.includes('/browser-guide/')) {
      // The server's post-connect command opened the guide without anyone typing.
      await browser.waitForGuide('The Liaoning Industry Graph');
    }
    // The exact command `npm start` prints (here for the test's own guide server).
    await browser.run(`:style ${baseUrl}${STYLE_FILE}`);
    await browser.run(openGuideCommand(baseUrl));
    await browser.waitForGuide('The Liaoning Industry Graph');

    // Browser shows each block exactly as guide:check runs it.
    expect(await browser.readAllRunnableBlocks()).toEqual(queries.map((q) => q.text));

    const graphQuery = queries.find((q) => q.name === GRAPH_QUERY)!;
    await browser.runGuideBlock(graphQuery.slide, graphQuery.text);
    const frame = browser.newestFrame();
    await expect
      .poll(() => frame.getByTestId('frameCommand').textContent(), { timeout: 15_000 })
      .toContain(':MEMBER_OF');
    const nodes = frame.locator('svg g.node');
    // The award, its 8 enterprises, the quality award cluster and Dalian.
    await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBe(11);

    const style = parseGrass(readGuideSource(STYLE_FILE));
    const fills = await frame
      .locator('svg g.node circle.b-outline')
      .evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills).toContain(style['node.Award']!.color);
    expect(fills).toContain(style['node.Enterprise']!.color);
    expect(fills).toContain(style['node.Cluster']!.color);
    const captions = await frame.locator('svg g.node text.caption').allTextContents();
    expect(captions.join(' ')).toContain('Quality');

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await browser.page.waitForTimeout(1_500); // let the force layout settle for the picture
    await browser.screenshot(SCREENSHOT);
    expect(browser.blockedRequests.every((u) => !isLoopback(new URL(u)))).toBe(true);
  }, 180_000);
});
