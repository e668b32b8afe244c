// The stored name keys that let an argument naming an entity be resolved by index lookups
// alone: every entity carries `nameKeys`, the comparison keys (src/model/name-key.ts) of
// its name and aliases, and a full-text index with the `keyword` analyzer holds each list
// element as one exact term. Range indexes of Neo4j 5 cannot answer "this value is an
// element of a list property"; a keyword full-text index can, in a few db hits, however
// large the label. The importers call `ensureNameKeys` after loading; the keys are
// computed in Cypher from the same list of ignored characters the API's normaliser uses.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { IGNORED_CHARACTERS } from '../model/name-key.js';

export const NAME_KEY_INDEX = 'entity_name_keys';
export const NAME_KEY_PROPERTY = 'nameKeys';

const CREATE_INDEX = `CREATE FULLTEXT INDEX ${NAME_KEY_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.${NAME_KEY_PROPERTY}]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`;

/**
 * Cypher for the name keys of the node bound to `node` (distinct, non-empty keys of name and
 * aliases, in that order); the statement must pass `$ignored` = IGNORED_CHARACTERS.
 */
export function nameKeysOf(node: string): string {
  return `reduce(acc = [], k IN [k IN [${node}.name] + coalesce(${node}.aliases, []) WHERE k IS NOT NULL |
  reduce(s = toLower(toString(k)), ch IN $ignored | replace(s, ch, ''))] | CASE WHEN k = '' OR k IN acc THEN acc ELSE acc + k END)`;
}

/**
 * Sets `nameKeys` on every entity whose keys are missing or stale (distinct, non-empty keys
 * of name and aliases, in that order); batched, so a benchmark graph of 200k entities does
 * not need one huge transaction. Returns how many entities changed.
 */
const SET_KEYS = `MATCH (n:Entity)
WITH n, ${nameKeysOf('n')} AS keys
WHERE n.${NAME_KEY_PROPERTY} IS NULL OR n.${NAME_KEY_PROPERTY} <> keys
CALL (n, keys) { SET n.${NAME_KEY_PROPERTY} = keys } IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS updated`;

/**
 * Sets the name keys of the entities among `ids` inside the caller's write transaction: an
 * import keeps the keys of what it wrote current as it goes, so that the scoped duplicate-name
 * check of the next script (src/validate/validate-graph.ts) finds them through the index.
 */
export async function setNameKeysOf(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     WITH n, ${nameKeysOf('n')} AS keys
     WHERE n.${NAME_KEY_PROPERTY} IS NULL OR n.${NAME_KEY_PROPERTY} <> keys
     SET n.${NAME_KEY_PROPERTY} = keys`,
    { ids, ignored: [...IGNORED_CHARACTERS] },
  );
}

export async function ensureNameKeys(driver: Driver, database: string): Promise<number> {
  // Auto-commit: schema changes and CALL { } IN TRANSACTIONS both need one.
  const session = driver.session({ database });
  try {
    await session.run(CREATE_INDEX);
    const result = await session.run(SET_KEYS, { ignored: [...IGNORED_CHARACTERS] });
    await session.run('CALL db.awaitIndex($name, 300)', { name: NAME_KEY_INDEX });
    return Number(result.records[0]?.get('updated') ?? 0);
  } finally {
    await session.close();
  }
}

/** The Lucene query that finds exactly the entities with `key` among their name keys. */
export function nameKeyQuery(key: string): string {
  // Keys hold none of Lucene's special characters (name-key.ts removes them all), but a
  // phrase in quotes with `\` and `"` escaped stays one exact term whatever the key.
  return `"${key.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
