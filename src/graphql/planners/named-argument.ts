// Arguments that name one entity (by id, name or alias): checked, resolved inside the
// root field's statement, and verified against the row it returns (NOT_FOUND, ambiguous).
import type { Row } from '../../db/executor.js';
import { ambiguous, badInput, notFound } from '../errors.js';
import { normalizeName, resolveClause } from '../translate/names.js';
import type { RootPlan } from '../translate/root.js';
import type { CypherScope } from '../translate/scope.js';
import type { Binding, ObjectSpec } from '../translate/spec.js';
import { MAX_NAME_LENGTH } from './limits.js';

/** An argument that names one entity: resolved inside the statement, checked after it. */
export interface NamedArgument {
  clause: string;
  /** Variable holding the list of matching nodes. */
  list: string;
  checks: Record<string, string>;
  verify(row: Row): void;
}

export function namedArgument(
  s: CypherScope,
  value: unknown,
  label: string,
  what: string,
  argument: string,
): NamedArgument {
  const text = String(value);
  if (text.length > MAX_NAME_LENGTH)
    throw badInput(`\`${argument}\` is longer than ${MAX_NAME_LENGTH} characters.`, { argument });
  if (normalizeName(text) === '')
    throw badInput(`\`${argument}\` must contain a letter or digit; got ${JSON.stringify(text)}.`, { argument });
  const list = s.fresh('m');
  const column = `${list}Ids`;
  return {
    clause: resolveClause(s, text, label, list),
    list,
    checks: { [column]: `[x IN ${list} | x.id]` },
    verify(row) {
      const ids = (row[column] as string[] | undefined) ?? [];
      if (ids.length === 0) throw notFound(what, text, argument);
      if (ids.length > 1) throw ambiguous(what, text, ids, argument);
    },
  };
}

/** A root plan whose prelude resolves `named` and whose answer is read with `value`. */
export function combine(named: NamedArgument[], value: ObjectSpec<Binding, Binding>): RootPlan {
  return {
    prelude: named.map((n) => n.clause),
    value,
    checks: Object.assign({}, ...named.map((n) => n.checks)),
    verify: (row) => named.forEach((n) => n.verify(row)),
  };
}

/** The answer as a list (or one value) read by a subquery. */
export const list = (query: NonNullable<ObjectSpec['query']>): ObjectSpec => ({ kind: 'object', query });
