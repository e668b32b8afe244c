// Breaks the imported graph on purpose, one rule at a time, and checks the validator
// names the rule and the offending id. Each case breaks the graph inside its own
// transaction, validates inside it and rolls it back: the article scripts only ADD
// (source, quote) pairs, so a re-import could not take back a corrupted quote.
import type { Driver, Session, Transaction } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { readInTransaction, validateWith, type Rule, type Violation } from '../../src/validate/validate-graph.js';
import { testConfig, testDriver } from '../support/database.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { DOC, freshImport } from './graph-helpers.js';

const { database } = testConfig().neo4j;
let driver: Driver;
let pristine: GraphFingerprint;
let session: Session;
let tx: Transaction;
const run = async (cypher: string, params: Record<string, unknown> = {}) => {
  await tx.run(cypher, params);
};
/** The validator, reading inside the case's open transaction. */
const validateInCase = (): Promise<Violation[]> => validateWith(readInTransaction(tx), { projectRoot: PROJECT_ROOT });

beforeAll(async () => {
  driver = testDriver();
  await freshImport(driver, database);
  pristine = await graphFingerprint(driver, database);
});

beforeEach(() => {
  session = driver.session({ database });
  tx = session.beginTransaction();
});

afterEach(async () => {
  await tx.rollback();
  await session.close();
});

afterAll(async () => {
  try {
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  } finally {
    await driver?.close();
  }
});

function expectViolation(violations: Violation[], rule: Rule, id: string): void {
  const hit = violations.find((v) => v.rule === rule && v.ids.includes(id));
  expect(hit, `expected a ${rule} violation naming ${id}; got ${JSON.stringify(violations, null, 1)}`).toBeDefined();
}

const HUANYOU_OWNS = '(enterprise:dalian-huanyou-shield-pump)-[:OWNS]->(brand:huanyou)';

