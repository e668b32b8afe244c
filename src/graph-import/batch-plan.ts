// How the importer runs many data scripts as few queries, without changing what they build.
// A thousand article scripts share a few dozen statement shapes (the same text once their
// literals are parameters, literal-parameters.ts), so the statements of one shape across
// scripts run as ONE query, `UNWIND $rows AS _batch CALL (_batch) { <the statement> }`, each
// row carrying one statement's literals. A CALL subquery runs once per row and each run sees
// what the runs before it wrote (Cypher manual, "CALL subqueries"), so a batch does exactly
// what its statements do one after the other, in the order of its rows.
//
// What changes is the order of statements ACROSS scripts, and that is allowed only between
// scripts that cannot see each other's writes. Each script gets a level: a script that
// refers to an id an earlier script MERGEs as a node (a new entity, an Indicator, a
// Document), or MERGEs an id an earlier script refers to, comes at a higher level than that
// script; scripts of one level are independent and run together, levels one after another.
// A statement whose effect this cannot read from its literals (one without literals, or one
// that deletes, removes or calls) makes its script a barrier: it runs after everything
// before it and before everything after it. Within a script, statements keep their order.
//
// What scripts of one level may still both touch is a fact (relationship) or a node they
// only MATCH: the article scripts add their own (source, quote) pairs as a set-union, which
// commutes. The scripts in cypher/ stay plain Cypher; this is only how the importer sends them.
import { splitCypherScript, type CypherStatement } from './cypher-script.js';
import { parameteriseLiterals } from './literal-parameters.js';

export interface PreparedStatement {
  statement: CypherStatement;
  /** The statement with its literals as parameters: the same text for the same shape. */
  shape: string;
  params: Record<string, unknown>;
}

export interface PreparedScript {
  file: string;
  text: string;
  statements: PreparedStatement[];
  /** Ids the script MERGEs as nodes. */
  creates: Set<string>;
  /** Every string literal of the script (ids among them), as the parameters carry them. */
  refers: Set<string>;
  /** The script must run alone between what comes before and after it (see above). */
  barrier: boolean;
}

/** The variable that carries one statement's literals inside a batch. */
const ROW = '_batch';

const SIDE_EFFECTS_NOT_READ = /\b(?:DELETE|REMOVE|DETACH|CALL|LOAD|FINISH|USE)\b/i;

/** Splits and parameterises a data script (throws CypherScriptError when it cannot be split). */
export function prepareScript(file: string, text: string): PreparedScript {
  const statements = splitCypherScript(text).map((statement) => {
    const { text: shape, params } = parameteriseLiterals(statement.text);
    return { statement, shape, params };
  });
  const creates = new Set<string>();
  let barrier = false;
  for (const s of statements) {
    // A MERGEd node's id is the statement's first literal (mergedNodeId), its first parameter here.
    const id = /^MERGE\s*\(/.test(s.shape) ? s.params.lit0 : undefined;
    if (typeof id === 'string') creates.add(id);
    if (Object.keys(s.params).length === 0 || SIDE_EFFECTS_NOT_READ.test(withoutNames(s.shape))) barrier = true;
  }
  const refers = new Set(statements.flatMap((s) => literalStrings(s.params)));
  return { file, text, statements, creates, refers, barrier };
}

/** The strings among a statement's literals (lists of lists included): what it names. */
export function literalStrings(params: Record<string, unknown>): string[] {
  const into = new Set<string>();
  for (const value of Object.values(params)) collectStrings(value, into);
  return [...into];
}

/** The strings of a literal's value (lists of lists included). */
function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, into);
}

