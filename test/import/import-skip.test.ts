// `npm start` imports only when cypher/ or data/ changed since the last completed import:
// the import's fingerprint is stored in the graph, and `npm start` (src/cli/start.ts) and
// `npm run import -- --if-changed` import nothing when it matches. A changed script, or a graph
// an import was still changing, imports again. `npm run import` always imports.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import {
  IMPORT_STATE_LABEL,
  clearImportState,
  importFingerprint,
  readImportState,
} from '../../src/graph-import/import-fingerprint.js';
import { importIfChanged, runImport } from '../../src/graph-import/run-import.js';
import { testConfig, testDriver } from '../support/database.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';
import { startImportProcess } from '../support/import-process.js';
import { SEED_CYPHER_DIR } from '../support/seed-graph.js';

const config = testConfig();
const { database } = config.neo4j;
const DATA_DIR = join(PROJECT_ROOT, 'data');
let driver: Driver;
let scratch: string;

beforeAll(async () => {
  driver = testDriver();
  scratch = mkdtempSync(join(tmpdir(), 'lig-import-skip-'));
  await runImport(driver, { database, cypherDir: SEED_CYPHER_DIR });
}, 240_000);

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  // Leave the seed graph with the seed scripts' fingerprint, as an import leaves it.
  if (driver) await importIfChanged(driver, { database, cypherDir: SEED_CYPHER_DIR });
  await driver?.close();
}, 240_000);

describe('the import fingerprint', () => {
  it('is stored by a completed import and matches the current scripts and data', async () => {
    expect(await readImportState(driver, database)).toBe(importFingerprint(SEED_CYPHER_DIR, DATA_DIR));
    const { records } = await driver.executeQuery(
      `MATCH (s:${IMPORT_STATE_LABEL}) RETURN count(s) AS n`,
      {},
      { database },
    );
    expect(records[0]!.get('n'), 'one state node, however often the graph was imported').toBe(1);
  });

  it('skips the import when nothing changed: nothing is written', async () => {
    const before = await graphFingerprint(driver, database);
    const outcome = await importIfChanged(driver, { database, cypherDir: SEED_CYPHER_DIR });
    expect(outcome.skipped).toBe(true);
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });

  it('imports everything again when a statement of a script was edited, and then stores the new fingerprint', async () => {
    const changed = join(scratch, 'cypher');
    cpSync(SEED_CYPHER_DIR, changed, { recursive: true });
    // An edit (not an addition): any change to a statement's text counts, even of layout.
    const path = join(changed, '13_enterprises.cypher');
    writeFileSync(path, readFileSync(path, 'utf8').replace('SET n:Entity', 'SET  n:Entity'));
    const outcome = await importIfChanged(driver, { database, cypherDir: changed });
    expect(outcome.skipped).toBe(false);
    if (outcome.skipped) return;
    expect(outcome.incremental).toBe(false);
    expect(outcome.results.flatMap((r) => r.files)).toContain('13_enterprises.cypher');
    expect(outcome.results.reduce((n, r) => n + r.statements, 0)).toBeGreaterThan(100);
    expect(outcome.fingerprint).not.toBe(importFingerprint(SEED_CYPHER_DIR, DATA_DIR));
    expect(await readImportState(driver, database)).toBe(outcome.fingerprint);
  }, 240_000);

  it('imports only what was added when a comment or a statement was appended', async () => {
    const grown = join(scratch, 'grown');
    cpSync(SEED_CYPHER_DIR, grown, { recursive: true });
    await importIfChanged(driver, { database, cypherDir: grown });
    appendFileSync(
      join(grown, '13_enterprises.cypher'),
      "\n// an addition\nMATCH (n:Enterprise {id: 'enterprise:cosco-shipbuilding-industry-company'}) SET n.checked = true;\n",
    );
    const outcome = await importIfChanged(driver, { database, cypherDir: grown });
    expect(outcome.skipped).toBe(false);
    if (outcome.skipped) return;
    expect(outcome.incremental).toBe(true);
    expect(outcome.results.reduce((n, r) => n + r.statements, 0)).toBe(1);
    expect(outcome.results.flatMap((r) => r.files)).toEqual(['13_enterprises.cypher']);
    await driver.executeQuery('MATCH (n:Enterprise) REMOVE n.checked', {}, { database });
  }, 240_000);

  it('imports again when the last import did not complete (no fingerprint stored)', async () => {
    await clearImportState(driver, database);
    const outcome = await importIfChanged(driver, { database, cypherDir: SEED_CYPHER_DIR });
    expect(outcome.skipped).toBe(false);
    expect(await readImportState(driver, database)).toBe(importFingerprint(SEED_CYPHER_DIR, DATA_DIR));
  }, 240_000);

  it('`npm run import -- --if-changed` (the check `npm start` makes) says it imported nothing; `npm run import` imports', async () => {
    const skipped = startImportProcess(config.neo4j, ['--if-changed']);
    expect(await skipped.exited, skipped.output()).toBe(0);
    expect(skipped.output()).toMatch(
      /Nothing imported: the database already holds the graph of the current cypher\/ and data\//,
    );
    expect(skipped.output()).not.toMatch(/01_documents\.cypher/);

    const forced = startImportProcess(config.neo4j);
    expect(await forced.exited, forced.output()).toBe(0);
    expect(forced.output()).toMatch(/01_documents\.cypher/);
    expect(forced.output()).not.toMatch(/Nothing imported/);
  }, 240_000);
});
