// Drives Neo4j Browser 5 (the one the server serves) in headless Chromium through the
// same controls a person uses: the connect form, the editor, the guide sidebar and the
// run icons Browser puts in front of a guide's code blocks. Only loopback traffic is
// let through; Browser's own calls to the internet (fonts, telemetry) are refused.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

export interface Neo4jLogin {
  /** Bolt URL as the tests connect, e.g. bolt://127.0.0.1:7687. */
  uri: string;
  user: string;
  password: string;
}

export class Neo4jBrowserPage {
  readonly blockedRequests: string[] = [];

  private constructor(
    private readonly browser: Browser,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async launch(): Promise<Neo4jBrowserPage> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `No Chromium at ${CHROMIUM_PATH}. Install Debian's chromium (\`apt-get install chromium\`) or set CHROMIUM_PATH.`,
      );
    }
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    });
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const driven = new Neo4jBrowserPage(browser, context, await context.newPage());
    await context.route(
      (url) => !isLoopback(url),
      (route) => {
        driven.blockedRequests.push(route.request().url());
        return route.abort();
      },
    );
    return driven;
  }

  /**
   * Answers requests for `/browser-guide/` on other loopback ports from `guideOrigin`:
   * the database's post-connect command names the API port it was configured with,
   * while the test serves the guide on a free port of its own.
   */
  async serveGuideFrom(guideOrigin: string): Promise<void> {
    const target = new URL(guideOrigin);
    await this.context.route(
      (url) => isLoopback(url) && url.pathname.startsWith('/browser-guide/') && url.host !== target.host,
      async (route) => {
        const url = new URL(route.request().url());
        const response = await route.fetch({ url: `${target.origin}${url.pathname}${url.search}` });
        await route.fulfill({ response });
      },
    );
  }

  async open(browserUrl: string): Promise<void> {
    await this.page.goto(browserUrl, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  }

  async connect(login: Neo4jLogin): Promise<void> {
    const bolt = new URL(login.uri);
    const page = this.page;
    await page.getByTestId('boltaddress').waitFor({ timeout: 30_000 });
    await page.getByTestId('bolt-scheme-select').selectOption(`${bolt.protocol}//`);
    await page.getByTestId('boltaddress').fill(bolt.host);
    await page.getByTestId('username').fill(login.user);
    await page.getByTestId('password').fill(login.password);
    await page.getByTestId('connect').click();
    // Connected: the editor's prompt names the database.
    await page.getByTestId('activeEditor').getByText(/\w+\$/).first().waitFor({ timeout: 45_000 });
  }

  /** Types a command or query into Browser's editor and runs it, as a person would. */
  async run(command: string): Promise<void> {
    await this.page.getByTestId('activeEditor').click();
    await this.page.keyboard.type(command);
    await this.page.keyboard.press('Enter');
  }

  guideDrawer(): Locator {
    return this.page.getByTestId('guidesDrawer');
  }

  async waitForGuide(title: string): Promise<void> {
    await this.guideDrawer().getByRole('heading', { name: title }).first().waitFor({ timeout: 30_000 });
  }

  /** The text of every runnable block on every slide, as Browser would put it in its editor. */
  async readAllRunnableBlocks(): Promise<string[]> {
    const texts: string[] = [];
    const drawer = this.guideDrawer();
    await drawer.getByTestId('pagination-1').click();
    for (;;) {
      texts.push(
        ...(await drawer.locator('pre.runnable').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()))),
      );
      const next = drawer.getByTestId('guideNextSlide');
      if (!(await next.isVisible()) || !(await next.isEnabled())) return texts;
      await next.click();
    }
  }

  /** Goes to the slide holding the block and clicks the run icon Browser puts in front of it. */
  async runGuideBlock(slide: number, text: string): Promise<void> {
    const drawer = this.guideDrawer();
    await drawer.getByTestId('pagination-1').click();
    for (let i = 1; i < slide; i++) await drawer.getByTestId('guideNextSlide').click();
    const block = drawer.locator('pre.runnable').filter({ hasText: text.split('\n')[0]! });
    await block.locator('i.fa-play-circle-o').first().click();
  }

  /** The newest result frame (Browser puts it on top of the stream). */
  newestFrame(): Locator {
    return this.page.getByTestId('frame').first();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
