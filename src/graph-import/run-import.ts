// Runs the Cypher scripts in cypher/ against Neo4j, in file-name order:
// - schema scripts (name starts with `00_`): each statement on its own, auto-commit,
//   because Neo4j does not mix schema and data changes in one transaction;
// - data scripts: all statements of one file in ONE write transaction, so a failing
//   script rolls back entirely and leaves the graph as it was. Before that transaction
//   commits, the validator's per-script rules run inside it: a script that would break
//   the model or cite a quote its document does not contain changes nothing either.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { ensureNameKeys } from '../db/name-keys.js';
import { clearImportState, importFingerprint, readImportState, writeImportState } from './import-fingerprint.js';
import {
  RULES_CHECKED_PER_SCRIPT,
  formatViolation,
  readInTransaction,
  validateWith,
  type Violation,
} from '../validate/validate-graph.js';
import { splitCypherScript, type CypherStatement } from './cypher-script.js';
import { parameteriseLiterals } from './literal-parameters.js';

export type ScriptKind = 'schema' | 'data';

export interface ScriptFile {
  name: string;
  path: string;
  kind: ScriptKind;
}

export interface ScriptCounts {
  file: string;
  kind: ScriptKind;
  statements: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  constraintsAdded: number;
  indexesAdded: number;
}

/** A script failed: which file, which statement, and what the database said. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly file: string,
    readonly statement: number | null,
    readonly line: number | null,
    readonly databaseMessage: string,
  ) {
    const where = statement === null ? file : `${file}, statement ${statement} (line ${line})`;
    super(`${where} failed: ${databaseMessage}`);
  }
}

export function scriptKind(fileName: string): ScriptKind {
  return fileName.startsWith('00_') ? 'schema' : 'data';
}

/** The `.cypher` files of a folder, in the order they must run. */
export function listScripts(cypherDir: string): ScriptFile[] {
  return readdirSync(cypherDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((name) => ({ name, path: join(cypherDir, name), kind: scriptKind(name) }));
}

function emptyCounts(file: string, kind: ScriptKind, statements: number): ScriptCounts {
  return {
    file,
    kind,
    statements,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    constraintsAdded: 0,
    indexesAdded: 0,
  };
}

function addCounters(counts: ScriptCounts, result: QueryResult): void {
  const u = result.summary.counters.updates();
  counts.nodesCreated += u.nodesCreated ?? 0;
  counts.nodesDeleted += u.nodesDeleted ?? 0;
  counts.relationshipsCreated += u.relationshipsCreated ?? 0;
  counts.relationshipsDeleted += u.relationshipsDeleted ?? 0;
  counts.propertiesSet += u.propertiesSet ?? 0;
  counts.labelsAdded += u.labelsAdded ?? 0;
  counts.constraintsAdded += u.constraintsAdded ?? 0;
  counts.indexesAdded += u.indexesAdded ?? 0;
}

function message(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const text = (e?.message ?? String(error)).trim();
  return e?.code ? `${text} [${e.code}]` : text;
}

function parse(file: string, text: string): CypherStatement[] {
  try {
    return splitCypherScript(text);
  } catch (error) {
    throw new ImportError(file, null, null, `cannot split into statements: ${message(error)}`);
  }
}

/** Runs each statement of a schema script in its own auto-commit transaction. */
export async function runSchemaScript(
  driver: Driver,
  database: string,
  file: string,
  text: string,
): Promise<ScriptCounts> {
  const statements = parse(file, text);
  const counts = emptyCounts(file, 'schema', statements.length);
  const session = driver.session({ database });
  try {
    for (const st of statements) {
      try {
        addCounters(counts, await session.run(st.text));
      } catch (error) {
        throw new ImportError(file, st.index, st.line, message(error));
      }
    }
  } finally {
    await session.close();
  }
  return counts;
}

/** Thrown inside a script's transaction (so it rolls back) when the script breaks a rule. */
class ScriptViolatesModel extends Error {
  constructor(readonly violations: Violation[]) {
    super(
      `the script breaks ${violations.length} rule${violations.length === 1 ? '' : 's'} of the model, so nothing of it was imported:\n` +
        violations
          .slice(0, 20)
          .map((v) => `  ${formatViolation(v)}`)
          .join('\n') +
        (violations.length > 20 ? `\n  … and ${violations.length - 20} more` : ''),
    );
  }
}

/**
 * What the per-script check compares against: the violations the graph already had, so a
 * script is refused only for what it breaks itself (a re-import may be repairing a graph
 * that is broken). `known: null` makes the runner read them first, inside the transaction.
 */
export interface ScriptValidation {
  projectRoot: string;
  known: Set<string> | null;
}

const violationKey = (v: Violation) => `${v.rule}|${v.ids.join('|')}|${v.message}`;

async function perScriptViolations(tx: ManagedTransaction, projectRoot: string): Promise<Violation[]> {
  const all = await validateWith(readInTransaction(tx), { projectRoot });
  return all.filter((v) => RULES_CHECKED_PER_SCRIPT.has(v.rule));
}

async function knownViolations(driver: Driver, database: string, projectRoot: string): Promise<Set<string>> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const violations = await session.executeRead((tx) => perScriptViolations(tx, projectRoot));
    return new Set(violations.map(violationKey));
  } finally {
    await session.close();
  }
}

