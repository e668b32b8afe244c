// Drafting with the trained language model (`--language-model`) against the real Neo4j and
// the real CoreNLP language server: the model's names join the draft, quotes stay verbatim,
// the draft stays valid.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { runDraft } from '../../src/draft/run-draft.js';
import { testConfig, testDriver } from '../support/database.js';
import { LANGUAGE_SERVER_START_TIMEOUT_MS, projectLanguageServer } from '../support/language-server.js';
import { ARTICLE, ensureSeedGraph } from './support.js';

let driver: Driver;
let database: string;

beforeAll(async () => {
  const config = testConfig();
  database = config.neo4j.database;
  driver = testDriver(config);
  await ensureSeedGraph(driver, database);
  await projectLanguageServer();
}, LANGUAGE_SERVER_START_TIMEOUT_MS);

afterAll(async () => {
  await driver?.close();
});

describe('npm run draft -- --language-model', () => {
  it('drafts with the model’s names: people, places and bodies, every quote verbatim, valid', async () => {
    const lines: string[] = [];
    const { draft } = await runDraft(ARTICLE, {
      projectRoot: PROJECT_ROOT,
      outDir: mkdtempSync(join(tmpdir(), 'draft-model-')),
      driver,
      database,
      languageModel: true,
      log: (l) => lines.push(l),
    });
    expect(lines.some((l) => /^The language model read \d+ sentences/.test(l))).toBe(true);
    const names = new Map(draft.entities.map((e) => [e.name, e.kind]));
    expect(names.get('Gao Ming')).toBe('PERSON');
    expect(names.get('Dalian University of Technology')).toBe('UNIVERSITY');
    expect(draft.facts.find((f) => f.type === 'LEADS')).toMatchObject({
      from: 'person:gao-ming',
      properties: { role: 'general manager' },
      rule: 'person-role',
    });
    for (const q of [...draft.facts, ...draft.indicators].flatMap((x) => x.evidence))
      expect(draft.document.text).toContain(q);
    expect(draft.validation).toEqual({ valid: true, violations: [] });
  }, 120_000);
});
