// The article-script convention (docs/model.md, "Article scripts") on the real database:
// the migrated scripts build the same facts with the same evidence as before; each
// article's script cites only its article and can run again alone without changing
// anything; year-keyed facts give a second relationship for another year.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/corpus.js';
import { cypherStringLiterals } from '../../src/graph-import/cypher-script.js';
import { factsChecksum } from '../../src/graph-import/facts-checksum.js';
import { listScripts, runDataScript } from '../../src/graph-import/run-import.js';
import { testConfig, testDriver } from '../support/database.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { CYPHER_DIR, DOC, freshImport, rows } from './graph-helpers.js';

const { database } = testConfig().neo4j;
let driver: Driver;
let pristine: GraphFingerprint;
const q = (cypher: string, params: Record<string, unknown> = {}) => rows(driver, database, cypher, params);

const factsScripts = () => listScripts(CYPHER_DIR).filter((s) => /^\d\d_facts_/.test(s.name));

beforeAll(async () => {
  driver = testDriver();
  await freshImport(driver, database);
  pristine = await graphFingerprint(driver, database);
});

afterAll(async () => {
  try {
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  } finally {
    await driver?.close();
  }
});

describe('article scripts', () => {
  it('build the same facts with the same (source, quote) pairs as the scripts before the migration', async () => {
    // The fixture holds the canonical lines of factsChecksum() for the graph that the
    // scripts of the commit before the migration imported (each fact MERGEd once with its
    // complete lists assigned): written by importing those scripts into an empty database
    // and saving `factsChecksum(...).lines`, one per line.
    const before = readFileSync(new URL('fixtures/facts-before-article-scripts.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const now = await factsChecksum(driver, database);
    expect(now.lines).toEqual(before);
    expect(now.relationships + now.indicators).toBe(before.length);
  });

  it('each facts script cites only its own document', () => {
    const docIds = new Set(loadCorpus(PROJECT_ROOT).map((d) => d.id));
    const cited = factsScripts().map((s) => ({
      script: s.name,
      docs: [...new Set(cypherStringLiterals(readFileSync(s.path, 'utf8')).filter((x) => docIds.has(x)))],
    }));
    expect(cited).toHaveLength(6);
    for (const c of cited) expect(c.docs, c.script).toHaveLength(1);
    expect(new Set(cited.map((c) => c.docs[0])).size).toBe(6);
  });

  it('each facts script run again alone changes nothing', async () => {
    const before = await factsChecksum(driver, database);
    for (const script of factsScripts()) {
      const counts = await runDataScript(driver, database, script.name, readFileSync(script.path, 'utf8'));
      expect({ nodes: counts.nodesCreated, relationships: counts.relationshipsCreated }, script.name).toEqual({
        nodes: 0,
        relationships: 0,
      });
    }
    expect((await factsChecksum(driver, database)).checksum).toBe(before.checksum);
    expect(await graphFingerprint(driver, database)).toEqual(pristine);
  });

  describe('year-keyed facts', () => {
    const FROM = 'enterprise:danai-pump-industry';
    const AWARD = 'award:mayors-quality-award';
    const QUOTE =
      "Ci Yuanxin, general manager of Danai Pump Industry Co., Ltd., who won the nomination of this mayor's quality award";
    const PAIRS = `[['${DOC.a004}', '${QUOTE.replace(/'/g, "\\'")}']]`;
    const UNION = `
WITH r, ${PAIRS} AS pairs
WITH r, [p IN pairs WHERE NOT p IN [k IN range(0, size(coalesce(r.sources, [])) - 1) | [r.sources[k], r.evidence[k]]]] AS added
SET r.sources = coalesce(r.sources, []) + [p IN added | p[0]],
    r.evidence = coalesce(r.evidence, []) + [p IN added | p[1]];`;
    // 1999 is a throwaway year no article states; the statements are the convention's.
    const DATED = `
MATCH (a:Entity {id: '${FROM}'})
MATCH (b:Entity {id: '${AWARD}'})
MERGE (a)-[r:RECEIVED {year: 1999}]->(b)
SET r.status = 'NOMINATED'${UNION}`;
    const UNDATED = `
MATCH (a:Entity {id: '${FROM}'})
MATCH (b:Entity {id: '${AWARD}'})
OPTIONAL MATCH (a)-[undated:RECEIVED]->(b) WHERE undated.year IS NULL
FOREACH (_ IN CASE WHEN undated IS NULL THEN [1] ELSE [] END | CREATE (a)-[:RECEIVED]->(b))
WITH DISTINCT a, b
MATCH (a)-[r:RECEIVED]->(b) WHERE r.year IS NULL
SET r.status = 'NOMINATED'${UNION}`;
    const received = async () =>
      q(
        `MATCH (:Entity {id: $from})-[r:RECEIVED]->(:Entity {id: $award})
         RETURN r.year AS year, r.status AS status, r.sources AS sources, r.evidence AS evidence ORDER BY year`,
        { from: FROM, award: AWARD },
      );

    it('the same award in another year is a second relationship, and an undated one never overwrites a dated one', async () => {
      const original = await received();
      expect(original.map((r) => r.year)).toEqual([2022]);
      try {
        const first = await runDataScript(driver, database, 'received-1999.cypher', DATED);
        expect(first.relationshipsCreated).toBe(1);
        const again = await runDataScript(driver, database, 'received-1999.cypher', DATED);
        expect(again.relationshipsCreated).toBe(0);
        const undated = await runDataScript(driver, database, 'received-undated.cypher', UNDATED);
        expect(undated.relationshipsCreated).toBe(1);
        const undatedAgain = await runDataScript(driver, database, 'received-undated.cypher', UNDATED);
        expect(undatedAgain.relationshipsCreated).toBe(0);

        const now = await received();
        expect(now.map((r) => r.year)).toEqual([1999, 2022, null]);
        // The 2022 fact is untouched.
        expect(now.find((r) => r.year === 2022)).toEqual(original[0]);
        expect(now.find((r) => r.year === 1999)).toMatchObject({ sources: [DOC.a004], evidence: [QUOTE] });
      } finally {
        await q(
          `MATCH (:Entity {id: $from})-[r:RECEIVED]->(:Entity {id: $award}) WHERE r.year IS NULL OR r.year = 1999 DELETE r`,
          { from: FROM, award: AWARD },
        );
      }
    });
  });
});
