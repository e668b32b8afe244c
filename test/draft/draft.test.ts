// Drafting an article written for this test, against the real seed graph: the entities,
// facts and figures it states (asserted by value from the article), verbatim quotes, a valid
// draft, and a database left exactly as it was.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { nextDocumentId } from '../../src/draft/input.js';
import { splitCypherScript } from '../../src/graph-import/cypher-script.js';
import { validateInRollback } from '../../src/draft/rollback-validate.js';
import { runDraft, type DraftResult } from '../../src/draft/run-draft.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { testConfig, testDriver } from '../support/database.js';
import { ARTICLE, ARTICLE_TEXT, ensureSeedGraph } from './support.js';

let driver: Driver;
let database: string;
let before: GraphFingerprint;
let result: DraftResult;
let outDir: string;

beforeAll(async () => {
  const config = testConfig();
  database = config.neo4j.database;
  driver = testDriver(config);
  await ensureSeedGraph(driver, database);
  before = await graphFingerprint(driver, database);
  outDir = mkdtempSync(join(tmpdir(), 'drafts-'));
  result = await runDraft(ARTICLE, { projectRoot: PROJECT_ROOT, outDir, driver, database });
});

afterAll(async () => {
  await driver?.close();
});

const entity = (name: string) => result.draft.entities.find((e) => e.surfaceForms.includes(name));

describe('npm run draft on a new article', () => {
  it('writes exactly three files named after the next document id', () => {
    const id = result.draft.document.id;
    expect(id).toMatch(/^\d{3}_[0-9a-f]{16}$/);
    expect(id).toBe(nextDocumentId(PROJECT_ROOT, ARTICLE_TEXT));
    expect(readdirSync(outDir).sort()).toEqual([`${id}.cypher`, `${id}.html`, `${id}.json`]);
    const json = JSON.parse(readFileSync(join(outDir, `${id}.json`), 'utf8')) as typeof result.draft;
    expect(json.document).toMatchObject({
      title: 'Yingkou Valve Makers Team Up with Dalian University of Technology',
      date: '2024-09-03',
    });
  });

  it('names the new company, zone, person and award, and resolves the university to the graph', () => {
    expect(entity('Yingkou Bayuquan Valve Industry Co., Ltd.')).toMatchObject({ kind: 'ENTERPRISE', existing: false });
    expect(entity('Yingkou Coastal Industrial Base')).toMatchObject({ kind: 'ZONE', existing: false });
    expect(entity('Gao Ming')).toMatchObject({ kind: 'PERSON', existing: false });
    expect(entity('Dalian University of Technology')).toMatchObject({
      id: 'university:dalian-university-of-technology',
      existing: true,
    });
  });

  it('keeps Yingkou’s quality award apart from Dalian’s and asks a person about it', () => {
    const award = entity("Yingkou Mayor's Quality Award");
    expect(award).toMatchObject({ kind: 'AWARD', existing: false });
    expect(award?.id).not.toBe('award:mayors-quality-award');
    expect(
      result.draft.review.some((r) => r.about === award?.id && r.reason.includes('award:mayors-quality-award')),
    ).toBe(true);
  });

  it('proposes the facts the article states, with year, status and role', () => {
    const company = entity('Yingkou Bayuquan Valve Industry Co., Ltd.')?.id;
    const fact = (type: string, from: string | undefined, to: string | undefined) =>
      result.draft.facts.find((f) => f.type === type && f.from === from && f.to === to);
    expect(fact('LOCATED_IN', company, entity('Yingkou Coastal Industrial Base')?.id)).toBeDefined();
    expect(fact('COOPERATES_WITH', company, 'university:dalian-university-of-technology')).toBeDefined();
    expect(fact('LEADS', entity('Gao Ming')?.id, company)?.properties).toEqual({ role: 'general manager' });
    expect(fact('RECEIVED', company, entity("Yingkou Mayor's Quality Award")?.id)?.properties).toEqual({
      year: 2024,
      status: 'AWARDED',
    });
  });

  it('turns the figures into plain numbers with unit, year and change', () => {
    const revenue = result.draft.indicators.find((i) => i.value === 1350000000);
    expect(revenue).toMatchObject({ unit: 'yuan', year: 2023, change: '+12.5%' });
    expect(result.draft.indicators.find((i) => i.value === 180000)).toMatchObject({ unit: 'sets', year: 2023 });
  });

  it('quotes only verbatim spans of the article', () => {
    const quotes = [
      ...result.draft.facts.flatMap((f) => f.evidence),
      ...result.draft.indicators.flatMap((i) => i.evidence),
      ...result.draft.entities.flatMap((e) => e.evidence),
    ];
    expect(quotes.length).toBeGreaterThan(8);
    for (const q of quotes) expect(ARTICLE_TEXT).toContain(q);
  });

  it('is valid when applied in a rolled-back transaction, and the Cypher cites the article', () => {
    expect(result.draft.validation).toEqual({ valid: true, violations: [] });
    const script = readFileSync(result.files.cypher, 'utf8');
    expect(script).toContain(`MERGE (a)-[r:RECEIVED {year: 2024}]->(b)`);
    expect(script).toMatch(/\/\/ LEADS, confidence 0\.\d+, rule person-role/);
    expect(script).toContain(
      `'${result.draft.document.id}', 'Gao Ming, general manager of Yingkou Bayuquan Valve Industry Co., Ltd.'`,
    );
  });

  it('names the statement that fails, in the script’s own numbering, and the draft is not valid', async () => {
    const script = readFileSync(result.files.cypher, 'utf8');
    const broken = `${script}\nMATCH (n:Entity {id: 'place:dalian'}) SET n.count = 1 / 0;\n`;
    const validation = await validateInRollback(driver, database, PROJECT_ROOT, result.draft, broken);
    expect(validation.valid).toBe(false);
    const statements = splitCypherScript(script).length;
    expect(validation.violations).toEqual([
      {
        rule: 'script-error',
        ids: [],
        message: expect.stringMatching(new RegExp(`^Statement ${statements + 1} \\(line \\d+\\) fails: .*/ by zero`)),
      },
    ]);
  });

  it('escapes the article in the review page and marks each quote', () => {
    const html = readFileSync(result.files.html, 'utf8');
    expect(html).toContain('Yingkou Mayor&#39;s Quality Award');
    expect(html).not.toContain("Yingkou Mayor's Quality Award");
    expect((html.match(/<mark /g) ?? []).length).toBeGreaterThan(3);
  });

  it('never writes to the database', async () => {
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect(existsSync(join(PROJECT_ROOT, 'data', 'articles', `${result.draft.document.id}.txt`))).toBe(false);
  });
});
