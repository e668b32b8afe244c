// The batched importer (src/graph-import/batch-plan.ts) on a real Neo4j: it builds the same
// graph as running every script on its own, statement by statement, on the seed corpus and on
// a generated 50-article corpus; a bad article in the middle of a chunk rolls back alone and
// is named while the others land; and `import --if-changed` after one accepted article
// imports that article alone and builds what a full import builds. Leaves the seed graph.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNextArticle, ensureCorpus } from '../../bench/corpus/write-corpus.js';
import { canonicalJson, factsChecksum, sortedPairs } from '../../src/graph-import/facts-checksum.js';
import {
  ImportError,
  ScriptsFailedError,
  importIfChanged,
  runImport,
  wipeGraph,
  type ImportOptions,
} from '../../src/graph-import/run-import.js';
import { validateGraph } from '../../src/validate/validate-graph.js';
import { testConfig, testDriver } from '../support/database.js';
import { importSeedGraph, SEED_CYPHER_DIR } from '../support/seed-graph.js';

const { database } = testConfig().neo4j;
let driver: Driver;
let scratch: string;
let corpus: string;

const corpusOptions = (root: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  database,
  cypherDir: join(root, 'cypher'),
  projectRoot: root,
  ...extra,
});

/**
 * What a graph holds, for comparing two imports: every fact with its (source, quote) pairs
 * (the facts checksum), and every node with its labels and properties. The order in which
 * articles appended their pairs to a shared fact's lists is not part of it (it is the order
 * the scripts happened to run in): pair lists are compared as sorted sets.
 */
async function graphState() {
  const facts = await factsChecksum(driver, database);
  const { records } = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database, routing: 'READ' },
  );
  const nodes = records
    .map((r) => {
      const props = r.get('props') as Record<string, unknown>;
      const pairs = sortedPairs(props.sources, props.evidence);
      return canonicalJson([[...(r.get('labels') as string[])].sort(), { ...props, sources: pairs, evidence: null }]);
    })
    .sort();
  return { facts: facts.lines, nodes };
}

async function freshState(options: ImportOptions) {
  await wipeGraph(driver, database);
  await runImport(driver, options);
  return graphState();
}

beforeAll(() => {
  driver = testDriver();
  scratch = mkdtempSync(join(tmpdir(), 'lig-batched-import-'));
  corpus = ensureCorpus({ articles: 50, seed: 'batched-import-test', dir: join(scratch, 'corpus-50') }).dir;
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  if (driver) await importSeedGraph(driver, database);
  await driver?.close();
}, 240_000);

