// `npm run draft -- <folder>`: many articles in one run against the real Neo4j: a progress
// line per article, a summary table, a failure reported and the rest drafted (exit code 2),
// the same text drafted once, and an entity new in one article and named in the next one
// entity with one id in both drafts.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Draft } from '../../src/draft/types.js';
import { testConfig, testDriver } from '../support/database.js';
import { ensureSeedGraph } from './support.js';

const run = promisify(execFile);
let driver: Driver;

const FIRST = `Haixin Valve Opens Plant in Lushun

Dalian Haixin Precision Valve Co., Ltd., located in Lushun Development Zone, signed a cooperation agreement with Dalian University of Technology in 2024.
`;
const SECOND = `Valve Maker Wins Quality Award

In 2024, Dalian Haixin Precision Valve Co., Ltd. won the Dalian Mayor's Quality Award.
`;

beforeAll(async () => {
  const config = testConfig();
  driver = testDriver(config);
  await ensureSeedGraph(driver, config.neo4j.database);
});

afterAll(async () => {
  await driver?.close();
});

describe('npm run draft -- <folder>', () => {
  it('drafts every article, reports the failure, shares a new entity across the batch', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'batch-in-'));
    const out = mkdtempSync(join(tmpdir(), 'batch-out-'));
    writeFileSync(join(folder, 'a_plant.txt'), FIRST);
    writeFileSync(join(folder, 'b_award.txt'), SECOND);
    writeFileSync(join(folder, 'c_again.txt'), SECOND);
    writeFileSync(join(folder, 'd_empty.txt'), '\n\n');
    const result = await run('npx', ['tsx', 'src/cli/draft.ts', folder, '--out', out], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: 'true' },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\[\.+\] 0\/4 a_plant\.txt/);
    expect(result.stderr).toMatch(/\[#+\] 4\/4/);
    const table = result.stdout.split('\n');
    expect(table[0]).toMatch(/^article\s+draft\s+entities \(new\)\s+facts\s+figures\s+review items\s+s\s+result$/);
    expect(table.find((l) => l.startsWith('c_again.txt'))).toMatch(/FAILED: The same text as b_award\.txt/);
    expect(table.find((l) => l.startsWith('d_empty.txt'))).toMatch(/FAILED: .*empty/i);
    expect(result.stdout).toMatch(/2 of 4 articles drafted in [\d.]+ s, 2 failed/);

    const drafts = readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')) as Draft);
    expect(drafts.map((d) => d.document.file)).toEqual(['a_plant.txt', 'b_award.txt']);
    // Consecutive document numbers, as two accepts in a row would give.
    const [n1, n2] = drafts.map((d) => Number(d.document.id.slice(0, 3)));
    expect(n2).toBe((n1 ?? 0) + 1);
    const haixin = drafts.map((d) => d.entities.find((e) => e.name.startsWith('Dalian Haixin Precision Valve')));
    expect(haixin[0]).toMatchObject({ id: 'enterprise:dalian-haixin-precision-valve', existing: false });
    expect(haixin[1]).toMatchObject({ id: 'enterprise:dalian-haixin-precision-valve', existing: false });
    expect(drafts[1]?.review.some((r) => r.reason.includes(`Also new in draft ${drafts[0]?.document.id}`))).toBe(true);
    expect(drafts.every((d) => d.validation.valid)).toBe(true);
  });
});
