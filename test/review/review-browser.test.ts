// A whole review in real headless Chromium, every non-loopback request blocked, against the
// real Neo4j and a throw-away copy of the project: paste an article, set one entity "same as"
// an existing one, reject one fact and edit a year with the keyboard alone, add a fact by
// selecting its sentence, accept; then the GraphQL API and the entity page show exactly the
// accepted facts with their quotes; the withdraw button puts the graph back (fingerprint).
// axe-core on every page; the clicks and keystrokes the review took are counted and written
// to artifacts/review/review-effort.json.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { removeFromGraph } from '../../src/draft/accept.js';
import type { Draft } from '../../src/draft/types.js';
import { ok } from '../api/support.js';
import { ARTICLE_TEXT } from '../draft/support.js';
import { launchBrowser, openPage, seriousViolations, type DrivenPage } from '../explore/explorer-browser.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { startReviewServer, type ReviewServer } from './support.js';

const ARTIFACTS = join(PROJECT_ROOT, 'artifacts', 'review');

let server: ReviewServer;
let browser: Browser;
let driven: DrivenPage;
let page: Page;
let before: GraphFingerprint;
let acceptedId: string | undefined;
let filesBefore: { corpus: string; documents: string; articles: string[]; cypher: string[] };

/** Every click and key press the review takes, counted as a person would make them. */
const effort = { clicks: 0, keys: 0, pastes: 0, drags: 0 };
async function click(locator: Locator) {
  effort.clicks += 1;
  await locator.click();
}
async function choose(select: Locator, value: string) {
  effort.clicks += 1; // open the list and pick: one choice
  await select.selectOption(value);
}
async function press(key: string, times = 1) {
  for (let i = 0; i < times; i += 1) {
    effort.keys += 1;
    await page.keyboard.press(key);
  }
}
async function type(text: string) {
  effort.keys += text.length;
  await page.keyboard.type(text);
}
/** Tab (forward) until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(selector: string) {
  for (let i = 0; i < 300; i += 1) {
    if (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const database = () => server.h.config.neo4j.database;
const projectFiles = () => ({
  corpus: readFileSync(join(server.root, 'data', 'corpus.json'), 'utf8'),
  documents: readFileSync(join(server.root, 'cypher', '01_documents.cypher'), 'utf8'),
  articles: readdirSync(join(server.root, 'data', 'articles')).sort(),
  cypher: readdirSync(join(server.root, 'cypher')).sort(),
});

beforeAll(async () => {
  server = await startReviewServer();
  before = await graphFingerprint(server.h.driver, database());
  filesBefore = projectFiles();
  browser = await launchBrowser();
  // bypassCSP only so axe-core can be injected; the pages themselves load nothing from outside.
  driven = await openPage(browser, 1280, true);
  page = driven.page;
});

afterAll(async () => {
  // A test that failed half-way leaves its article in the graph: take it out again.
  if (acceptedId) {
    await removeFromGraph(server.h.driver, database(), acceptedId, server.root).catch(() => {});
  }
  await driven?.close();
  await browser?.close();
  await server?.close();
});

const SAME_AS_FROM = 'award:yingkou-mayors-quality-award';
const SAME_AS_TO = 'award:mayors-quality-award';
const ENTERPRISE = 'enterprise:yingkou-bayuquan-valve-industry';
const CITY = 'place:yingkou';

describe('a whole review in the browser', () => {
  let docId: string;
  let draft: Draft;
  const sentence =
    'Yingkou Bayuquan Valve Industry Co., Ltd., located in Yingkou Coastal Industrial Base, has signed a cooperation agreement with Dalian University of Technology to develop valves for hydrogen pipelines.';

  it('signs in with the printed link and drafts a pasted article', async () => {
    await page.goto(`${server.base}/review/sign-in?token=${server.token}&name=Browser`);
    expect(new URL(page.url()).pathname).toBe('/review');
    expect(await seriousViolations(page)).toEqual([]);
    await click(page.getByLabel('Paste the article'));
    effort.pastes += 1;
    await page.getByLabel('Paste the article').fill(ARTICLE_TEXT);
    await click(page.getByRole('button', { name: 'Draft it' }));
    await page.waitForURL(/\/review\/\d{3}_[0-9a-f]{16}$/, { timeout: 60_000 });
    docId = new URL(page.url()).pathname.split('/').pop()!;
    draft = JSON.parse(readFileSync(join(server.draftsDir, `${docId}.json`), 'utf8')) as Draft;
    expect(draft.document.text).toBe(ARTICLE_TEXT);
    expect(draft.entities.some((e) => e.id === SAME_AS_FROM)).toBe(true);
    expect(draft.entities.some((e) => e.id === CITY)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('takes the decisions: same as (mouse), reject and a year (keyboard only), a fact from a selection', async () => {
    const factIndex = (type: string) => draft.facts.findIndex((f) => f.type === type);
    const located = factIndex('LOCATED_IN');
    const received = factIndex('RECEIVED');
    expect(located).toBeGreaterThanOrEqual(0);
    expect(received).toBeGreaterThanOrEqual(0);

    // "Same as": the resolver's candidate, by mouse.
    const award = page.locator(`form[data-key="entity:${SAME_AS_FROM}"]`);
    await click(award.locator(`input[value="same-as:${SAME_AS_TO}"]`));
    await expect.poll(() => award.locator('.saved').textContent()).toMatch(/^Saved/);

    // Reject the LOCATED_IN fact with the keyboard alone: Tab to its decision, arrow to Reject.
    const locatedForm = page.locator(`form[data-key="fact:${located}"]`);
    await tabTo(`form[data-key="fact:${located}"] input[name="verdict"]`);
    await press('ArrowRight');
    await expect.poll(() => locatedForm.locator('.saved').textContent()).toMatch(/^Saved/);
    expect(await locatedForm.locator('input[value="reject"]').isChecked()).toBe(true);

    // Edit the award's year, keyboard only: Tab to the field, replace it, Tab away (saves).
    const receivedForm = page.locator(`form[data-key="fact:${received}"]`);
    await tabTo(`form[data-key="fact:${received}"] input[name="year"]`);
    await press('Control+A');
    await type('2023');
    await press('Tab');
    await expect.poll(() => receivedForm.locator('.saved').textContent()).toMatch(/^Saved/);

    // Add a fact by selecting its sentence with the mouse: the selection is the quote.
    const start = ARTICLE_TEXT.indexOf(sentence);
    const box = (await page.evaluate(`(() => {
      const root = document.getElementById('article-text');
      root.scrollIntoView({ block: 'start' });
      const spans = [...root.querySelectorAll('[data-at]')];
      const point = (offset) => {
        const span = spans.filter((s) => Number(s.dataset.at) <= offset).pop();
        return { node: span.firstChild, offset: offset - Number(span.dataset.at) };
      };
      const rect = (from, to) => {
        const range = document.createRange();
        const a = point(from), b = point(to);
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        return range.getClientRects()[0];
      };
      const first = rect(${start}, ${start + 1});
      const last = rect(${start + sentence.length - 1}, ${start + sentence.length});
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
    })()`)) as { x1: number; y1: number; x2: number; y2: number };
    effort.drags += 1;
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 5 });
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#add-quote').textContent()).toBe(sentence);
    const add = page.locator('#add-fact');
    await choose(add.getByLabel('Type', { exact: true }), 'LOCATED_IN');
    await choose(add.getByLabel('From', { exact: true }), ENTERPRISE);
    await choose(add.getByLabel('To', { exact: true }), CITY);
    await click(add.getByRole('button', { name: 'Add the fact' }));
    await page.locator('#added-list li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#added-list li blockquote').textContent()).toBe(`“${sentence}”`);

    // Everything survives a reload: it is in the decisions file beside the draft.
    await page.reload();
    expect(await page.locator(`form[data-key="fact:${located}"] input[value="reject"]`).isChecked()).toBe(true);
    expect(await page.locator(`form[data-key="fact:${received}"] input[name="year"]`).inputValue()).toBe('2023');
    expect(
      await page.locator(`form[data-key="entity:${SAME_AS_FROM}"] input[value="same-as:${SAME_AS_TO}"]`).isChecked(),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    mkdirSync(ARTIFACTS, { recursive: true });
    // The picture in the docs: the article with its marks beside the first decisions.
    await page.evaluate(`document.getElementById('text-title').scrollIntoView()`);
    await page.screenshot({ path: join(ARTIFACTS, 'review-page-1280.png') });
  });

  it('accepts, and the API and the entity page show exactly the accepted facts with their quotes', async () => {
    await click(page.getByRole('button', { name: 'Accept the draft' }));
    acceptedId = docId;
    await page.locator('#accepted-link').waitFor({ timeout: 120_000 });

    // What was decided, from the draft itself: every fact but the rejected one, the award
    // merged into the existing one, the year edited, the added fact.
    const ends = (id: string) => (id === SAME_AS_FROM ? SAME_AS_TO : id);
    // A fact two rules proposed carries both quotes, and each is written with it.
    const expected = [
      ...draft.facts
        .filter((f) => f.type !== 'LOCATED_IN')
        .flatMap((f) =>
          f.evidence.map((quote) => ({
            type: f.type,
            from: ends(f.from),
            to: ends(f.to),
            year: f.type === 'RECEIVED' ? 2023 : ((f.properties.year as number | undefined) ?? null),
            quote,
          })),
        ),
      { type: 'LOCATED_IN', from: ENTERPRISE, to: CITY, year: null, quote: sentence },
    ];
    const ids = [...new Set(expected.flatMap((f) => [f.from, f.to]))];
    const seen: typeof expected = [];
    for (const id of ids) {
      const data = ok(
        await server.h.run<{
          entity: {
            relationships: Array<{
              type: string;
              direction: string;
              other: { id: string };
              properties: { year?: number };
              evidence: Array<{ quote: string; document: { id: string } }>;
            }>;
          } | null;
        }>(
          `query ($id: ID!) { entity(id: $id) { relationships(first: 100) { type direction other { id } properties evidence { quote document { id } } } } }`,
          { id },
        ),
      );
      for (const r of data.entity?.relationships ?? []) {
        if (r.direction !== 'OUTGOING') continue;
        for (const e of r.evidence.filter((x) => x.document.id === docId)) {
          seen.push({ type: r.type, from: id, to: r.other.id, year: r.properties.year ?? null, quote: e.quote });
        }
      }
    }
    const key = (f: (typeof expected)[number]) => JSON.stringify([f.type, f.from, f.to, f.year, f.quote]);
    expect(seen.map(key).sort()).toEqual(expected.map(key).sort());
    // The rejected fact's zone is in the graph only if an accepted fact is about it (its
    // name says it is part of Yingkou); the rejected fact itself is not there (above).
    const ZONE = 'zone:yingkou-coastal-industrial-base';
    const zone = ok(await server.h.run<{ entity: unknown }>(`{ entity(id: "${ZONE}") { id } }`));
    expect(zone.entity !== null, 'the zone is in the graph').toBe(
      expected.some((f) => f.from === ZONE || f.to === ZONE),
    );

    await page.goto(`${server.base}/explore/entity/${encodeURIComponent(ENTERPRISE)}`);
    const facts = page.locator('li.fact');
    const onPage = await facts.evaluateAll((items) =>
      items.map((li) => ({
        type: li.getAttribute('data-fact-type'),
        quotes: [...li.querySelectorAll('blockquote')].map((b) => b.textContent),
      })),
    );
    const aboutEnterprise = expected.filter((f) => f.from === ENTERPRISE || f.to === ENTERPRISE);
    // One item per fact, however many quotes it has.
    const factTypes = new Map(aboutEnterprise.map((f) => [JSON.stringify([f.type, f.from, f.to]), f.type]));
    expect(onPage.map((f) => f.type).sort()).toEqual([...factTypes.values()].sort());
    for (const f of aboutEnterprise) {
      expect(onPage.find((p) => p.type === f.type)?.quotes).toContain(`“${f.quote}”`);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('withdraws from the document page after a confirmation, and the graph and files are as before', async () => {
    await page.goto(`${server.base}/explore/document/${docId}`);
    await click(page.getByRole('link', { name: 'Withdraw this article…' }));
    await page.getByRole('heading', { name: /^Withdraw “/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await click(page.getByRole('button', { name: 'Withdraw the article' }));
    await expect.poll(() => page.locator('#withdraw-result').textContent(), { timeout: 60_000 }).toMatch(/^Withdrawn/);

    acceptedId = undefined;
    expect(projectFiles()).toEqual(filesBefore);
    // The spellings the "same as" added to the existing award went with the article: the graph
    // is exactly as before, aliases and name keys included.
    expect(await graphFingerprint(server.h.driver, database())).toEqual(before);
    expect(driven.blocked).toEqual([]);
    expect(driven.errors).toEqual([]);
    expect(driven.dialogs).toEqual([]);

    const total = effort.clicks + effort.keys + effort.pastes + effort.drags;
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'review-effort.json'), `${JSON.stringify({ ...effort, total }, null, 2)}\n`);
    console.log(`[review] effort: ${JSON.stringify({ ...effort, total })}`);
  });
});
