// Withdrawing a document on the real database: the Document, its pairs, the facts,
// Indicators and entities only it supported go; facts other documents also state keep
// their pairs; the validator passes; the project's files (changed on a temporary copy,
// never the committed ones) do not bring it back on the next import. The graph is
// re-imported at the end and must equal the one the file found.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { factsChecksum } from '../../src/graph-import/facts-checksum.js';
import { importFingerprint, readImportManifest, readImportState } from '../../src/graph-import/import-fingerprint.js';
import { importIfChanged, runDataScript, runImport } from '../../src/graph-import/run-import.js';
import { withdrawArticle } from '../../src/graph-import/withdraw-article.js';
import { WithdrawFilesError, applyWithdrawFiles, planWithdrawFiles } from '../../src/graph-import/withdraw-files.js';
import { UnknownDocumentError, withdrawDocument } from '../../src/graph-import/withdraw.js';
import { validateGraph } from '../../src/validate/validate-graph.js';
import { testConfig, testDriver } from '../support/database.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { DOC, freshImport, importAll, rows } from './graph-helpers.js';

const config = testConfig().neo4j;
const { database } = config;
let driver: Driver;
let pristine: GraphFingerprint;
const q = (cypher: string, params: Record<string, unknown> = {}) => rows(driver, database, cypher, params);

// A fact of the reference note that article 003 states too: the zone's name places it in
// Dalian. The test adds 003's pair the way an article script does, so the withdrawal of
// the reference note has a shared fact to keep.
const SHARED = { from: 'zone:dalian-puwan-economic-zone', type: 'PART_OF', to: 'place:dalian' };
const SHARED_QUOTE = 'The Dalian Puwan Economic Zone\u00A0focuses on new quality productive forces';
const ADD_SHARED_PAIR = `
MATCH (a:Entity {id: '${SHARED.from}'})
MATCH (b:Entity {id: '${SHARED.to}'})
MERGE (a)-[r:PART_OF]->(b)
WITH r, [['${DOC.a003}', '${SHARED_QUOTE}']] AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];`;

async function sharedFact() {
  const [r] = await q(
    `MATCH (:Entity {id: $from})-[r:PART_OF]->(:Entity {id: $to}) RETURN r.sources AS sources, r.evidence AS evidence`,
    SHARED,
  );
  return r;
}

beforeAll(async () => {
  driver = testDriver();
  await freshImport(driver, database);
  pristine = await graphFingerprint(driver, database);
});

afterAll(async () => {
  try {
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  } finally {
    await driver?.close();
  }
});

