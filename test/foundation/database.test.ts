import { afterAll, describe, expect, it } from 'vitest';
import { testConfig, testDriver } from '../support/database.js';
import { NEO4J_SERIES, SERIES_VERSION } from '../support/neo4j-version.js';

describe('the database the tests run against', () => {
  const config = testConfig();
  const driver = testDriver(config);
  afterAll(() => driver.close());

  it(`answers a query and is Neo4j ${NEO4J_SERIES}`, async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
      {},
      { database: config.neo4j.database },
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(String(records[0]?.get('version'))).toMatch(SERIES_VERSION);
  });

  it('has APOC core loaded', async () => {
    const { records } = await driver.executeQuery(
      'RETURN apoc.version() AS v, apoc.text.join(["a", "b"], "-") AS joined',
      {},
      { database: config.neo4j.database },
    );
    expect(String(records[0]?.get('v'))).toMatch(SERIES_VERSION);
    expect(records[0]?.get('joined')).toBe('a-b');
  });

  it('round-trips a write and a read, and cleans up after itself', async () => {
    const marker = `foundation-test-${Date.now()}-${Math.random()}`;
    await driver.executeQuery(
      'CREATE (:FoundationTestProbe {marker: $marker})',
      { marker },
      { database: config.neo4j.database },
    );
    const { records } = await driver.executeQuery(
      'MATCH (p:FoundationTestProbe {marker: $marker}) WITH p, count(*) AS n DETACH DELETE p RETURN n',
      { marker },
      { database: config.neo4j.database },
    );
    expect(records[0]?.get('n')).toBe(1);
  });
});
