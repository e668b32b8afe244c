// A data script that fails part-way must change nothing: the runner executes each data
// script in one transaction, and the error names the file, statement and database message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, ScriptsFailedError, runDataScript, runImport } from '../../src/graph-import/run-import.js';
import { testConfig, testDriver } from '../support/database.js';
import { graphFingerprint } from '../support/graph-fingerprint.js';
import { freshImport, rows } from './graph-helpers.js';

const { database } = testConfig().neo4j;
let driver: Driver;
let scratch: string;

beforeAll(async () => {
  driver = testDriver();
  await freshImport(driver, database);
  scratch = mkdtempSync(join(tmpdir(), 'kg-rollback-'));
});

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await driver?.close();
});

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const BOGUS = [
  '// A script that writes twice, then breaks a uniqueness constraint.',
  "MERGE (n:Zone {id: 'zone:bogus-zone'}) SET n:Entity, n.name = 'Bogus', n.aliases = ['Bogus'];",
  "MATCH (n:Entity {id: 'person:xu-weiming'}) SET n.name = 'Changed';",
  '',
  "CREATE (:Person:Entity {id: 'person:ci-yuanxin', name: 'Duplicate'});",
  "MERGE (n:Zone {id: 'zone:never-reached'});",
].join('\n');

describe('a failing data script', () => {
  it('rolls back every statement it ran and reports file, statement, line and the database message', async () => {
    const before = await graphFingerprint(driver, database);
    const error = await failure(runDataScript(driver, database, '99_bogus.cypher', BOGUS));
    expect(error.file).toBe('99_bogus.cypher');
    expect(error.statement).toBe(3);
    expect(error.line).toBe(5);
    expect(error.databaseMessage).toMatch(/already exists/);
    expect(error.message).toMatch(/^99_bogus\.cypher, statement 3 \(line 5\) failed: /);
    expect(await graphFingerprint(driver, database)).toEqual(before);
    const [xu] = await rows(driver, database, "MATCH (n {id: 'person:xu-weiming'}) RETURN n.name AS name");
    expect(xu!.name).toBe('Xu Weiming');
  });

  it('reports a syntax error with its statement and changes nothing', async () => {
    const before = await graphFingerprint(driver, database);
    const script = "MERGE (n:Zone {id: 'zone:bogus-zone'}) SET n:Entity;\nMERGE (n:Zone {id: 'x'} SET n.name = 1;";
    const error = await failure(runDataScript(driver, database, 'syntax.cypher', script));
    expect(error.statement).toBe(2);
    expect(error.line).toBe(2);
    expect(error.databaseMessage).toMatch(/Invalid input|SyntaxError/);
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });

  it('reports a script that cannot be split (an unterminated string) before touching the database', async () => {
    const error = await failure(runDataScript(driver, database, 'open.cypher', "RETURN 'never closed;"));
    expect(error.statement).toBeNull();
    expect(error.message).toMatch(
      /open\.cypher failed: cannot split into statements: a single-quoted string opened on line 1/,
    );
  });

  it('rolls the failing file back alone and names it; the files before and after it are imported', async () => {
    const dir = mkdtempSync(join(scratch, 'cypher-'));
    writeFileSync(
      join(dir, '10_ok.cypher'),
      "MERGE (n:Zone {id: 'zone:rollback-ok'}) SET n:Entity, n.name = 'ok', n.aliases = ['ok'];\n",
    );
    writeFileSync(join(dir, '20_bad.cypher'), "MERGE (n:Zone {id: 'zone:rollback-bad'}) SET n:Entity;\nRETURN 1/0;\n");
    writeFileSync(
      join(dir, '30_after.cypher'),
      "MERGE (n:Zone {id: 'zone:rollback-after'}) SET n:Entity, n.name = 'after', n.aliases = ['after'];\n",
    );
    const logged: string[] = [];
    const error = await failure(runImport(driver, { database, cypherDir: dir, log: (l) => logged.push(l) }));
    expect(error).toBeInstanceOf(ScriptsFailedError);
    expect(error).toMatchObject({ file: '20_bad.cypher', statement: 2, line: 2 });
    expect((error as ScriptsFailedError).failures.map((f) => f.file)).toEqual(['20_bad.cypher']);
    expect(error.databaseMessage).toMatch(/by zero/i);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatch(
      /^10_ok\.cypher\s+1 statements, \+1 nodes, \+0 relationships, 3 properties set, \+2 labels$/,
    );
    expect(logged[1]).toMatch(/^30_after\.cypher\s+1 statements, \+1 nodes/);
    const left = await rows(
      driver,
      database,
      "MATCH (n) WHERE n.id STARTS WITH 'zone:rollback-' RETURN n.id AS id ORDER BY id",
    );
    expect(left).toEqual([{ id: 'zone:rollback-after' }, { id: 'zone:rollback-ok' }]);
    await rows(driver, database, "MATCH (n) WHERE n.id IN ['zone:rollback-ok', 'zone:rollback-after'] DELETE n");
  });

  it('rejects a script that runs but breaks the model (a misquoted source, a name missing from aliases) and changes nothing', async () => {
    const before = await graphFingerprint(driver, database);
    const script = [
      "MERGE (n:Zone {id: 'zone:misquoted-zone'}) SET n:Entity, n.name = 'Misquoted Zone', n.aliases = ['Misquoted Zone'];",
      "MATCH (z:Zone {id: 'zone:misquoted-zone'}) MATCH (d:Zone {id: 'zone:lushunkou-district'})",
      "MERGE (z)-[r:PART_OF]->(d) SET r.sources = ['000_78ef79e541532cd8'], r.evidence = ['a sentence the article never wrote'];",
      "MATCH (n:Person {id: 'person:xu-weiming'}) SET n.aliases = ['X. Weiming'];",
    ].join('\n');
    const error = await failure(runDataScript(driver, database, '98_misquoted.cypher', script));
    expect(error.file).toBe('98_misquoted.cypher');
    expect(error.databaseMessage).toMatch(/breaks 2 rules of the model, so nothing of it was imported/);
    expect(error.databaseMessage).toContain(
      '[quote-not-found] (zone:misquoted-zone)-[:PART_OF]->(zone:lushunkou-district)',
    );
    expect(error.databaseMessage).toContain(
      '[entity-fields] person:xu-weiming: `aliases` does not contain the name "Xu Weiming"',
    );
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });

  it('runs schema scripts statement by statement and names the failing one', async () => {
    const dir = mkdtempSync(join(scratch, 'schema-'));
    writeFileSync(
      join(dir, '00_schema.cypher'),
      'CREATE INDEX rollback_test IF NOT EXISTS FOR (n:RollbackTest) ON (n.x);\nCREATE NONSENSE;\n',
    );
    const error = await failure(runImport(driver, { database, cypherDir: dir }));
    expect(error).toMatchObject({ file: '00_schema.cypher', statement: 2, line: 2 });
    await rows(driver, database, 'DROP INDEX rollback_test IF EXISTS');
  });
});
