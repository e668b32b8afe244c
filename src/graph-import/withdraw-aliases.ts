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

/**
 * The longest run of letters, digits and spaces in `s`: characters the scripts' writer never
 * escapes (nor does anyone by hand), so a script that states `s` contains this run as it is. '' when `s` has
 * no run of three.
 */
export function unescapedFragment(s: string): string {
  const runs = s.match(/[A-Za-z0-9 ]{3,}/g) ?? [];
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * The strings of `wanted` that a script of the project states, leaving out the scripts that
 * cite `docId` (its own). A thousand articles' scripts are read on every withdrawal: a file
 * holding no wanted string's fragment cannot state it and is skipped without lexing.
 */
export function stringsStatedWithout(projectRoot: string, docId: string, wanted: readonly string[]): Set<string> {
  const cypherDir = join(projectRoot, 'cypher');
  const stated = new Set<string>();
  if (wanted.length === 0) return stated;
  const wantedSet = new Set(wanted);
  const fragments = wanted.map(unescapedFragment);
  const mustLex = fragments.includes('');
  for (const file of readdirSync(cypherDir).filter((f) => f.endsWith('.cypher'))) {
    const text = readFileSync(join(cypherDir, file), 'utf8');
    if (!mustLex && !fragments.some((f) => text.includes(f))) continue;
    const literals = cypherStringLiterals(text);
    if (literals.includes(docId)) continue;
    for (const s of literals) if (wantedSet.has(s)) stated.add(s);
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
  const spellings = records.map((r) => ({
    id: String(r.get('id')),
    aliases: (r.get('aliases') as string[]).filter((a) => a !== r.get('name')),
  }));
  const stated = stringsStatedWithout(
    projectRoot,
    docId,
    spellings.flatMap((e) => e.aliases),
  );
  const removals = spellings
    .map((e) => ({ id: e.id, drop: e.aliases.filter((a) => !stated.has(a)) }))
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
