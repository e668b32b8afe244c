// Headless Chromium for the explorer tests: only loopback requests pass (the pages must
// work with no internet), page errors and dialogs are recorded (an injected script would
// show up as one), and helpers for axe-core, layout shift and screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';
import { CHROMIUM_PATH, isLoopback } from '../browser-guide/neo4j-browser-page.js';

export const ARTIFACTS = join(PROJECT_ROOT, 'artifacts', 'explore');
export const WIDTHS = { laptop: 1280, phone: 390 } as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface DrivenPage {
  page: Page;
  context: BrowserContext;
  blocked: string[];
  errors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    timeout: 60_000,
  });
}

/**
 * A page at one width. `bypassCSP` lets the test inject axe-core, and lets the injection
 * tests prove the escaping itself (not the Content-Security-Policy) keeps scripts out.
 */
export async function openPage(browser: Browser, width: number, bypassCSP = false): Promise<DrivenPage> {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 844 : 900 },
    acceptDownloads: true,
    bypassCSP,
  });
  const page = await context.newPage();
  const driven: DrivenPage = {
    page,
    context,
    blocked: [],
    errors: [],
    dialogs: [],
    close: () => context.close(),
  };
  await context.route(
    (url) => !isLoopback(url),
    (route) => {
      driven.blocked.push(route.request().url());
      return route.abort();
    },
  );
  page.on('pageerror', (e) => driven.errors.push(e.message));
  page.on('dialog', (d) => {
    driven.dialogs.push(d.message());
    void d.dismiss();
  });
  return driven;
}

export async function waitForDrawing(page: Page): Promise<void> {
  await page.locator('#drawing[data-rendered="true"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** axe-core violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // Page code as a string: it runs in the browser, and the project compiles without DOM types.
  const violations = (await page.evaluate(`axe.run().then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')),
  })))`)) as Array<{ id: string; impact: string; targets: string[] }>;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`);
}

/** Cumulative layout shift so far (Chromium's layout-shift entries, buffered). */
export async function layoutShift(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 200);
  })`)) as number;
}

/** Runs JavaScript in the page (a string: the project compiles without DOM types). */
export async function inPage<T>(page: Page, script: string): Promise<T> {
  return (await page.evaluate(script)) as T;
}

export async function screenshot(page: Page, name: string, width: number): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
}
