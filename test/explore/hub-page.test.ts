// The entity page of a hub, in a real headless Chromium with every non-loopback request
// blocked: an award with more facts in one group than a page holds (120 recipients, each
// with its own document and verbatim quote), added to the test graph with parameterised
// Cypher and removed afterwards. Its first screen shows the first 50 in the group's order,
// "show 50 more" shows the next ones (in place with JavaScript, as a page of its own
// without), the group counts are the graph's, the drawing says how many neighbours it
// leaves out, and the CSV holds every fact.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../api/support.js';
import { WIDTHS, inPage, launchBrowser, openPage, waitForDrawing } from './explorer-browser.js';

const HUB = 'award:test-hub-award';
const HUB_NAME = 'Test Hub Quality Award';
const RECIPIENTS = 120;
const PREFIX = 'enterprise:test-hub-recipient-';
const DOC_PREFIX = 'test-hub-document-';

let h: Harness;
let browser: Browser;
let base: string;

async function cypher<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await h.driver.executeQuery(query, params, { database: h.config.neo4j.database });
  return records.map((r) => r.toObject() as T);
}

async function removeHub(): Promise<void> {
  await cypher(
    `MATCH (n) WHERE n.id = $hub OR n.id STARTS WITH $prefix OR n.id STARTS WITH $docPrefix DETACH DELETE n`,
    { hub: HUB, prefix: PREFIX, docPrefix: DOC_PREFIX },
  );
}

beforeAll(async () => {
  h = await startHarness();
  base = h.url.replace('/graphql', '');
  browser = await launchBrowser();
  await removeHub();
  // Names sort differently from ids (the number is spelled backwards in the name), so the
  // page's order (by name) is checked, not the insertion order.
  const rows = Array.from({ length: RECIPIENTS }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const name = `Hub Recipient ${String(RECIPIENTS - i).padStart(3, '0')} Co., Ltd.`;
    const quote = `${name} won the ${HUB_NAME} in ${2000 + (i % 20)}.`;
    return {
      id: `${PREFIX}${n}`,
      name,
      doc: `${DOC_PREFIX}${n}`,
      title: `Article ${n} about the hub award`,
      text: `Article ${n} about the hub award\n\nA paragraph before. ${quote} A paragraph after.`,
      quote,
      year: 2000 + (i % 20),
    };
  });
  await cypher(
    `CREATE (a:Entity:Award {id: $hub, name: $name, aliases: [$name]})
     WITH a UNWIND $rows AS row
     CREATE (d:Document {id: row.doc, title: row.title, text: row.text, kind: 'article'})
     CREATE (e:Entity:Enterprise {id: row.id, name: row.name, aliases: [row.name]})
     CREATE (e)-[:RECEIVED {year: row.year, status: 'AWARDED', sources: [row.doc], evidence: [row.quote]}]->(a)
     CREATE (d)-[:MENTIONS]->(e), (d)-[:MENTIONS]->(a)`,
    { hub: HUB, name: HUB_NAME, rows },
  );
}, 300_000);