describe('withdrawDocument', () => {
  it('refuses an unknown document and changes nothing', async () => {
    await expect(withdrawDocument(driver, database, '999_no_such_article')).rejects.toBeInstanceOf(
      UnknownDocumentError,
    );
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  });

  it('a dry run reports what it would remove and changes nothing', async () => {
    const preview = await withdrawDocument(driver, database, DOC.a001, { dryRun: true });
    const [cited] = await q(
      `MATCH ()-[r]->() WHERE $doc IN r.sources AND all(s IN r.sources WHERE s = $doc) RETURN count(r) AS facts`,
      { doc: DOC.a001 },
    );
    expect(preview.relationshipsDeleted).toBe(cited!.facts);
    expect(preview.entitiesDeleted).toContain('zone:xiaonan-village');
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  });

  it('a file step that cannot be made rolls the withdrawal back: the graph and the files are unchanged', async () => {
    // A copy of the project whose article-001 script also cites another article: the file
    // step would have to delete a script another article needs, so it refuses, and the
    // withdrawal, already made in the open transaction, is rolled back with it.
    const root = mkdtempSync(join(tmpdir(), 'lig-withdraw-refused-'));
    try {
      for (const folder of ['cypher', 'data'])
        cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
      const script = readdirSync(join(root, 'cypher')).find(
        (f) => readFileSync(join(root, 'cypher', f), 'utf8').includes(`'${DOC.a001}'`) && /^2\d_facts_/.test(f),
      )!;
      appendFileSync(join(root, 'cypher', script), `\nRETURN '${DOC.a002}' AS alsoCited;\n`);
      const before = readFileSync(join(root, 'cypher', script), 'utf8');
      const error = await withdrawArticle(driver, database, root, DOC.a001).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WithdrawFilesError);
      expect((error as Error).message).toContain(`cites ${DOC.a001} and also ${DOC.a002}`);
      expect(await graphFingerprint(driver, database)).toEqual(pristine);
      expect(readFileSync(join(root, 'cypher', script), 'utf8')).toBe(before);
      expect(existsSync(join(root, 'data', 'articles', `${DOC.a001}.txt`))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('removes the document and all only it supports, keeps the pairs of others, and the files do not bring it back', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'withdraw-'));
    try {
      await runDataScript(driver, database, 'shared-fact.cypher', ADD_SHARED_PAIR);
      const before = await sharedFact();
      expect(before!.sources).toEqual([DOC.reference, DOC.a003]);
      const [mentioned] = await q('MATCH (:Document {id: $doc})-[:MENTIONS]->(e) RETURN collect(e.id) AS ids', {
        doc: DOC.reference,
      });

      const summary = await withdrawDocument(driver, database, DOC.reference);

      // Nothing of it remains.
      expect(await q('MATCH (d:Document {id: $doc}) RETURN d', { doc: DOC.reference })).toEqual([]);
      const [left] = await q(
        `RETURN COUNT { MATCH ()-[r]->() WHERE $doc IN r.sources } AS facts,
                COUNT { MATCH (i:Indicator) WHERE $doc IN i.sources } AS indicators`,
        { doc: DOC.reference },
      );
      expect(left).toEqual({ facts: 0, indicators: 0 });
      expect(summary.pairsRemoved).toBeGreaterThan(0);
      expect(summary.entitiesDeleted.length).toBeGreaterThan(0);
      const [gone] = await q('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', {
        ids: summary.entitiesDeleted,
      });
      expect(gone!.n).toBe(0);
      // Entities it named that other facts still hold stay.
      const kept = (mentioned!.ids as string[]).filter((id) => !summary.entitiesDeleted.includes(id));
      const [stay] = await q('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', { ids: kept });
      expect(stay!.n).toBe(kept.length);

      // The shared fact keeps 003's pair and only it.
      expect(await sharedFact()).toEqual({ sources: [DOC.a003], evidence: [SHARED_QUOTE] });

      // The file step, on a copy of the project's data and scripts.
      cpSync(join(PROJECT_ROOT, 'data'), join(copy, 'data'), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'cypher'), join(copy, 'cypher'), { recursive: true });
      const plan = planWithdrawFiles(copy, DOC.reference, summary.entitiesDeleted);
      expect(plan.factsScripts).toEqual(['29_facts_reference_geography.cypher']);
      applyWithdrawFiles(copy, plan);
      expect(existsSync(join(copy, 'data', 'reference', `${DOC.reference}.txt`))).toBe(false);
      expect(readFileSync(join(copy, 'cypher', '01_documents.cypher'), 'utf8')).not.toContain(DOC.reference);
      expect(JSON.parse(readFileSync(join(copy, 'data', 'corpus.json'), 'utf8'))).not.toHaveProperty(DOC.reference);

      // The validator, comparing with the copy's files, passes on the withdrawn graph.
      expect(await validateGraph(driver, { database, projectRoot: copy })).toEqual([]);

      // Importing the copy's scripts over the withdrawn graph adds nothing back.
      const withdrawn = await factsChecksum(driver, database);
      const reimport = await runImport(driver, { database, cypherDir: join(copy, 'cypher'), projectRoot: copy });
      expect(reimport.filter((c) => c.nodesCreated > 0 || c.relationshipsCreated > 0)).toEqual([]);
      expect((await factsChecksum(driver, database)).checksum).toBe(withdrawn.checksum);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      // Restore: the project's scripts put the reference note back; then the test's pair goes.
      await importAll(driver, database);
      await q(
        `MATCH (:Entity {id: $from})-[r:PART_OF]->(:Entity {id: $to})
         WITH r, [k IN range(0, size(r.sources) - 1) WHERE NOT (r.sources[k] = $doc AND r.evidence[k] = $quote)] AS keep
         SET r.sources = [k IN keep | r.sources[k]], r.evidence = [k IN keep | r.evidence[k]]`,
        { ...SHARED, doc: DOC.a003, quote: SHARED_QUOTE },
      );
    }
    // Two imports (the copy's scripts, then the restore): minutes on a busy machine.
  }, 600_000);

  it('keeps the import state: after withdrawing, import --if-changed finds nothing to do, and a later addition imports alone', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'withdraw-state-'));
    const options = { database, cypherDir: join(copy, 'cypher'), projectRoot: copy };
    try {
      cpSync(join(PROJECT_ROOT, 'data'), join(copy, 'data'), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'cypher'), join(copy, 'cypher'), { recursive: true });
      await runImport(driver, options);

      await withdrawArticle(driver, database, copy, DOC.reference);
      expect(await readImportState(driver, database)).toBe(importFingerprint(options.cypherDir, join(copy, 'data')));
      const manifest = await readImportManifest(driver, database);
      expect(Object.keys(manifest ?? {})).not.toContain('29_facts_reference_geography.cypher');
      expect(await importIfChanged(driver, options)).toMatchObject({ skipped: true });

      appendFileSync(
        join(copy, 'cypher', '13_enterprises.cypher'),
        "\nMATCH (n:Enterprise {id: 'enterprise:cosco-shipbuilding-industry-company'}) SET n.checked = true;\n",
      );
      const added = await importIfChanged(driver, options);
      expect(added).toMatchObject({ skipped: false, incremental: true });
      if (!added.skipped) expect(added.results.flatMap((r) => r.files)).toEqual(['13_enterprises.cypher']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
      await driver.executeQuery('MATCH (n:Enterprise) REMOVE n.checked', {}, { database });
      await importAll(driver, database);
    }
  }, 600_000);

  it('a withdrawal from the database alone (files kept) clears the import state, so the next import --if-changed imports', async () => {
    try {
      await withdrawArticle(driver, database, PROJECT_ROOT, DOC.reference, { keepFiles: true });
      expect(await readImportState(driver, database)).toBeNull();
    } finally {
      await importAll(driver, database);
    }
  }, 600_000);
});

describe('npm run withdraw', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'withdraw.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: config.uri,
        NEO4J_USER: config.user,
        NEO4J_PASSWORD: config.password,
        NEO4J_DATABASE: config.database,
        ...env,
      },
      encoding: 'utf8',
    });

  it('an unknown document: a clear message, exit 2, nothing changed', async () => {
    const run = cli(['999_no_such_article', '--yes']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no Document with id "999_no_such_article"');
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  });

  it('without --yes it shows the counts and changes nothing', async () => {
    const run = cli([DOC.a004]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Would remove from the graph: Document 004_259afd6deae00c3b and its \d+ MENTIONS/);
    expect(run.stdout).toContain('cypher/24_facts_004_dalian_mayors_quality_award.cypher');
    expect(run.stdout).toContain('Nothing changed');
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  });

  it('a database that does not answer: says so, names npm run db:start, exit 2', () => {
    const run = cli([DOC.a004, '--yes'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run db:start');
  });
});
