// Finding entities by what people type: `lookup` (a name or alias, resolved exactly as
// named arguments are) and `search` (the words of free text against the full-text index).
import { badInput, checkRange } from '../errors.js';
import { KIND_LABELS, labelOf, type Kind } from '../resolvers/entity.js';
import { MAX_SEARCH_LENGTH, normalizeName, resolveClause, searchQuery } from '../translate/names.js';
import type { RootPlanner } from '../translate/root.js';
import { byName } from '../translate/spec.js';
import { MAX_FIRST, MAX_NAME_LENGTH } from './limits.js';
import { list } from './named-argument.js';

export const lookup: RootPlanner = (args, s) => {
  const name = String(args.name);
  if (name.length > MAX_NAME_LENGTH)
    throw badInput(`\`name\` is longer than ${MAX_NAME_LENGTH} characters.`, { argument: 'name' });
  if (normalizeName(name) === '') return { value: list(() => ({ clauses: '', binding: {} })), answer: { value: [] } };
  const m = s.fresh('m');
  return {
    prelude: [resolveClause(s, name, labelOf(args.kind), m)],
    value: list((_b, _a, sc) => {
      const v = sc.fresh('v');
      return { clauses: `UNWIND ${m} AS ${v}`, binding: { node: v }, orderBy: byName(v) };
    }),
  };
};

export const search: RootPlanner = (args, s) => {
  const text = String(args.query);
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(`\`query\` is longer than ${MAX_SEARCH_LENGTH} characters; search for a few words.`, {
      argument: 'query',
    });
  }
  const first = checkRange('first', args.first, 1, MAX_FIRST);
  const lucene = searchQuery(text);
  if (lucene === null) return { value: list(() => ({ clauses: '', binding: {} })), answer: { value: [] } };
  const kinds = (args.kinds as Kind[] | null | undefined) ?? null;
  return {
    value: list((_b, _a, sc) => {
      const v = sc.fresh('v');
      const score = sc.fresh('score');
      const labels =
        kinds && kinds.length > 0
          ? ` WHERE any(l IN labels(${v}) WHERE l IN ${s.param(kinds.map((k) => KIND_LABELS[k]))})`
          : '';
      // Without a kind filter the index itself keeps only the best `first` hits (Lucene's
      // top-N), so a common word costs `first` nodes, not every node it matches. With one,
      // the filter must see every hit first.
      const options = labels ? '' : `, {limit: ${s.int(first)}}`;
      return {
        clauses: `CALL db.index.fulltext.queryNodes('entity_names', ${s.param(lucene)}${options}) YIELD node AS ${v}, score AS ${score}${labels}`,
        binding: { node: v, score },
        orderBy: [`${score} DESC`, `${v}.id`],
        limit: s.int(first),
      };
    }),
  };
};