describe('the batched import', () => {
  it('builds the same graph as statement-by-statement on the seed corpus', async () => {
    const perScript = await freshState({ database, cypherDir: SEED_CYPHER_DIR, sending: { batched: false } });
    const batched = await freshState({ database, cypherDir: SEED_CYPHER_DIR });
    expect(batched.facts.length).toBeGreaterThan(150);
    expect(batched).toEqual(perScript);
  }, 240_000);

  it('builds the same graph as statement-by-statement on a generated 50-article corpus, and a valid one', async () => {
    const perScript = await freshState(corpusOptions(corpus, { sending: { batched: false } }));
    const logged: string[] = [];
    const batched = await freshState(corpusOptions(corpus, { log: (l) => logged.push(l) }));
    expect(batched.facts.length).toBeGreaterThan(300);
    expect(batched).toEqual(perScript);
    // The 52 data scripts ran as one chunk: one line, not one per script.
    expect(logged.filter((l) => l.includes('(52 scripts)'))).toHaveLength(1);
    expect(await validateGraph(driver, { database, projectRoot: corpus })).toEqual([]);
  }, 240_000);

  it('rolls a bad article in the middle of a chunk back alone, names it, and imports the others', async () => {
    const copy = join(scratch, 'bad-corpus');
    cpSync(corpus, copy, { recursive: true });
    const scripts = readdirSync(join(copy, 'cypher'))
      .filter((f) => f.startsWith('20_facts_'))
      .sort();
    // One article quotes a sentence its text does not contain (a rule of the model), another
    // has a statement that fails when it runs.
    const misquoted = scripts[20]!;
    const failing = scripts[30]!;
    const misquotedPath = join(copy, 'cypher', misquoted);
    const text = readFileSync(misquotedPath, 'utf8');
    const quote = /is located in ([^']+)\./.exec(text)![0];
    writeFileSync(misquotedPath, text.replace(quote, `${quote.slice(0, -1)} and nowhere else.`));
    appendFileSync(join(copy, 'cypher', failing), '\nMATCH (d:Document) WITH count(d) AS n RETURN 1 / (n - n);\n');

    await wipeGraph(driver, database);
    let error: unknown;
    try {
      await runImport(driver, corpusOptions(copy));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScriptsFailedError);
    const failures = (error as ScriptsFailedError).failures;
    expect(failures.map((f) => f.file)).toEqual([misquoted, failing]);
    expect(failures[0]!.message).toMatch(/\[quote-not-found\].*and nowhere else/);
    expect(failures[1]).toBeInstanceOf(ImportError);
    expect(failures[1]!.databaseMessage).toMatch(/by zero/i);
    expect(failures[1]!.statement).not.toBeNull();
    expect((error as Error).message).toContain(misquoted);
    expect((error as Error).message).toContain(failing);

    // Neither bad article left anything; every other article's pairs are there.
    const docOf = (script: string) => script.slice('20_facts_'.length, '20_facts_'.length + 21);
    const { records } = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.sources IS NOT NULL UNWIND r.sources AS s RETURN collect(DISTINCT s) AS cited`,
      {},
      { database },
    );
    const cited = new Set(records[0]!.get('cited') as string[]);
    expect(cited.has(docOf(misquoted))).toBe(false);
    expect(cited.has(docOf(failing))).toBe(false);
    const others = scripts.filter((s) => s !== misquoted && s !== failing).map(docOf);
    expect(others.filter((d) => !cited.has(d))).toEqual([]);
  }, 240_000);

  it('imports one added article alone with --if-changed, and builds what a full import builds', async () => {
    const copy = join(scratch, 'growing-corpus');
    cpSync(corpus, copy, { recursive: true });
    await wipeGraph(driver, database);
    await runImport(driver, corpusOptions(copy));
    const { docId, script } = addNextArticle(copy);

    const outcome = await importIfChanged(driver, corpusOptions(copy));
    expect(outcome.skipped).toBe(false);
    if (outcome.skipped) return;
    expect(outcome.incremental).toBe(true);
    // The new article's script and the one new statement of the documents script.
    expect(outcome.results.flatMap((r) => r.files).sort()).toEqual(['01_documents.cypher', script].sort());
    expect(outcome.results.reduce((n, r) => n + r.statements, 0)).toBeLessThan(30);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document {id: $docId})-[:MENTIONS]->(e) RETURN count(e) AS n',
      { docId },
      { database },
    );
    expect(Number(records[0]!.get('n'))).toBeGreaterThan(2);
    const incremental = await graphState();
    expect(await validateGraph(driver, { database, projectRoot: copy })).toEqual([]);

    // Nothing left to do: the stored fingerprint is the new one.
    expect((await importIfChanged(driver, corpusOptions(copy))).skipped).toBe(true);
    expect(await freshState(corpusOptions(copy))).toEqual(incremental);
  }, 240_000);

  it('imports everything again when a script was edited rather than added to', async () => {
    const copy = join(scratch, 'edited-corpus');
    cpSync(corpus, copy, { recursive: true });
    await wipeGraph(driver, database);
    await runImport(driver, corpusOptions(copy));
    const first = readdirSync(join(copy, 'cypher')).find((f) => f.startsWith('20_facts_'))!;
    const path = join(copy, 'cypher', first);
    // The article's figure taken out: a statement gone, which only a full import can undo.
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.slice(0, text.indexOf('// ---------------------------------------------------------------- figures')),
    );
    const outcome = await importIfChanged(driver, corpusOptions(copy));
    expect(outcome.skipped).toBe(false);
    if (outcome.skipped) return;
    expect(outcome.incremental).toBe(false);
    expect(outcome.results.flatMap((r) => r.files)).toContain('10_reference_corpus_hubs.cypher');
  }, 240_000);
});
