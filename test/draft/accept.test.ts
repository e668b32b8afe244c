// Accepting a draft on a copy of the project: the article, its corpus entry, the
// regenerated documents script and the facts script land in the copy, the graph imports
// and validates, and the GraphQL API answers about the new company. Afterwards the article
// is withdrawn and the graph is exactly as before. A broken script is refused unchanged.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { AcceptError, acceptDraft } from '../../src/draft/accept.js';
import { runDraft } from '../../src/draft/run-draft.js';
import { withdrawDocument } from '../../src/graph-import/withdraw.js';
import { ok, startHarness } from '../api/support.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { testConfig, testDriver } from '../support/database.js';
import { ARTICLE, ARTICLE_TEXT, ensureSeedGraph, projectCopy } from './support.js';

let driver: Driver;
let database: string;
let before: GraphFingerprint;
let root: string;
let draftsDir: string;
let docId: string;

beforeAll(async () => {
  const config = testConfig();
  database = config.neo4j.database;
  driver = testDriver(config);
  await ensureSeedGraph(driver, database);
  before = await graphFingerprint(driver, database);
  root = projectCopy();
  draftsDir = mkdtempSync(join(tmpdir(), 'drafts-'));
  docId = (await runDraft(ARTICLE, { projectRoot: root, outDir: draftsDir, driver, database })).draft.document.id;
});

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await driver?.close();
});

describe('npm run draft:accept', () => {
  it('refuses a script edited into breaking the model, and changes no file', async () => {
    const brokenDir = mkdtempSync(join(tmpdir(), 'drafts-broken-'));
    writeFileSync(join(brokenDir, `${docId}.json`), readFileSync(join(draftsDir, `${docId}.json`)));
    const script = readFileSync(join(draftsDir, `${docId}.cypher`), 'utf8');
    writeFileSync(
      join(brokenDir, `${docId}.cypher`),
      script.replace('Gao Ming, general manager', 'Gao Ming, chief manager'),
    );
    const corpusBefore = readFileSync(join(root, 'data', 'corpus.json'), 'utf8');
    const scriptsBefore = readdirSync(join(root, 'cypher'));
    await expect(acceptDraft(docId, { projectRoot: root, draftsDir: brokenDir, driver, database })).rejects.toThrow(
      AcceptError,
    );
    await expect(acceptDraft(docId, { projectRoot: root, draftsDir: brokenDir, driver, database })).rejects.toThrow(
      /quote-not-found/,
    );
    expect(readFileSync(join(root, 'data', 'corpus.json'), 'utf8')).toBe(corpusBefore);
    expect(readdirSync(join(root, 'cypher'))).toEqual(scriptsBefore);
    expect(existsSync(join(root, 'data', 'articles', `${docId}.txt`))).toBe(false);
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });

  it('adds the article to the project, imports it, and the API answers about the new company', async () => {
    let accepted = false;
    try {
      const result = await acceptDraft(docId, { projectRoot: root, draftsDir, driver, database });
      accepted = true;
      expect(readFileSync(result.articleFile, 'utf8')).toBe(ARTICLE_TEXT);
      const scriptName = /cypher\/(\d\d)_facts_(\w+)_yingkou-valve-makers-team-up\.cypher$/.exec(result.scriptFile);
      expect(scriptName?.[2]).toBe(docId);
      expect(Number(scriptName?.[1])).toBeGreaterThan(24);
      expect(Number(scriptName?.[1])).toBeLessThan(90);
      const corpus = JSON.parse(readFileSync(join(root, 'data', 'corpus.json'), 'utf8')) as Record<
        string,
        { date: string }
      >;
      expect(corpus[docId]?.date).toBe('2024-09-03');
      expect(readFileSync(join(root, 'cypher', '01_documents.cypher'), 'utf8')).toContain(
        `MERGE (d:Document {id: '${docId}'})`,
      );
      // The repository itself is untouched.
      expect(existsSync(join(PROJECT_ROOT, 'data', 'articles', `${docId}.txt`))).toBe(false);

      const api = await startHarness({ importGraph: false });
      try {
        const data = ok(
          await api.run<{
            lookup: Array<{
              id: string;
              awards: Array<{ award: { name: string }; year: number; status: string }>;
              leaders: Array<{ person: { name: string }; role: string }>;
            }>;
          }>(
            `query ($name: String!) { lookup(name: $name, kind: ENTERPRISE) { id
               ... on Enterprise { awards { award { name } year status } leaders { person { name } role } } } }`,
            { name: 'Yingkou Bayuquan Valve Industry Co., Ltd.' },
          ),
        );
        expect(data.lookup).toHaveLength(1);
        expect(data.lookup[0]?.id).toBe('enterprise:yingkou-bayuquan-valve-industry');
        expect(data.lookup[0]?.awards).toEqual([
          { award: { name: "Yingkou Mayor's Quality Award" }, year: 2024, status: 'AWARDED' },
        ]);
        expect(data.lookup[0]?.leaders).toEqual([{ person: { name: 'Gao Ming' }, role: 'general manager' }]);
      } finally {
        await api.close();
      }
    } finally {
      if (accepted) await withdrawDocument(driver, database, docId, { projectRoot: root });
    }
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });
});
