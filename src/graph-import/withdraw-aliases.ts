// Withdrawing an article takes back the spellings it added to entities that stay: an alias
// that no remaining script states (the entity catalogues, other articles' facts scripts)
// came from this article's script alone — "New spelling" lines of a draft, or a reviewer's
// "same as" — and goes with it, so the graph is what it was before the article.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { NAME_KEY_PROPERTY, nameKeysOf } from '../db/name-keys.js';
import { IGNORED_CHARACTERS } from '../model/name-key.js';
import { MENTIONS } from '../model/graph-model.js';
import { cypherStringLiterals } from './cypher-script.js';

/** Every string the project's scripts state, except in the scripts that cite `docId` (its own). */
export function stringsStatedWithout(projectRoot: string, docId: string): Set<string> {
  const cypherDir = join(projectRoot, 'cypher');
  const stated = new Set<string>();
  for (const file of readdirSync(cypherDir).filter((f) => f.endsWith('.cypher'))) {
    const literals = cypherStringLiterals(readFileSync(join(cypherDir, file), 'utf8'));
    if (literals.includes(docId)) continue;
    for (const s of literals) stated.add(s);
  }
  return stated;
}

/**
 * Removes from the entities `docId` mentions the aliases no other script states; runs in the
 * withdrawal's transaction, before the document's MENTIONS go. Returns how many were removed.
 */
export async function withdrawAliases(
  tx: Transaction | ManagedTransaction,
  docId: string,
  projectRoot: string,
): Promise<number> {
  const { records } = await tx.run(
    `MATCH (:Document {id: $docId})-[:${MENTIONS}]->(e:Entity)
     RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases`,
    { docId },
  );
  const stated = stringsStatedWithout(projectRoot, docId);
  const removals = records
    .map((r) => ({
      id: String(r.get('id')),
      drop: (r.get('aliases') as string[]).filter((a) => a !== r.get('name') && !stated.has(a)),
    }))
    .filter((r) => r.drop.length > 0);
  if (removals.length === 0) return 0;
  await tx.run(
    `UNWIND $removals AS r
     MATCH (e:Entity {id: r.id})
     SET e.aliases = [a IN e.aliases WHERE NOT a IN r.drop]
     SET e.${NAME_KEY_PROPERTY} = ${nameKeysOf('e')}`,
    { removals, ignored: [...IGNORED_CHARACTERS] },
  );
  return removals.reduce((n, r) => n + r.drop.length, 0);
}
