// Names users type: resolving an argument that names an entity (id, name or any alias,
// ignoring case, spaces and punctuation) and turning free text into a safe full-text query.
import { IGNORED_CHARACTERS, normalizeName } from '../../model/name-key.js';
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
 * Tier 1 looks up the id and the exact name through indexes, and candidates from the
 * `entity_names` full-text index (a phrase of the words), keeping those whose normalised
 * name or alias matches. Only when that finds nothing does tier 2 scan the label and
 * compare normalised names (e.g. "Mayors Quality Award" for "Mayor's Quality Award", which
 * the full-text analyser splits differently).
 */
export function resolveClause(s: CypherScope, value: string, label: string, out: string): string {
  const v = s.param(value);
  const key = s.param(normalizeName(value));
  const x = s.fresh('x');
  const c = s.fresh('c');
  const found = s.fresh('found');
  const scanned = s.fresh('scanned');
  const a = s.fresh('a');
  const matches = (n: string) =>
    `(${n}.id = ${v} OR any(${a} IN [${n}.name] + coalesce(${n}.aliases, []) WHERE ${cypherNormalize(a, s)} = ${key}))`;
  const ws = words(value);
  const fulltext =
    ws.length > 0
      ? `\n    UNION\n    CALL db.index.fulltext.queryNodes('entity_names', ${s.param(`"${ws.join(' ')}"`)}, {limit: 100}) YIELD node AS ${x} RETURN ${x}`
      : '';
  // The scan is guarded by an UNWIND of [] rather than a WHERE: the planner moves such a
  // WHERE after the label scan, paying for the scan on every call (seen with PROFILE).
  return `CALL () {
  CALL () {
    MATCH (${x}:Entity {id: ${v}}) RETURN ${x}
    UNION
    MATCH (${x}:Entity {name: ${v}}) RETURN ${x}${fulltext}
  }
  WITH collect(DISTINCT ${x}) AS ${c}
  WITH [${x} IN ${c} WHERE ${x}:${label} AND ${matches(x)}] AS ${found}
  CALL (${found}) {
    UNWIND CASE WHEN size(${found}) = 0 THEN [true] ELSE [] END AS ${s.fresh('scan')}
    MATCH (${x}:${label}) WHERE ${matches(x)}
    RETURN collect(${x}) AS ${scanned}
  }
  RETURN CASE WHEN size(${found}) > 0 THEN ${found} ELSE ${scanned} END AS ${out}
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
