// The name index as drafting asks it (graph-names.ts), on the real seed graph: a possessive
// finds its entity ("Mayor's" is one term of the index, "Dalian's" is Dalian), and the query
// terms carry no Lucene syntax from the article.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luceneTerms, placeKeys, readCandidates } from '../../src/draft/graph-names.js';
import { testConfig, testDriver } from '../support/database.js';
import { ensureSeedGraph } from './support.js';

let driver: Driver;
let database: string;

beforeAll(async () => {
  const config = testConfig();
  database = config.neo4j.database;
  driver = testDriver(config);
  await ensureSeedGraph(driver, database);
});

afterAll(async () => {
  await driver?.close();
});

describe('the name index, asked for an article', () => {
  it('asks a possessive both ways and nothing of Lucene’s syntax', () => {
    expect(luceneTerms('Dalian’s Mayor’s Quality Award')).toEqual([
      'dalian',
      "dalian's",
      'mayor',
      "mayor's",
      'quality',
      'award',
    ]);
    expect(luceneTerms('"Huanyou" (AND) title:* -x +y')).toEqual(['huanyou', 'title']);
  });

  it('looks up every known place the text names by its exact key as well', async () => {
    const text =
      'The Changxing Island Economic Zone of Dalian and Hengli Petrochemical (Dalian) Co., Ltd. export to Japan.';
    expect(placeKeys(text)).toEqual(['dalian', 'japan']);
    const ids = (await readCandidates(driver, database, text)).map((e) => e.id);
    expect(ids).toContain('place:dalian');
  });

  it('finds the entity a possessive names', async () => {
    const ids = (await readCandidates(driver, database, 'Exports grew in Dalian’s valve sector.')).map((e) => e.id);
    expect(ids).toContain('place:dalian');
    const award = await readCandidates(driver, database, 'The Mayor’s Quality Award was presented.');
    expect(award.map((e) => e.id)).toContain('award:mayors-quality-award');
  });
});