afterAll(async () => {
  if (h) await removeHub();
  await browser?.close();
  await h?.close();
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const GROUP = '#group--RECEIVED-in';

/** The recipients' names in the page's order: by name, then id. */
async function recipientNames(skip: number, limit: number): Promise<string[]> {
  const rows = await cypher<{ name: string }>(
    `MATCH (e:Entity)-[:RECEIVED]->(:Award {id: $hub})
     RETURN e.name AS name ORDER BY e.name, e.id SKIP $skip LIMIT $limit`,
    { hub: HUB, skip: neo4j.int(skip), limit: neo4j.int(limit) },
  );
  return rows.map((r) => r.name);
}

const names = (sentences: string[]) => sentences.map((s) => squash(s).split(' — ')[0]!);

describe('a hub entity page, paged', () => {
  it('first screen: the group count from the graph, the first 50 facts, the drawing capped with the count left out', async () => {
    const [count] = await cypher<{ n: number }>(
      `MATCH (:Entity)-[r:RECEIVED]->(:Award {id: $hub}) RETURN count(r) AS n`,
      { hub: HUB },
    );
    expect(Number(count!.n)).toBe(RECIPIENTS);
    const { page, blocked, errors, close } = await openPage(browser, WIDTHS.laptop);
    await page.goto(`${base}/explore/entity/${HUB}`);
    const group = page.locator(GROUP);
    expect(squash(await group.locator('h3 .count').innerText())).toBe(`(${RECIPIENTS})`);
    expect(squash(await page.locator('#facts-title .count').innerText())).toBe(`(${RECIPIENTS})`);
    expect(squash(await group.locator('[data-shown]').innerText())).toBe(`Facts 1–50 of ${RECIPIENTS}.`);
    const first = names(await group.locator('li.fact .sentence').allInnerTexts());
    expect(first).toEqual(await recipientNames(0, 50));
    // Every fact shown carries its quote, linked to its own document.
    expect(await group.locator('li.fact blockquote').count()).toBe(50);
    const href = await group.locator('li.fact a.source').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/explore/document/${DOC_PREFIX}\\d{3}\\?quote=`));
    // The drawing: at most 60 neighbours drawn, and the page says how many are not.
    await waitForDrawing(page);
    const drawn = await inPage<number>(
      page,
      `JSON.parse(document.getElementById('graph-data').textContent).nodes.length`,
    );
    expect(drawn).toBe(61);
    const notDrawn = page.locator('[data-not-drawn]');
    expect(await notDrawn.getAttribute('data-not-drawn')).toBe(String(RECIPIENTS - 60));
    expect(squash(await notDrawn.innerText())).toContain(
      `Drawn: 60 of the ${RECIPIENTS} entities it is linked to; 60 are not drawn.`,
    );
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('"Show 50 more" appends the next facts in place, then the last 20, then is gone', async () => {
    const { page, errors, close } = await openPage(browser, WIDTHS.laptop);
    await page.goto(`${base}/explore/entity/${HUB}`);
    const group = page.locator(GROUP);
    const more = group.getByRole('link', { name: 'Show 50 more' });
    await more.click();
    await expect.poll(() => group.locator('li.fact').count(), { timeout: 15_000 }).toBe(100);
    expect(page.url()).toBe(`${base}/explore/entity/${HUB}`); // in place, no navigation
    expect(names(await group.locator('li.fact .sentence').allInnerTexts())).toEqual(await recipientNames(0, 100));
    expect(squash(await group.locator('[data-shown]').innerText())).toBe(`Facts 1–100 of ${RECIPIENTS}.`);
    await more.click();
    await expect.poll(() => group.locator('li.fact').count(), { timeout: 15_000 }).toBe(RECIPIENTS);
    expect(await group.locator('a[data-more]').count()).toBe(0);
    expect(names(await group.locator('li.fact .sentence').allInnerTexts())).toEqual(
      await recipientNames(0, RECIPIENTS),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('without JavaScript, "Show 50 more" is a page of the next facts with a link to the page after', async () => {
    const { page, close } = await openPage(browser, WIDTHS.phone);
    await page.context().route('**/explore/assets/explore.js', (route) => route.abort());
    await page.goto(`${base}/explore/entity/${HUB}`);
    await Promise.all([page.waitForURL(/more=RECEIVED-in&offset=50/), page.locator(`${GROUP} a[data-more]`).click()]);
    const group = page.locator(GROUP);
    expect(names(await group.locator('li.fact .sentence').allInnerTexts())).toEqual(await recipientNames(50, 50));
    expect(squash(await group.locator('[data-shown]').innerText())).toBe(`Facts 51–100 of ${RECIPIENTS}.`);
    await Promise.all([page.waitForURL(/offset=100/), group.locator('a[data-more]').click()]);
    expect(names(await group.locator('li.fact .sentence').allInnerTexts())).toEqual(await recipientNames(100, 20));
    expect(await group.locator('a[data-more]').count()).toBe(0);
    await close();
    // A group or offset the page cannot show is a 400 that says what to write instead.
    for (const query of ['more=received&offset=0', 'more=RECEIVED-in&offset=-5']) {
      const response = await fetch(`${base}/explore/entity/${HUB}?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text()).toMatch(/RECEIVED-in|whole number/);
    }
  });

  it('the CSV holds every fact with its document and quote', async () => {
    const { page, close } = await openPage(browser, WIDTHS.laptop);
    await page.goto(`${base}/explore/entity/${HUB}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download facts (CSV)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    await close();
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(
      'sentence,subject_id,subject,relationship,object_id,object,details,document_id,document_title,quote',
    );
    expect(lines).toHaveLength(RECIPIENTS + 1);
    const facts = await cypher<{ id: string; doc: string; quote: string }>(
      `MATCH (e:Entity)-[r:RECEIVED]->(:Award {id: $hub}) RETURN e.id AS id, r.sources[0] AS doc, r.evidence[0] AS quote`,
      { hub: HUB },
    );
    expect(facts).toHaveLength(RECIPIENTS);
    for (const fact of facts) {
      const line = lines.find((l) => l.includes(`,${fact.id},`));
      expect(line, fact.id).toBeDefined();
      expect(line).toContain(`,${fact.doc},`);
      expect(line).toContain(fact.quote);
    }
  });
});
