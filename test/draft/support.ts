// Shared by the drafter's tests: the seed graph in place (imported only if missing), a
// temporary copy of the project's data/ and cypher/ so accepting never touches the
// repository, and the test article.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/corpus.js';
import { importSeedGraph } from '../support/seed-graph.js';

export const ARTICLE = join(PROJECT_ROOT, 'test', 'draft', 'fixtures', 'yingkou-valves.txt');
export const ARTICLE_TEXT = readFileSync(ARTICLE, 'utf8');

/** Imports the seed graph unless the database already holds exactly the corpus's documents. */
export async function ensureSeedGraph(driver: Driver, database: string): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (d:Document) RETURN collect(d.id) AS ids', {}, { database });
  const ids = new Set(records[0]?.get('ids') as string[]);
  const wanted = loadCorpus(PROJECT_ROOT).map((d) => d.id);
  const entities = await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n', {}, { database });
  if (ids.size === wanted.length && wanted.every((id) => ids.has(id)) && Number(entities.records[0]?.get('n')) > 0)
    return;
  await importSeedGraph(driver, database);
}

/** A throw-away project root with copies of data/ and cypher/. */
export function projectCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'draft-project-'));
  cpSync(join(PROJECT_ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'cypher'), join(root, 'cypher'), { recursive: true });
  return root;
}