describe('validator', () => {
  it('passes on the imported graph', async () => {
    expect(await validateInCase()).toEqual([]);
  });

  it('entity-fields: an entity without aliases', async () => {
    await run(`MATCH (n:Entity {id: 'brand:haiyantang'}) REMOVE n.aliases`);
    expectViolation(await validateInCase(), 'entity-fields', 'brand:haiyantang');
  });

  it('entity-fields: aliases that leave out the name', async () => {
    await run(`MATCH (n:Entity {id: 'person:xu-weiming'}) SET n.aliases = ['Mr Xu']`);
    expectViolation(await validateInCase(), 'entity-fields', 'person:xu-weiming');
  });

  it('entity-fields: an entity without a name', async () => {
    await run(`MATCH (n:Entity {id: 'place:panjin'}) REMOVE n.name`);
    expectViolation(await validateInCase(), 'entity-fields', 'place:panjin');
  });

  it('entity-label: a domain node without the Entity label', async () => {
    await run(`MATCH (n:Entity {id: 'zone:xiaonan-village'}) REMOVE n:Entity`);
    expectViolation(await validateInCase(), 'entity-label', 'zone:xiaonan-village');
  });

  it('entity-label: an Entity with two domain labels', async () => {
    await run(`MATCH (n:Entity {id: 'project:space-museum'}) SET n:Zone`);
    const violations = await validateInCase();
    expectViolation(violations, 'entity-label', 'project:space-museum');
    await run(`MATCH (n:Entity {id: 'project:space-museum'}) REMOVE n:Zone`);
  });

  it('provenance-missing: a fact relationship without evidence', async () => {
    await run(
      `MATCH (:Entity {id: 'enterprise:dalian-huanyou-shield-pump'})-[r:OWNS]->(:Entity {id: 'brand:huanyou'}) SET r.evidence = []`,
    );
    expectViolation(await validateInCase(), 'provenance-missing', HUANYOU_OWNS);
  });

  it('provenance-missing: sources and evidence of different lengths', async () => {
    await run(
      `MATCH (i:Indicator {id: 'indicator:lushunkou-district:valid-patents'}) SET i.sources = i.sources + $doc`,
      { doc: DOC.a001 },
    );
    expectViolation(await validateInCase(), 'provenance-missing', 'indicator:lushunkou-district:valid-patents');
  });

  it('provenance-missing: an Indicator without sources', async () => {
    await run(`MATCH (i:Indicator {id: 'indicator:dalian:governors-quality-award-enterprises:2022'}) REMOVE i.sources`);
    expectViolation(
      await validateInCase(),
      'provenance-missing',
      'indicator:dalian:governors-quality-award-enterprises:2022',
    );
  });

  it('quote-not-found: a quote missing one character', async () => {
    await run(`MATCH (:Entity {id: 'enterprise:dalian-huanyou-shield-pump'})-[r:OWNS]->(:Entity {id: 'brand:huanyou'})
               SET r.evidence = [substring(r.evidence[0], 0, 5) + substring(r.evidence[0], 6)]`);
    const violations = await validateInCase();
    expectViolation(violations, 'quote-not-found', HUANYOU_OWNS);
    expectViolation(violations, 'quote-not-found', DOC.a000);
  });

  it('quote-not-found: a true quote cited from the wrong document', async () => {
    await run(`MATCH (i:Indicator {id: 'indicator:lushunkou-district:valid-patents'}) SET i.sources = [$doc]`, {
      doc: DOC.a000,
    });
    expectViolation(await validateInCase(), 'quote-not-found', 'indicator:lushunkou-district:valid-patents');
  });

  it('quote-not-found: a curly quote replaced by a straight one', async () => {
    await run(`MATCH (:Entity {id: 'zone:lushunkou-district'})-[r:PROMOTES]->(:Entity {id: 'brand:made-in-lushun'})
               SET r.evidence = [replace(r.evidence[0], '“', '"')]`);
    expectViolation(
      await validateInCase(),
      'quote-not-found',
      '(zone:lushunkou-district)-[:PROMOTES]->(brand:made-in-lushun)',
    );
  });

  it('unknown-source: a citation of a document that does not exist', async () => {
    await run(`MATCH (:Entity {id: 'person:ci-yuanxin'})-[r:LEADS]->() SET r.sources = ['999_no_such_article']`);
    const violations = await validateInCase();
    expectViolation(violations, 'unknown-source', '999_no_such_article');
    expectViolation(violations, 'unknown-source', 'person:ci-yuanxin');
  });

  it('document-text: an article whose text lost a character', async () => {
    await run(`MATCH (d:Document {id: $id}) SET d.text = substring(d.text, 0, 100) + substring(d.text, 101)`, {
      id: DOC.a002,
    });
    expectViolation(await validateInCase(), 'document-text', DOC.a002);
  });

  it('document-text: a reference note whose text changed', async () => {
    await run(`MATCH (d:Document {id: $id}) SET d.text = d.text + ' '`, { id: DOC.reference });
    expectViolation(await validateInCase(), 'document-text', DOC.reference);
  });

  it('document-text: an article file with no Document node', async () => {
    await run(`MATCH (d:Document {id: $id}) DETACH DELETE d`, { id: DOC.a004 });
    expectViolation(await validateInCase(), 'document-text', DOC.a004);
  });

  it('duplicate-name: two brands sharing an alias (after normalising case and punctuation)', async () => {
    await run(`MATCH (n:Entity {id: 'brand:gegeda'}) SET n.aliases = n.aliases + 'HONG-JIA'`);
    const violations = await validateInCase();
    expectViolation(violations, 'duplicate-name', 'brand:gegeda');
    expectViolation(violations, 'duplicate-name', 'brand:hongjia');
  });

  it('duplicate-name, scoped to a new entity: the old one that shares its name is found through the name index', async () => {
    await run(`CREATE (:Entity:Brand {id: 'brand:test-twin', name: 'Hong Jia', aliases: ['Hong Jia']})`);
    const violations = await validateWith(readInTransaction(tx), {
      projectRoot: PROJECT_ROOT,
      scope: ['brand:test-twin'],
    });
    const hit = violations.find((v) => v.rule === 'duplicate-name');
    expect(hit?.ids).toEqual(['brand:hongjia', 'brand:test-twin']);
  });

  it('duplicate-name, scoped: an old entity whose name keys are missing is still compared', async () => {
    await run(`MATCH (n:Entity {id: 'brand:hongjia'}) REMOVE n.nameKeys`);
    await run(`CREATE (:Entity:Brand {id: 'brand:test-twin', name: 'HONGJIA', aliases: ['HONGJIA']})`);
    const violations = await validateWith(readInTransaction(tx), {
      projectRoot: PROJECT_ROOT,
      scope: ['brand:test-twin'],
    });
    expect(violations.find((v) => v.rule === 'duplicate-name')?.ids).toEqual(['brand:hongjia', 'brand:test-twin']);
  });

  it('entity-without-fact: an entity whose only relationships are MENTIONS', async () => {
    await run(`MATCH (:Entity {id: 'project:space-museum'})-[r]-() WHERE type(r) <> 'MENTIONS' DELETE r`);
    expectViolation(await validateInCase(), 'entity-without-fact', 'project:space-museum');
  });

  it('entity-not-mentioned: an entity no document mentions', async () => {
    await run(`MATCH (:Document)-[r:MENTIONS]->(:Entity {id: 'person:ci-yuanxin'}) DELETE r`);
    expectViolation(await validateInCase(), 'entity-not-mentioned', 'person:ci-yuanxin');
  });

  it('indicator-fields: an Indicator without its REPORTED subject', async () => {
    await run(`MATCH ()-[r:REPORTED]->(:Indicator {id: 'indicator:lushunkou-district:patent-applications'}) DELETE r`);
    expectViolation(await validateInCase(), 'indicator-fields', 'indicator:lushunkou-district:patent-applications');
  });

  it('indicator-fields: a value that is not a number', async () => {
    await run(
      `MATCH (i:Indicator {id: 'indicator:lushunkou-district:patent-applications'}) SET i.value = 'sixty-three'`,
    );
    expectViolation(await validateInCase(), 'indicator-fields', 'indicator:lushunkou-district:patent-applications');
  });

  it('relationship-properties: an award status other than AWARDED or NOMINATED', async () => {
    await run(`MATCH (:Entity {id: 'enterprise:dalian-metro-group'})-[r:RECEIVED]->() SET r.status = 'WON'`);
    expectViolation(
      await validateInCase(),
      'relationship-properties',
      '(enterprise:dalian-metro-group)-[:RECEIVED]->(award:mayors-quality-award)',
    );
  });

  it('relationship-properties: a partnership without via, a leadership without role', async () => {
    await run(
      `MATCH (:Entity {id: 'zone:lushunkou-district'})-[r:PARTNERS_WITH]->(:Entity {id: 'university:dalian-maritime-university'}) REMOVE r.via`,
    );
    await run(`MATCH (:Entity {id: 'person:xu-weiming'})-[r:LEADS]->() REMOVE r.role`);
    const violations = await validateInCase();
    expectViolation(
      violations,
      'relationship-properties',
      '(zone:lushunkou-district)-[:PARTNERS_WITH]->(university:dalian-maritime-university)',
    );
    expectViolation(violations, 'relationship-properties', 'person:xu-weiming');
  });

  it('relationship-type: a type the registry does not know, and a known type between the wrong labels', async () => {
    await run(`MATCH (a:Entity {id: 'enterprise:dalian-metro-group'}), (b:Entity {id: 'award:mayors-quality-award'})
               CREATE (a)-[r:ADMIRES]->(b) SET r.sources = ['004_259afd6deae00c3b'], r.evidence = ['Dalian Metro Group Co., Ltd.']`);
    await run(`MATCH (a:Entity {id: 'enterprise:dalian-metro-group'})-[r:RECEIVED]->(b)
               CREATE (b)-[o:OWNS]->(a) SET o.sources = r.sources, o.evidence = r.evidence`);
    const violations = (await validateInCase()).filter((v) => v.rule === 'relationship-type');
    expect(violations.map((v) => v.ids[0]).sort()).toEqual([
      '(award:mayors-quality-award)-[:OWNS]->(enterprise:dalian-metro-group)',
      '(enterprise:dalian-metro-group)-[:ADMIRES]->(award:mayors-quality-award)',
    ]);
    expect(violations.find((v) => v.ids[0]!.includes('ADMIRES'))!.message).toContain('src/model/relationship-types.ts');
    expect(violations.find((v) => v.ids[0]!.includes('OWNS'))!.message).toContain('goes from Enterprise to Brand');
  });

  it('duplicate-fact: the same award twice in one year; another year is a second fact, not a duplicate', async () => {
    await run(`MATCH (a:Entity {id: 'enterprise:dalian-metro-group'})-[r:RECEIVED]->(b)
               CREATE (a)-[c:RECEIVED]->(b) SET c = properties(r)
               CREATE (a)-[d:RECEIVED]->(b) SET d = properties(r), d.year = r.year - 1`);
    const violations = (await validateInCase()).filter((v) => v.rule === 'duplicate-fact');
    expect(violations.map((v) => v.ids[0])).toEqual([
      '(enterprise:dalian-metro-group)-[:RECEIVED]->(award:mayors-quality-award)',
    ]);
    expect(violations[0]!.message).toContain('year 2022');
  });
});
