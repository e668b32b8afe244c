// Drafting with the trained language model (what `npm run draft` does) against the real
// Neo4j and the real CoreNLP language server: a test article with a zone profile, a winner
// list, qualified names, an event and roles, asserted by value; quotes stay verbatim, the
// draft stays valid; and the command line when the language server cannot be had.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { runDraft } from '../../src/draft/run-draft.js';
import { testConfig, testDriver } from '../support/database.js';
import { LANGUAGE_SERVER_START_TIMEOUT_MS, projectLanguageServer } from '../support/language-server.js';
import { freePorts } from '../support/free-ports.js';
import { ARTICLE, ensureSeedGraph } from './support.js';

const ZONE_PROFILE = join(PROJECT_ROOT, 'test/draft/fixtures/puwan-zone-profile.txt');

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

describe('npm run draft, reading with the language model', () => {
  it('drafts with the model’s people, every quote verbatim, valid', async () => {
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

  it('reads a zone profile, a winner list, qualified names and an event against the seed graph', async () => {
    const { draft } = await runDraft(ZONE_PROFILE, {
      projectRoot: PROJECT_ROOT,
      outDir: mkdtempSync(join(tmpdir(), 'draft-model-')),
      driver,
      database,
      date: '2024-06-19',
      languageModel: true,
    });
    expect(draft.languageModel).toBe(true);
    const idOf = (surface: string) => draft.entities.find((e) => e.surfaceForms.includes(surface));
    // Own city or province: the graph's entity; another city's award: a new one.
    expect(idOf('Dalian Huarui Heavy Industry Group Co., Ltd.')).toMatchObject({
      id: 'enterprise:huarui-heavy-industry',
      existing: true,
    });
    expect(idOf("Liaoning Governor's Quality Award")).toMatchObject({
      id: 'award:governors-quality-award',
      existing: true,
    });
    expect(idOf("Shenyang Mayor's Quality Award")).toMatchObject({ existing: false });
    expect(idOf("Shenyang Mayor's Quality Award")?.id).not.toBe('award:mayors-quality-award');
    // The winner list, the award named the sentence before.
    expect(
      draft.facts
        .filter((f) => f.type === 'RECEIVED' && f.to === 'award:governors-quality-award')
        .map((f) => [f.from, f.properties.year])
        .sort(),
    ).toEqual([
      ['enterprise:dalian-haosen-equipment-manufacturing', 2024],
      ['enterprise:dalian-puwan-hengda-valve', 2024],
      ['enterprise:dalian-rubber-and-plastic-machinery', 2024],
      ['enterprise:dalian-xinghai-marine-engineering', 2024],
    ]);
    // Roles in apposition and before the name.
    expect(draft.facts.filter((f) => f.type === 'LEADS').map((f) => [f.from, f.to, f.properties.role])).toEqual([
      ['person:zhang-lihua', 'enterprise:dalian-puwan-hengda-valve', 'general manager'],
      ['person:li-qiang', 'university:dalian-maritime-university', 'president'],
    ]);
    // The zone profile: the zone's figures, dated by their clause.
    const figure = (value: number) => draft.indicators.find((i) => i.value === value);
    expect(figure(36)).toMatchObject({ subject: 'zone:dalian-puwan-economic-zone', year: null });
    expect(figure(12_400_000_000)).toMatchObject({
      subject: 'zone:dalian-puwan-economic-zone',
      year: 2023,
      change: '+8.5%',
    });
    expect(figure(210)).toMatchObject({ subject: 'zone:dalian-puwan-economic-zone', year: null });
    expect(figure(1_500_000_000)).toMatchObject({ subject: 'project:new-materials-project', year: null });
    // The event: who hosted it and where, from the dependency rules.
    const rules = draft.facts.map((f) => [f.rule, f.type, f.from, f.to]);
    expect(rules).toContainEqual([
      'dep-hosts-event',
      'HOLDS',
      'organization:dalian-municipal-peoples-government',
      'project:2024-dalian-puwan-investment-promotion-conference',
    ]);
    expect(rules).toContainEqual([
      'dep-event-held-in',
      'HELD_IN',
      'project:2024-dalian-puwan-investment-promotion-conference',
      'place:dalian',
    ]);
    for (const q of [...draft.facts, ...draft.indicators].flatMap((x) => x.evidence))
      expect(draft.document.text).toContain(q);
    expect(draft.validation).toEqual({ valid: true, violations: [] });
  }, 120_000);
});

describe('npm run draft when the language server cannot be had', () => {
  it('says what to install and how to draft without it, exits 2, writes nothing', async () => {
    // A machine without Java, and a language-server folder and port of its own (no server there).
    const bin = mkdtempSync(join(tmpdir(), 'draft-no-java-bin-'));
    for (const program of ['node', 'npm', 'npx']) {
      const which = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
      symlinkSync(which, join(bin, program));
    }
    const [port] = await freePorts(1);
    const out = join(mkdtempSync(join(tmpdir(), 'draft-no-java-')), 'out');
    const result = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/draft.ts', ARTICLE, '--out', out],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: bin,
          NLP_LOCAL_DIR: mkdtempSync(join(tmpdir(), 'draft-no-java-nlp-')),
          NLP_PORT: String(port),
        },
        timeout: 120_000,
      },
    );
    expect(result.stderr).toContain('Java is needed to run the language server');
    expect(result.stderr).toContain('--no-language-model');
    expect(result.status).toBe(2);
    expect(existsSync(out)).toBe(false);

    // The surface rules alone still draft, without any language server.
    const surface = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/cli/draft.ts', ARTICLE, '--out', out, '--no-language-model'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, PATH: bin, NLP_PORT: String(port) },
        timeout: 120_000,
      },
    );
    expect(surface.status, surface.stderr).toBe(0);
    expect(surface.stdout).toMatch(/^Draft \d{3}_[0-9a-f]{16} /m);
    expect(surface.stdout).not.toContain('The language model read');
  }, 300_000);
});
