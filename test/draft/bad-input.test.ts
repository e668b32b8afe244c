// Bad input to `npm run draft`: a message a person can act on, exit code 2, nothing written.
// Every case runs in process (fast); two run the real command to check the exit code.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DraftInputError } from '../../src/draft/input.js';
import { runDraft } from '../../src/draft/run-draft.js';
import { testConfig, testDriver } from '../support/database.js';
import { ARTICLE, ensureSeedGraph } from './support.js';

const run = promisify(execFile);
let driver: Driver;
let database: string;
let dir: string;

beforeAll(async () => {
  const config = testConfig();
  database = config.neo4j.database;
  driver = testDriver(config);
  await ensureSeedGraph(driver, database);
  dir = mkdtempSync(join(tmpdir(), 'draft-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '  \n\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Dalian', 'latin1'));
  writeFileSync(join(dir, 'huge.txt'), 'Dalian grew. '.repeat(90_000));
  mkdirSync(join(dir, 'folder'));
});

afterAll(async () => {
  await driver?.close();
});

const cases: Array<[string, () => string, RegExp]> = [
  ['a missing file', () => join(dir, 'nope.txt'), /No such file/],
  ['a directory', () => join(dir, 'folder'), /is a directory/],
  ['an empty file', () => join(dir, 'empty.txt'), /is empty/],
  ['a binary file', () => join(dir, 'binary.txt'), /looks binary/],
  ['a file that is not UTF-8', () => join(dir, 'latin1.txt'), /not valid UTF-8/],
  ['a file over 1 MB', () => join(dir, 'huge.txt'), /at most 1 MB/],
  [
    'a text already in the corpus',
    () => join(PROJECT_ROOT, 'data', 'articles', '000_78ef79e541532cd8.txt'),
    /already in the corpus as 000_78ef79e541532cd8/,
  ],
];

describe('bad input is refused with a message and nothing written', () => {
  it.each(cases)('%s', async (_name, path, message) => {
    const outDir = join(dir, `out-${Math.random().toString(36).slice(2)}`);
    const attempt = runDraft(path(), { projectRoot: PROJECT_ROOT, outDir, driver, database });
    await expect(attempt).rejects.toThrow(DraftInputError);
    await expect(attempt).rejects.toThrow(message);
    expect(existsSync(outDir)).toBe(false);
  });

  it('a database that does not answer: says so and names npm run db:start', async () => {
    const down = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 2000,
      maxTransactionRetryTime: 0,
    });
    const outDir = join(dir, 'out-down');
    try {
      const attempt = runDraft(ARTICLE, { projectRoot: PROJECT_ROOT, outDir, driver: down, database });
      await expect(attempt).rejects.toThrow(/Cannot reach Neo4j[\s\S]*npm run db:start/);
      expect(existsSync(outDir)).toBe(false);
    } finally {
      await down.close();
    }
  });
});

describe('the command line', () => {
  const cli = (args: string[], env: Record<string, string> = {}) =>
    run('npx', ['tsx', 'src/cli/draft.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('exits 2 on a missing file and on a database that is down, writing nothing', async () => {
    const outDir = join(dir, 'cli-out');
    const [missing, down] = await Promise.all([
      cli([join(dir, 'nope.txt'), '--out', outDir]),
      cli([ARTICLE, '--out', outDir], { NEO4J_URI: 'bolt://127.0.0.1:1' }),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('npm run db:start');
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);
});
