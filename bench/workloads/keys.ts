// The keys every comparator is asked about: drawn with a seeded PRNG from the imported
// synthetic graph, the same list for all three, so they answer identical requests.
import type { Driver } from 'neo4j-driver';
import { searchQuery } from '../../src/graphql/translate/names.js';
import { Random } from '../generator/random.js';
import type { WorkloadKey, WorkloadName } from './workloads.js';

async function ids(driver: Driver, database: string, cypher: string): Promise<string[]> {
  const { records } = await driver.executeQuery(cypher, {}, { database });
  return records.map((r) => r.get('id') as string);
}

function sample<T>(random: Random, items: T[], count: number): T[] {
  if (items.length === 0)
    throw new Error(
      'No candidates for benchmark keys: the graph holds none of the nodes a workload asks about (for the synthetic graph: is it imported?)',
    );
  return Array.from({ length: count }, () => random.pick(items));
}

/**
 * `graph` says which nodes to draw from: the synthetic graph's (label `Synthetic`, the
 * default) or every node of the model (a generated corpus imported from its scripts).
 */
export async function chooseKeys(
  driver: Driver,
  database: string,
  count: number,
  seed: string,
  graph: 'synthetic' | 'any' = 'synthetic',
): Promise<Record<WorkloadName, WorkloadKey[]>> {
  const random = new Random(`${seed}/keys`);
  // A label of this code, never of user input.
  const S = graph === 'synthetic' ? ':Synthetic' : '';
  const enterprises = await ids(driver, database, `MATCH (n:Enterprise${S}) RETURN n.id AS id ORDER BY id`);
  let partnerZones = await ids(
    driver,
    database,
    `MATCH (z:Zone${S}) WHERE EXISTS { (z)-[:PARTNERS_WITH]->() } RETURN z.id AS id ORDER BY id`,
  );
  // A graph without partnerships (a generated corpus states none): W2 is asked about every
  // zone, and answers empty lists.
  if (partnerZones.length === 0 && graph === 'any')
    partnerZones = await ids(driver, database, 'MATCH (z:Zone) RETURN z.id AS id ORDER BY id');
  const awarded = await ids(
    driver,
    database,
    `MATCH (e:Enterprise${S}) WHERE EXISTS { (e)-[:RECEIVED]->() } RETURN e.id AS id ORDER BY id`,
  );
  const { records } = await driver.executeQuery(
    `MATCH (n:Enterprise${S}) RETURN n.name AS name ORDER BY n.id`,
    {},
    { database },
  );
  const names = records.map((r) => r.get('name') as string);
  const endpoints = await ids(
    driver,
    database,
    `MATCH (n${S}) WHERE n:Enterprise OR n:Zone OR n:University OR n:Brand RETURN n.id AS id ORDER BY id`,
  );

  const searches = sample(random, names, count).map((name) => {
    // "Dalian Haosen Equipment Manufacturing Co., Ltd." → "Haosen" or "Haosen Equipment".
    const words = name.split(' ');
    const text = random.chance(0.7) ? (words[1] ?? words[0] ?? name) : words.slice(1, 3).join(' ');
    return { text, lucene: searchQuery(text) ?? text };
  });
  return {
    W1: sample(random, enterprises, count).map((id) => ({ id })),
    W2: sample(random, partnerZones, count).map((id) => ({ id })),
    W3: sample(random, awarded, count).map((id) => ({ id })),
    W4: searches,
    W5: Array.from({ length: count }, () => ({ from: random.pick(endpoints), to: random.pick(endpoints) })),
  };
}
