// Empties the benchmark database between import methods, schema included, so each
// method starts from the same empty store (Community has one user database and no
// CREATE OR REPLACE DATABASE, so deleting is the way).
import type { Driver } from 'neo4j-driver';

export async function wipeDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Relationships first, in their own batches: deleting a hub node with thousands of
    // relationships in one go would make one huge transaction.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const record of constraints.records)
      await session.run(`DROP CONSTRAINT \`${record.get('name') as string}\` IF EXISTS`);
    const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const record of indexes.records) await session.run(`DROP INDEX \`${record.get('name') as string}\` IF EXISTS`);
  } finally {
    await session.close();
  }
}

export async function countGraph(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { database },
  );
  const record = records[0];
  return { nodes: Number(record?.get('nodes') ?? 0), relationships: Number(record?.get('relationships') ?? 0) };
}