/** The text outside backtick-quoted names, so that a name such as `DELETE` is no keyword. */
function withoutNames(shape: string): string {
  return shape.replace(/`(?:[^`]|``)*`/g, '``');
}

/**
 * Each script's level (see the top of this file): scripts of one level are independent of
 * each other, and every script comes after the scripts whose writes it may see.
 */
export function scriptLevels(scripts: readonly PreparedScript[]): number[] {
  const createdAt = new Map<string, number>();
  const referredAt = new Map<string, number>();
  let floor = 0;
  let highest = -1;
  return scripts.map((s) => {
    let level = floor;
    if (s.barrier) {
      level = highest + 1;
    } else {
      for (const id of s.refers) level = Math.max(level, (createdAt.get(id) ?? -1) + 1);
      for (const id of s.creates) level = Math.max(level, (referredAt.get(id) ?? -1) + 1);
    }
    for (const id of s.creates) createdAt.set(id, Math.max(createdAt.get(id) ?? -1, level));
    for (const id of s.refers) referredAt.set(id, Math.max(referredAt.get(id) ?? -1, level));
    highest = Math.max(highest, level);
    if (s.barrier) floor = level + 1;
    return level;
  });
}

export interface PlannedBatch {
  shape: string;
  /** The query that runs every row, or null when the shape must run statement by statement. */
  query: string | null;
  rows: Array<{ script: number; statement: PreparedStatement }>;
}

/** What runs a query: an open transaction of the driver. */
interface QueryRunner<R> {
  run(query: string, params: Record<string, unknown>): Promise<R>;
}

/**
 * Runs one planned batch in the caller's transaction: one query for all its rows, or its
 * statements one by one when the shape cannot be batched. Returns each query's result.
 */
export async function runBatch<R>(tx: QueryRunner<R>, batch: PlannedBatch): Promise<R[]> {
  if (batch.query !== null) return [await tx.run(batch.query, { rows: batch.rows.map((r) => r.statement.params) })];
  const results: R[] = [];
  for (const row of batch.rows) results.push(await tx.run(row.statement.shape, row.statement.params));
  return results;
}

/**
 * The statement as the body of a per-row CALL subquery: its parameters read from the row, and
 * the row carried through every WITH (a WITH drops what it does not name). Null for a shape
 * that cannot be a unit subquery or whose scope this does not follow: one that returns, calls,
 * or holds a subquery expression.
 */
export function batchQuery(shape: string): string | null {
  const names = withoutNames(shape);
  if (/\b(?:RETURN|CALL|UNION|USE|LOAD|FINISH)\b/i.test(names) || /\b(?:EXISTS|COUNT|COLLECT)\s*\{/i.test(names))
    return null;
  if (names.includes(ROW)) return null;
  const parts = shape.split(/(`(?:[^`]|``)*`)/);
  const body = parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a quoted name, as written
      return part
        .replace(/\$(lit\d+)\b/g, `${ROW}.$1`)
        .replace(/(\b(?:STARTS|ENDS)\s+)?\bWITH\b(\s+DISTINCT\b)?(?!\s*\*)/gi, (match, operator: string | undefined) =>
          operator ? match : `${match} ${ROW},`,
        );
    })
    .join('');
  return `UNWIND $rows AS ${ROW} CALL (${ROW}) { ${body} }`;
}

/**
 * The batches that run `scripts`, in order: level by level; within a level, round by round,
 * each round the shape most scripts have next, taking from each of them its next statements
 * of that shape. Rows stay in script order, and each script's statements in its own order.
 */
export function planBatches(scripts: readonly PreparedScript[]): PlannedBatch[] {
  const levels = scriptLevels(scripts);
  const byLevel = new Map<number, number[]>();
  levels.forEach((level, i) => byLevel.set(level, [...(byLevel.get(level) ?? []), i]));
  const batches: PlannedBatch[] = [];
  const queries = new Map<string, string | null>();
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const members = byLevel.get(level)!;
    const next = new Map<number, number>(members.map((i) => [i, 0]));
    for (;;) {
      const heads = new Map<string, number>();
      for (const [i, at] of next) {
        const st = scripts[i]!.statements[at];
        if (st) heads.set(st.shape, (heads.get(st.shape) ?? 0) + 1);
      }
      if (heads.size === 0) break;
      let shape = '';
      let most = 0;
      for (const [s, n] of heads) if (n > most) [shape, most] = [s, n];
      const rows: PlannedBatch['rows'] = [];
      for (const i of members) {
        const statements = scripts[i]!.statements;
        let at = next.get(i)!;
        while (statements[at]?.shape === shape) rows.push({ script: i, statement: statements[at++]! });
        next.set(i, at);
      }
      if (!queries.has(shape)) queries.set(shape, batchQuery(shape));
      batches.push({ shape, query: queries.get(shape)!, rows });
    }
  }
  return batches;
}
