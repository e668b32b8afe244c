// npm run guide:check, as a test: every query of the guide, run against the project's
// graph, returns what the guide says it returns.
import { spawnSync } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { checkGuideQueries, valuesMatch } from '../../src/browser-guide/check-queries.js';
import { extractGuideQueries } from '../../src/browser-guide/extract-queries.js';
import { formatCheckTable } from '../../src/browser-guide/format-table.js';
import { renderGuideAsset } from '../../src/browser-guide/guide-files.js';
import { GUIDE_FILE, guideBaseUrl } from '../../src/browser-guide/guide-urls.js';
import { testConfig, testDriver } from '../support/database.js';
import { ensureSeedGraph } from '../support/seed-graph.js';

const config = testConfig();
let driver: Driver;

beforeAll(async () => {
  driver = testDriver(config);
  await ensureSeedGraph(driver, config.neo4j.database);
});
afterAll(async () => driver?.close());

describe('the guide against the graph', () => {
  it('every query returns what the guide states next to it', async () => {
    const queries = extractGuideQueries(renderGuideAsset(GUIDE_FILE, guideBaseUrl(config.port)));
    const checks = await checkGuideQueries(driver, queries, { database: config.neo4j.database });
    const failed = checks.filter((c) => c.status !== 'ok');
    expect(failed, formatCheckTable(checks)).toEqual([]);
  });

  it('reports a wrong expectation as a mismatch, a failing query as an error', async () => {
    const [wrong, broken] = extractGuideQueries(
      '<slide><h3>T</h3><pre class="runnable" data-query="wrong">MATCH (d:Document) RETURN d.id AS id</pre>' +
        '<p class="expected-result" data-rows="99">99 rows</p>' +
        '<pre class="runnable" data-query="broken">MATCH (n RETURN n</pre><p class="expected-result" data-rows="0">0 rows</p></slide>',
    );
    const [mismatch, error] = await checkGuideQueries(driver, [wrong!, broken!], { database: config.neo4j.database });
    expect(mismatch).toMatchObject({ status: 'mismatch' });
    expect(mismatch?.message).toMatch(/expected 99 rows/);
    expect(error).toMatchObject({ status: 'error' });
  });

  it('runs the queries read-only: a write is refused, not applied', async () => {
    const [write] = extractGuideQueries(
      '<slide><h3>T</h3><pre class="runnable" data-query="write">CREATE (n:GuideCheckProbe) RETURN n</pre><p class="expected-result" data-rows="1">1 row</p></slide>',
    );
    const [check] = await checkGuideQueries(driver, [write!], { database: config.neo4j.database });
    expect(check?.status).toBe('error');
    const { records } = await driver.executeQuery(
      'MATCH (n:GuideCheckProbe) RETURN count(n) AS n',
      {},
      { database: config.neo4j.database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('compares numbers within rounding and lists element by element', () => {
    expect(valuesMatch(1210000000, 1.21e9)).toBe(true);
    // eslint-disable-next-line no-loss-of-precision -- a float that is not exactly 116.7 is the case tested
    expect(valuesMatch(116.7, 116.70000000000001)).toBe(true);
    expect(valuesMatch(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(valuesMatch(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(valuesMatch(0, null)).toBe(false);
  });

  it('npm run guide:check prints the table and exits 0', () => {
    const run = spawnSync('npm', ['run', '--silent', 'guide:check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: process.env,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/slide\s+query\s+expected\s+actual\s+result/);
    expect(run.stdout).toContain('award-cluster-graph');
    expect(run.stdout).toMatch(/All \d+ blocks return what the guide says/);
  });
});