export interface StatementSending {
  /**
   * Send each statement's literals as parameters (literal-parameters.ts), so that Neo4j
   * plans each statement shape once: the default. `false` sends the text as written.
   */
  literalsAsParameters?: boolean;
}

/**
 * Runs all statements of a data script in one write transaction: all or nothing. Before it
 * commits, the validator's per-script rules run in that transaction, and a script that
 * adds a violation is rolled back too. `validation: null` skips that (tests of the runner).
 */
export async function runDataScript(
  driver: Driver,
  database: string,
  file: string,
  text: string,
  validation: ScriptValidation | null = { projectRoot: PROJECT_ROOT, known: null },
  sending: StatementSending = {},
): Promise<ScriptCounts> {
  const statements = parse(file, text);
  const session = driver.session({ database });
  // Remembered outside the transaction function so the error can name the statement
  // without wrapping it (wrapping would hide transient errors from the driver's retry).
  let current: CypherStatement | null = null;
  try {
    const { counts, after } = await session.executeWrite(async (tx) => {
      const known =
        validation &&
        (validation.known ?? new Set((await perScriptViolations(tx, validation.projectRoot)).map(violationKey)));
      // Fresh counts per attempt: executeWrite may retry the whole function.
      const counts = emptyCounts(file, 'data', statements.length);
      for (const st of statements) {
        current = st;
        const { text: shape, params } =
          sending.literalsAsParameters === false ? { text: st.text, params: {} } : parameteriseLiterals(st.text);
        addCounters(counts, await tx.run(shape, params));
      }
      current = null;
      if (!validation || !known) return { counts, after: null };
      const now = await perScriptViolations(tx, validation.projectRoot);
      const added = now.filter((v) => !known.has(violationKey(v)));
      if (added.length > 0) throw new ScriptViolatesModel(added);
      return { counts, after: new Set(now.map(violationKey)) };
    });
    if (validation && after) validation.known = after;
    return counts;
  } catch (error) {
    const st = current as CypherStatement | null;
    const said = st ? await messageAsWritten(driver, database, st.text, error) : message(error);
    throw new ImportError(file, st?.index ?? null, st?.line ?? null, said);
  } finally {
    await session.close();
  }
}

/**
 * The database's message for a statement that failed, about the statement as the script
 * writes it: a syntax or semantic error of a parameterised statement quotes `$lit3` and
 * columns of the sent text, so the statement as written is compiled again (EXPLAIN runs
 * nothing) for a message a person can match with the script.
 */
