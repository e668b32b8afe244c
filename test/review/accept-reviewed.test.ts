// `npm run draft:accept` on a draft reviewed in the workspace: the decisions file beside the
// draft is applied (a rejected fact is not imported, an edited year is), whatever the
// drafter's `.cypher` says; then the article is withdrawn and the graph is as before.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { acceptDraft } from '../../src/draft/accept.js';
import { runDraft } from '../../src/draft/run-draft.js';
import { withdrawDocument } from '../../src/graph-import/withdraw.js';
import { parseDecision } from '../../src/review/decisions.js';
import { saveDecision } from '../../src/review/review-store.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';
import { testConfig, testDriver } from '../support/database.js';
import { ARTICLE, ensureSeedGraph, projectCopy } from '../draft/support.js';

let driver: Driver;
let database: string;
let root: string;
let draftsDir: string;

beforeAll(async () => {
  const config = testConfig();
  database = config.neo4j.database;
  driver = testDriver(config);
  await ensureSeedGraph(driver, database);
  root = projectCopy();
  draftsDir = mkdtempSync(join(tmpdir(), 'drafts-reviewed-'));
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  rmSync(draftsDir, { recursive: true, force: true });
  await driver?.close();
});

it('applies drafts/<docId>.review.json when it accepts', async () => {
  const before = await graphFingerprint(driver, database);
  const { draft } = await runDraft(ARTICLE, { projectRoot: root, outDir: draftsDir, driver, database });
  const docId = draft.document.id;
  const located = draft.facts.findIndex((f) => f.type === 'LOCATED_IN');
  const leads = draft.facts.findIndex((f) => f.type === 'LEADS');
  const decide = (key: string, body: unknown) =>
    saveDecision(draftsDir, docId, key, { decision: parseDecision(key, body, draft), by: 'cli test', at: '' });
  await decide(`fact:${located}`, { verdict: 'reject' });
  await decide(`fact:${leads}`, { verdict: 'accept', role: 'chairman' });

  const lines: string[] = [];
  let accepted = false;
  try {
    const result = await acceptDraft(docId, {
      projectRoot: root,
      draftsDir,
      driver,
      database,
      log: (l) => lines.push(l),
    });
    accepted = true;
    expect(lines.join('\n')).toContain('Applied the review decisions');
    const script = readFileSync(result.scriptFile, 'utf8');
    expect(script).not.toContain('LOCATED_IN');
    expect(script).toContain("r.role = 'chairman'");
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE $docId IN r.sources RETURN type(r) AS type, r.role AS role ORDER BY type`,
      { docId },
      { database },
    );
    const types = records.map((r) => r.get('type') as string);
    expect(types).toEqual(
      draft.facts
        .filter((_, i) => i !== located)
        .map((f) => f.type)
        .sort(),
    );
    expect(records.find((r) => r.get('type') === 'LEADS')?.get('role')).toBe('chairman');
  } finally {
    if (accepted) await withdrawDocument(driver, database, docId, { projectRoot: root });
  }
  expect(await graphFingerprint(driver, database)).toEqual(before);
});
