// A fact the learned rule withdrew, added back in one click, in real headless Chromium against
// the real Neo4j and a throw-away copy of the project: a fixture article drafted with CoreNLP's
// recorded reading and a hand-set classifier that withdraws the rule's RELIES_ON fact; the
// review page lists it under "Withdrawn by the learned rule"; "Add it back" saves it as an
// added fact with the rule's own quote, and the page shows it among the reviewer's additions
// and offers it no more.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { RelationClassifier } from '../../src/draft/learned/relation-classifier.js';
import { draftArticle } from '../../src/draft/run-draft.js';
import type { Draft } from '../../src/draft/types.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';
import { launchBrowser, openPage, seriousViolations, type DrivenPage } from '../explore/explorer-browser.js';
import { startReviewServer, type ReviewServer } from './support.js';

const ARTICLE = 'test/draft/fixtures/puwan-zone-profile.txt';
const TEXT = readFileSync(join(PROJECT_ROOT, ARTICLE), 'utf8');
const READING = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/corenlp', ARTICLE.replace(/\.txt$/, '.json')), 'utf8'),
) as CoreNlpDocument;

/** A hand-set model that finds "It relies on X" unlikely as RELIES_ON, and may withdraw that type only. */
const DOUBTING: RelationClassifier = {
  name: 'relation-classifier',
  threshold: 0.9,
  types: [],
  vetoBelow: 0.5,
  vetoTypes: ['RELIES_ON'],
  model: { classes: ['NONE', 'RELIES_ON>'], weights: { bias: [[0, 2]], 'path:nsubj|rely|obl': [[0, 6]] } },
};
const QUOTE = 'It relies on Hengli Petrochemical (Dalian) Co., Ltd.';

let server: ReviewServer;
let browser: Browser;
let driven: DrivenPage;
let page: Page;
let draft: Draft;

beforeAll(async () => {
  server = await startReviewServer();
  draft = await draftArticle(TEXT, 'puwan-zone-profile.txt', {
    projectRoot: server.root,
    driver: server.h.driver,
    database: server.h.config.neo4j.database,
    date: '2024-05-20',
    language: READING,
    learned: { classifier: DOUBTING },
  });
  writeFileSync(join(server.draftsDir, `${draft.document.id}.json`), `${JSON.stringify(draft, null, 2)}\n`);
  browser = await launchBrowser();
  driven = await openPage(browser, 1280, true);
  page = driven.page;
});

afterAll(async () => {
  await driven?.close();
  await browser?.close();
  await server?.close();
});

describe('a fact the learned rule withdrew', () => {
  it('is kept out of the draft’s facts, listed apart with its rule and quote', () => {
    expect(draft.facts.filter((f) => f.type === 'RELIES_ON')).toEqual([]);
    expect(draft.withdrawn?.map((f) => [f.type, f.rule, f.evidence[0]])).toEqual([
      ['RELIES_ON', 'dep-relies-on', QUOTE],
    ]);
    expect(draft.validation.valid).toBe(true);
  });

  it('is offered back on the review page, and one click adds it with the rule’s quote', async () => {
    await page.goto(`${server.base}/review/sign-in?token=${server.token}&name=Browser`);
    await page.goto(`${server.base}/review/${draft.document.id}`);
    const heading = page.getByRole('heading', { name: 'Withdrawn by the learned rule (1)' });
    await heading.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const item = page.locator('li.withdrawn');
    expect(await item.locator('strong').textContent()).toContain('RELIES_ON');
    expect(await item.locator('blockquote').textContent()).toBe(`“${QUOTE}”`);

    await item.getByRole('button', { name: 'Add it back' }).click();
    await page.locator('#added-list li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#added-list li blockquote').textContent()).toBe(`“${QUOTE}”`);
    // Once added back, it is no longer offered: no second click can add it twice.
    expect(await item.getByRole('button', { name: 'Add it back' }).count()).toBe(0);
    expect(await item.textContent()).toContain('Added back');
    expect(await seriousViolations(page)).toEqual([]);

    const saved = JSON.parse(readFileSync(join(server.draftsDir, `${draft.document.id}.review.json`), 'utf8')) as {
      decisions: Record<string, { decision: { item: string; value: Record<string, unknown> } }>;
    };
    const added = Object.entries(saved.decisions).filter(([key]) => key.startsWith('added-fact:'));
    expect(added).toHaveLength(1);
    expect(added[0]?.[1].decision).toMatchObject({
      item: 'added-fact',
      value: {
        type: 'RELIES_ON',
        from: 'zone:dalian-puwan-economic-zone',
        to: 'enterprise:hengli-petrochemical-dalian',
        quote: QUOTE,
      },
    });
  });
});