async function messageAsWritten(driver: Driver, database: string, text: string, error: unknown): Promise<string> {
  const code = (error as { code?: string } | null)?.code ?? '';
  if (!code.startsWith('Neo.ClientError.Statement.')) return message(error);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    await session.run(`EXPLAIN ${text}`);
    return message(error);
  } catch (asWritten) {
    return message(asWritten);
  } finally {
    await session.close();
  }
}

export interface ImportOptions {
  database: string;
  cypherDir: string;
  /** Where the corpus files the validator compares documents with live; the project by default. */
  projectRoot?: string;
  log?: (line: string) => void;
  sending?: StatementSending;
}

export function formatCounts(c: ScriptCounts): string {
  const parts = [`${c.statements} statements`];
  if (c.kind === 'schema') {
    parts.push(`+${c.constraintsAdded} constraints`, `+${c.indexesAdded} indexes`);
  } else {
    parts.push(
      `+${c.nodesCreated} nodes`,
      `+${c.relationshipsCreated} relationships`,
      `${c.propertiesSet} properties set`,
    );
    if (c.labelsAdded) parts.push(`+${c.labelsAdded} labels`);
    if (c.nodesDeleted || c.relationshipsDeleted)
      parts.push(`-${c.nodesDeleted} nodes`, `-${c.relationshipsDeleted} relationships`);
  }
  return `${c.file.padEnd(52)} ${parts.join(', ')}`;
}

/** Runs every script of `cypherDir` in order; stops at the first failure with an ImportError. */
export async function runImport(driver: Driver, options: ImportOptions): Promise<ScriptCounts[]> {
  const log = options.log ?? (() => {});
  const results: ScriptCounts[] = [];
  // Carried from script to script: each one's result is the next one's baseline.
  const validation: ScriptValidation = { projectRoot: options.projectRoot ?? PROJECT_ROOT, known: null };
  const fingerprint = fingerprintOf(options);
  // Gone while the graph is being changed: an import that stops half-way leaves no match.
  await clearImportState(driver, options.database);
  for (const script of listScripts(options.cypherDir)) {
    const text = readFileSync(script.path, 'utf8');
    if (script.kind === 'data' && validation.known === null) {
      // The baseline, read before the first data script's transaction rather than inside it:
      // on a just-started server this first validation plans every validator query cold,
      // which must not eat into the write transaction's time limit. Later checks reuse the plans.
      validation.known = await knownViolations(driver, options.database, validation.projectRoot);
    }
    const counts =
      script.kind === 'schema'
        ? await runSchemaScript(driver, options.database, script.name, text)
        : await runDataScript(driver, options.database, script.name, text, validation, options.sending);
    log(formatCounts(counts));
    results.push(counts);
  }
  // The API resolves names through these keys (src/db/name-keys.ts); the scripts stay plain Cypher.
  await ensureNameKeys(driver, options.database);
  await writeImportState(driver, options.database, fingerprint);
  return results;
}

function fingerprintOf(options: ImportOptions): string {
  return importFingerprint(options.cypherDir, join(options.projectRoot ?? PROJECT_ROOT, 'data'));
}

export type ImportIfChangedResult =
  { skipped: true; fingerprint: string } | { skipped: false; fingerprint: string; results: ScriptCounts[] };

/**
 * Imports only when the database does not already hold exactly the graph of these scripts
 * and data (the fingerprint a completed import stored). `npm start` uses it; `npm run
 * import` always imports.
 */
export async function importIfChanged(driver: Driver, options: ImportOptions): Promise<ImportIfChangedResult> {
  const fingerprint = fingerprintOf(options);
  if ((await readImportState(driver, options.database)) === fingerprint) return { skipped: true, fingerprint };
  return { skipped: false, fingerprint, results: await runImport(driver, options) };
}

/** Deletes every node and relationship (schema stays). Used by `npm run import -- --reset` and tests. */
export async function wipeGraph(driver: Driver, database: string): Promise<void> {
  // Batched in auto-commit transactions, so a large graph left by a benchmark does not
  // have to fit in one transaction's memory.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
