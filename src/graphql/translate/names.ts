// Names users type: resolving an argument that names an entity (id, name or any alias,
// ignoring case, spaces and punctuation) and turning free text into a safe full-text query.
import { IGNORED_CHARACTERS, normalizeName } from '../../model/name-key.js';
import { NAME_KEY_INDEX, nameKeyQuery } from '../../db/name-keys.js';
import type { CypherScope } from './scope.js';

export { normalizeName };

/** The same normalisation, in Cypher, of the string expression `expr`. */
export function cypherNormalize(expr: string, s: CypherScope): string {
  const ignored = s.constant('ignored', IGNORED_CHARACTERS);
  return `reduce(k = toLower(${expr}), ch IN ${ignored} | replace(k, ch, ''))`;
}

/** Words of free text: runs of letters and digits (any script); everything else separates. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Clauses that bind `out` to the list of nodes (label `label`: a kind label or `Entity`)
 * whose id is `value`, or whose name or any alias normalises to the same key. One row in,
 * one row out; for use inside one statement.
 *
 * Index lookups only, hit or miss: the id through the uniqueness constraint's index, the
 * name key through the keyword full-text index over the `nameKeys` every entity carries
 * (src/db/name-keys.ts, written by the importers). An argument that names nothing costs a
 * few db hits, never a scan of the label.
 */
export function resolveClause(s: CypherScope, value: string, label: string, out: string): string {
  const v = s.param(value);
  const key = normalizeName(value);
  const x = s.fresh('x');
  const c = s.fresh('c');
  // A value made only of ignored characters has no key; only its id can match.
  const byKey =
    key === ''
      ? ''
      : `\n    UNION\n    CALL db.index.fulltext.queryNodes('${NAME_KEY_INDEX}', ${s.param(nameKeyQuery(key))}) YIELD node AS ${x} RETURN ${x}`;
  return `CALL () {
  CALL () {
    MATCH (${x}:Entity {id: ${v}}) RETURN ${x}${byKey}
  }
  WITH collect(DISTINCT ${x}) AS ${c}
  RETURN [${x} IN ${c} WHERE ${x}:${label}] AS ${out}
}`;
}

/** Longest query `search` accepts. */
export const MAX_SEARCH_LENGTH = 200;
const MAX_SEARCH_WORDS = 16;

/**
 * A Lucene query for the words of `text`, or null when it has none. Only letters and digits
 * reach Lucene, each word quoted (so AND/OR/NOT are words, not operators), plus a prefix
 * term for words of 3+ characters and the whole phrase boosted: no user syntax (quotes,
 * wildcards, fuzzy `~`, fields `x:`, brackets, backslashes) can fail or widen the query.
 */
export function searchQuery(text: string): string | null {
  const ws = words(text.toLowerCase()).slice(0, MAX_SEARCH_WORDS);
  if (ws.length === 0) return null;
  const terms: string[] = [];
  if (ws.length > 1) terms.push(`"${ws.join(' ')}"^4`);
  for (const w of ws) {
    terms.push(`"${w}"^2`);
    if (w.length >= 3 && /^[\p{Script=Latin}\p{N}]+$/u.test(w)) terms.push(`${w}*`);
  }
  return terms.join(' OR ');
}
