// The bulk importer against the real test database, on a tiny synthetic data set: what it
// loads, that provenance survives the trip, and that a re-run or a resume after a crash
// leaves the same graph. Other suites expect the seed graph here, so everything this file
// creates carries its own label and id tag and is deleted afterwards (schema included).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticGraph } from '../../bench/generator/synthetic-graph.js';
import { writeDataset } from '../../bench/generator/write-dataset.js';
import { PROGRESS_LABEL, importDataset } from '../../src/bulk-import/import-dataset.js';
import { MANIFEST_FILE, totalNodes, totalRelationships, type BulkManifest } from '../../src/bulk-import/manifest.js';
import { testConfig, testDriver } from '../support/database.js';

const TEST_LABEL = 'BulkImportTest';

describe('bulk importer', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  let driver: Driver;
  let dir: string;
  let manifest: BulkManifest;
  let schemaBefore: Set<string>;

  const query = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject());
  const schemaNames = async () =>
    new Set(
      [
        ...(await query('SHOW CONSTRAINTS YIELD name RETURN name')),
        ...(await query('SHOW INDEXES YIELD name RETURN name')),
      ].map((r) => r.name as string),
    );
  const counts = async () =>
    (
      await query(
        `MATCH (n:${TEST_LABEL}) WITH count(n) AS nodes
     CALL { MATCH (:${TEST_LABEL})-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
      )
    )[0] as { nodes: number; relationships: number };

  beforeAll(async () => {
    driver = testDriver(config);
    schemaBefore = await schemaNames();
    dir = mkdtempSync(join(tmpdir(), 'bulk-import-test-'));
    const graph = generateSyntheticGraph({ scale: 0.02, seed: 'bulk-import-test', idTag: 'test' });
    manifest = await writeDataset(graph, dir);
    // A label of this file's own on every node, so cleaning up can never touch other data.
    for (const spec of manifest.nodes) spec.extraLabels.push(TEST_LABEL);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  });

  afterAll(async () => {
    await query(`MATCH (n:${TEST_LABEL}) DETACH DELETE n`);
    await query(`MATCH (p:${PROGRESS_LABEL} {dataset: $dataset}) DELETE p`, { dataset: manifest.fingerprint });
    for (const name of await schemaNames()) {
      if (schemaBefore.has(name)) continue;
      const isConstraint =
        (await query('SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name', { name })).length > 0;
      await query(`DROP ${isConstraint ? 'CONSTRAINT' : 'INDEX'} \`${name}\` IF EXISTS`);
    }
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads every node and relationship of the data set, in small batches', async () => {
    const result = await importDataset({ driver, database, dir, batchSize: 25, quiet: true });
    expect(result.nodes).toBe(totalNodes(manifest));
    expect(await counts()).toEqual({ nodes: totalNodes(manifest), relationships: totalRelationships(manifest) });
    expect(
      await query(`MATCH (p:${PROGRESS_LABEL} {dataset: $dataset}) RETURN p`, { dataset: manifest.fingerprint }),
    ).toHaveLength(0);
  });

  it('keeps the model: labels, integer properties, list properties', async () => {
    const [row] = await query(`
      MATCH (n:${TEST_LABEL}) WHERE NOT n:Document AND NOT n:Indicator
      RETURN count(n) AS entities, count(CASE WHEN n:Entity AND n.name IN n.aliases THEN 1 END) AS wellFormed`);
    expect(row?.wellFormed).toBe(row?.entities);
    const [types] = await query(`
      MATCH (e:Enterprise:${TEST_LABEL}) WITH count(e) AS enterprises, count(CASE WHEN e.founded IS :: INTEGER THEN 1 END) AS intFounded
      MATCH (:${TEST_LABEL})-[g:RECEIVED]->(:Award)
      RETURN enterprises, intFounded, count(g) AS grants, count(CASE WHEN g.year IS :: INTEGER AND g.status IN ['AWARDED', 'NOMINATED'] THEN 1 END) AS goodGrants`);
    expect(types?.intFounded).toBe(types?.enterprises);
    expect(types?.goodGrants).toBe(types?.grants);
  });

  it('carries provenance: parallel sources/evidence lists whose quotes occur in the cited documents', async () => {
    const [lists] = await query(`
      MATCH (:${TEST_LABEL})-[r]->(:${TEST_LABEL}) WHERE type(r) <> 'MENTIONS'
      RETURN count(r) AS facts,
             count(CASE WHEN size(coalesce(r.sources, [])) = 0 OR size(r.sources) <> size(r.evidence) THEN 1 END) AS badLists`);
    expect(lists?.facts).toBeGreaterThan(100);
    expect(lists?.badLists).toBe(0);
    const [quotes] = await query(`
      CALL {
        MATCH (:${TEST_LABEL})-[r]->(:${TEST_LABEL}) WHERE type(r) <> 'MENTIONS' RETURN r.sources AS sources, r.evidence AS evidence
        UNION ALL
        MATCH (i:Indicator:${TEST_LABEL}) RETURN i.sources AS sources, i.evidence AS evidence
      }
      UNWIND range(0, size(sources) - 1) AS k
      OPTIONAL MATCH (d:Document:${TEST_LABEL} {id: sources[k]})
      RETURN count(*) AS cited, count(CASE WHEN d IS NULL OR NOT d.text CONTAINS evidence[k] THEN 1 END) AS unsupported`);
    expect(quotes?.cited).toBeGreaterThan(100);
    expect(quotes?.unsupported).toBe(0);
  });

  it('is harmless to run again: the same graph, nothing duplicated', async () => {
    const before = await counts();
    await importDataset({
      driver,
      database,
      dir,
      batchSize: 40,
      mode: 'call-in-transactions',
      callBatches: 3,
      quiet: true,
    });
    expect(await counts()).toEqual(before);
  });

  it('resumes after a crash and ends with the same graph', async () => {
    const expected = await counts();
    await query(`MATCH (n:${TEST_LABEL}) DETACH DELETE n`);
    // A driver whose 12th data batch fails: the import stops part-way, as in a crash.
    let batches = 0;
    const crashing = new Proxy(driver, {
      get(target, property, receiver) {
        if (property === 'executeQuery') {
          return (...args: Parameters<Driver['executeQuery']>) => {
            if (String(args[0]).startsWith('UNWIND $rows')) batches += 1;
            if (batches === 12) return Promise.reject(new Error('simulated crash'));
            return target.executeQuery(...args);
          };
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await expect(importDataset({ driver: crashing, database, dir, batchSize: 25, quiet: true })).rejects.toThrow(
      'simulated crash',
    );
    const partial = await counts();
    expect(partial.nodes).toBeGreaterThan(0);
    expect(partial.nodes).toBeLessThan(expected.nodes);
    const [progress] = await query(`MATCH (p:${PROGRESS_LABEL} {dataset: $dataset}) RETURN p.done AS done`, {
      dataset: manifest.fingerprint,
    });
    expect(Object.keys(JSON.parse(String(progress?.done ?? '{}'))).length).toBeGreaterThan(0);

    const resumed = await importDataset({ driver, database, dir, batchSize: 25, quiet: true });
    expect(resumed.resumed).toBe(true);
    expect(await counts()).toEqual(expected);
    expect(
      await query(`MATCH (p:${PROGRESS_LABEL}) WHERE p.dataset = $dataset RETURN p`, { dataset: manifest.fingerprint }),
    ).toHaveLength(0);
  });
});
