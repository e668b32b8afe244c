// Runs the Cypher scripts in cypher/ against Neo4j, in file-name order:
// - schema scripts (name starts with `00_`): each statement on its own, auto-commit,
//   because Neo4j does not mix schema and data changes in one transaction;
// - data scripts: all or nothing per script. They run in chunks of consecutive scripts, one
//   write transaction per chunk, the statements of one shape across the chunk's scripts as
//   one batched query (batch-plan.ts says why that builds the same graph). Before a chunk
//   commits, the validator's per-script rules run inside its transaction, once for the
//   chunk. A chunk that fails (a statement errs, or a rule is broken) rolls back and is
//   halved and retried, down to the single script, which then runs on its own statement by
//   statement and is named with its failing statement: a bad script rolls back alone and
//   the others land.
// - `sending: { batched: false }` runs every data script in its own transaction, statement
//   by statement, with the rules checked after each: the reference the batches are compared with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { ensureNameKeys, setNameKeysOf } from '../db/name-keys.js';
import {
  clearImportState,
  importFingerprint,
  readImportManifest,
  readImportState,
  sha256,
  statementHash,
  writeImportState,
  type StatementManifest,
} from './import-fingerprint.js';
import {
  RULES_CHECKED_PER_SCRIPT,
  formatViolation,
  readInTransaction,
  validateWith,
  type Violation,
} from '../validate/validate-graph.js';
import { splitCypherScript, type CypherStatement } from './cypher-script.js';
import { parameteriseLiterals } from './literal-parameters.js';
import { literalStrings, planBatches, prepareScript, runBatch, type PreparedScript } from './batch-plan.js';

export type ScriptKind = 'schema' | 'data';

export interface ScriptFile {
  name: string;
  path: string;
  kind: ScriptKind;
}

export interface ScriptCounts {
  /** The script, or for a batched chunk "<first> … <last> (n scripts)". */
  file: string;
  /** The scripts these counts are about: one, or a batched chunk's. */
  files: string[];
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

/**
 * The import could not go on (the database went away, a connection dropped): not a fault of
 * the script it names, which was running and rolled back. The import stops here.
 */
export class ImportInterruptedError extends ImportError {
  override name = 'ImportInterruptedError';
}

/**
 * Several scripts failed; each was rolled back alone and the others are imported. The
 * fields of ImportError are the first failure's; `failures` holds each.
 */
export class ScriptsFailedError extends ImportError {
  override name = 'ScriptsFailedError';
  constructor(readonly failures: ImportError[]) {
    const first = failures[0]!;
    super(first.file, first.statement, first.line, first.databaseMessage);
    if (failures.length > 1) {
      this.message = `${failures.length} scripts failed, each rolled back alone:\n${failures.map((f) => `  ${f.message}`).join('\n')}`;
    }
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

function emptyCounts(file: string, kind: ScriptKind, statements: number, files = [file]): ScriptCounts {
  return {
    file,
    files,
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

/** Where the per-script check reads the corpus files the graph's documents must match. */
export interface ScriptValidation {
  projectRoot: string;
}

const violationKey = (v: Violation) => `${v.rule}|${v.ids.join('|')}|${v.message}`;

/**
 * The per-script rules over what `scope` names (documents, entities, Indicators and the
 * relationships among them), read through the id indexes inside the script's transaction.
 */
async function perScriptViolations(
  tx: ManagedTransaction,
  projectRoot: string,
  scope: readonly string[],
): Promise<Violation[]> {
  const all = await validateWith(readInTransaction(tx), { projectRoot, scope });
  return all.filter((v) => RULES_CHECKED_PER_SCRIPT.has(v.rule));
}

export interface StatementSending {
  /**
   * Send each statement's literals as parameters (literal-parameters.ts), so that Neo4j
   * plans each statement shape once: the default. `false` sends the text as written (and
   * runs each script on its own, as `batched: false`).
   */
  literalsAsParameters?: boolean;
  /** Run data scripts in batched chunks (the default); `false`: each in its own transaction. */
  batched?: boolean;
}

/**
 * Statements per chunk transaction, adapted as the import goes: it starts small (a
 * just-started server plans every shape cold), doubles while a chunk takes under
 * CHUNK_SECONDS.grow and halves when one takes over CHUNK_SECONDS.shrink, so that a chunk
 * stays far inside the server's transaction time limit on a slow or busy machine while a
 * thousand articles take a handful of chunks, each validated once.
 */
const CHUNK_STATEMENTS = { first: 2000, min: 250, max: 20_000 };
const CHUNK_SECONDS = { grow: 5, shrink: 15 };

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
  validation: ScriptValidation | null = { projectRoot: PROJECT_ROOT },
  sending: StatementSending = {},
): Promise<ScriptCounts> {
  const statements = parse(file, text);
  const parameterised = statements.map((st) => parameteriseLiterals(st.text));
  // What the script names: its string literals (ids among them), the scope of its checks.
  const scope = [...new Set(parameterised.flatMap((p) => literalStrings(p.params)))];
  const session = driver.session({ database });
  // Remembered outside the transaction function so the error can name the statement
  // without wrapping it (wrapping would hide transient errors from the driver's retry).
  let current: CypherStatement | null = null;
  try {
    return await session.executeWrite(async (tx) => {
      // The rules before and after, over what the script names: it is refused only for what
      // it breaks itself (a re-import may be repairing a graph that is broken).
      const before =
        validation && new Set((await perScriptViolations(tx, validation.projectRoot, scope)).map(violationKey));
      // Fresh counts per attempt: executeWrite may retry the whole function.
      const counts = emptyCounts(file, 'data', statements.length);
      for (const [i, st] of statements.entries()) {
        current = st;
        const { text: shape, params } =
          sending.literalsAsParameters === false ? { text: st.text, params: {} } : parameterised[i]!;
        addCounters(counts, await tx.run(shape, params));
      }
      current = null;
      if (!validation || !before) return counts;
      await setNameKeysOf(tx, scope);
      const now = await perScriptViolations(tx, validation.projectRoot, scope);
      const added = now.filter((v) => !before.has(violationKey(v)));
      if (added.length > 0) throw new ScriptViolatesModel(added);
      return counts;
    });
  } catch (error) {
    const st = current as CypherStatement | null;
    if (!isStatementFailure(error) && !(error instanceof ScriptViolatesModel))
      throw new ImportInterruptedError(file, st?.index ?? null, st?.line ?? null, message(error));
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
export async function messageAsWritten(
  driver: Driver,
  database: string,
  text: string,
  error: unknown,
): Promise<string> {
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

/**
 * Runs every script of `cypherDir` in order. A failing schema script stops the import; a
 * failing data script is rolled back alone, the others are imported, and the import ends
 * with an ImportError naming it (a ScriptsFailedError when there are several).
 */
export async function runImport(driver: Driver, options: ImportOptions): Promise<ScriptCounts[]> {
  const fingerprint = fingerprintOf(options);
  // Gone while the graph is being changed: an import that stops half-way leaves no match.
  await clearImportState(driver, options.database);
  const scripts = listScripts(options.cypherDir).map(readScript);
  const results = await runScripts(driver, options, scripts);
  await writeImportState(driver, options.database, fingerprint, statementManifest(scripts));
  return results;
}

/**
 * What the import state keeps of the scripts, to tell an addition from an edit next time.
 * A script whose text hashes as in `before` keeps its entry without being split again.
 */
function statementManifest(
  scripts: readonly ScriptToRun[],
  before: StatementManifest | null = null,
): StatementManifest {
  const manifest: StatementManifest = {};
  for (const s of scripts) {
    const hash = sha256(s.text);
    const kept = before?.[s.name];
    manifest[s.name] =
      kept?.hash === hash ? kept : { hash, statements: splitCypherScript(s.text).map((st) => statementHash(st.text)) };
  }
  return manifest;
}

/**
 * The part of `scripts` that an import with `before` has not run yet, or null when the
 * scripts changed otherwise (a script or statement gone or edited): then only a full import
 * builds their graph. Scripts are idempotent (a re-run changes nothing), so running only
 * the added statements builds what a full import would. A changed schema script runs whole.
 * An added statement keeps its line (the rest of its script becomes line breaks), so a
 * failure names the line of the file.
 */
export function addedStatements(scripts: readonly ScriptToRun[], before: StatementManifest): ScriptToRun[] | null {
  const names = new Set(scripts.map((s) => s.name));
  if (Object.keys(before).some((name) => !names.has(name))) return null;
  const added: ScriptToRun[] = [];
  for (const script of scripts) {
    const old = before[script.name];
    if (old?.hash === sha256(script.text)) continue;
    if (!old || script.kind === 'schema') {
      added.push(script);
      continue;
    }
    const unmatched = new Map<string, number>();
    for (const h of old.statements) unmatched.set(h, (unmatched.get(h) ?? 0) + 1);
    const fresh: CypherStatement[] = [];
    for (const st of splitCypherScript(script.text)) {
      const h = statementHash(st.text);
      const left = unmatched.get(h) ?? 0;
      if (left > 0) unmatched.set(h, left - 1);
      else fresh.push(st);
    }
    if ([...unmatched.values()].some((n) => n > 0)) return null;
    if (fresh.length === 0) continue;
    added.push({ ...script, text: onlyStatements(script.text, fresh) });
  }
  return added;
}

/**
 * The text of `statements` (in order) at their lines of `text`, everything else gone but
 * the line breaks: what a failure reports is the line of the file. Built piece by piece,
 * not by blanking every other character (a regex over the megabytes of the documents
 * script took a tenth of a second per added article).
 */
function onlyStatements(text: string, statements: readonly CypherStatement[]): string {
  const lineBreaks = (from: number, to: number) => {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
    return '\n'.repeat(n);
  };
  let out = '';
  let at = 0;
  for (const st of statements) {
    out += lineBreaks(at, st.start) + text.slice(st.start, st.end);
    at = st.end;
  }
  return out + lineBreaks(at, text.length);
}

/** A script of a folder with its text (or only some of its statements, for an incremental import). */
export interface ScriptToRun extends ScriptFile {
  text: string;
}

function readScript(script: ScriptFile): ScriptToRun {
  return { ...script, text: readFileSync(script.path, 'utf8') };
}

/** Runs the given scripts in order (see the top of the file); the shared part of full and incremental imports. */
export async function runScripts(
  driver: Driver,
  options: ImportOptions,
  scripts: readonly ScriptToRun[],
): Promise<ScriptCounts[]> {
  const log = options.log ?? (() => {});
  const results: ScriptCounts[] = [];
  const failures: ImportError[] = [];
  const validation: ScriptValidation = { projectRoot: options.projectRoot ?? PROJECT_ROOT };
  const batched = options.sending?.batched !== false && options.sending?.literalsAsParameters !== false;
  let pending: ScriptToRun[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const scripts = pending;
    pending = [];
    if (batched) {
      await runBatched(driver, options, scripts, validation, results, failures);
    } else {
      for (const script of scripts) {
        try {
          const counts = await runDataScript(
            driver,
            options.database,
            script.name,
            script.text,
            validation,
            options.sending,
          );
          log(formatCounts(counts));
          results.push(counts);
        } catch (error) {
          if (!(error instanceof ImportError) || error instanceof ImportInterruptedError) throw error;
          failures.push(error);
        }
      }
    }
  };
  for (const script of scripts) {
    if (script.kind === 'data') {
      pending.push(script);
      continue;
    }
    await flush();
    const counts = await runSchemaScript(driver, options.database, script.name, script.text);
    log(formatCounts(counts));
    results.push(counts);
  }
  await flush();
  // The API resolves names through these keys (src/db/name-keys.ts); the scripts stay plain Cypher.
  await ensureNameKeys(driver, options.database);
  if (failures.length > 0) throw new ScriptsFailedError(failures);
  return results;
}

/** A chunk broke a rule: rolled back, then halved (the message is only for the log of a single script). */
class ChunkViolatesModel extends Error {}

/** The next chunk: consecutive scripts from `from` of at most `size` statements (a longer script alone). */
function nextChunk(scripts: PreparedScript[], from: number, size: number): PreparedScript[] {
  const chunk: PreparedScript[] = [];
  let statements = 0;
  for (let i = from; i < scripts.length; i++) {
    const n = scripts[i]!.statements.length;
    if (chunk.length > 0 && statements + n > size) break;
    chunk.push(scripts[i]!);
    statements += n;
  }
  return chunk;
}

function chunkName(chunk: PreparedScript[]): string {
  return chunk.length === 1
    ? chunk[0]!.file
    : `${chunk[0]!.file} … ${chunk[chunk.length - 1]!.file} (${chunk.length} scripts)`;
}

async function runBatched(
  driver: Driver,
  options: ImportOptions,
  scripts: ScriptToRun[],
  validation: ScriptValidation,
  results: ScriptCounts[],
  failures: ImportError[],
): Promise<void> {
  const log = options.log ?? (() => {});
  const prepared: PreparedScript[] = [];
  for (const script of scripts) {
    try {
      prepared.push(prepareScript(script.name, script.text));
    } catch (error) {
      failures.push(new ImportError(script.name, null, null, `cannot split into statements: ${message(error)}`));
    }
  }
  const total = prepared.length;
  let done = 0;
  const attempt = async (chunk: PreparedScript[]): Promise<void> => {
    if (chunk.length === 1) {
      // One script: statement by statement, so that a failure names its statement.
      const only = chunk[0]!;
      try {
        const counts = await runDataScript(driver, options.database, only.file, only.text, validation, options.sending);
        results.push(counts);
        done += 1;
        log(formatCounts(counts));
      } catch (error) {
        // A script's own failure is collected and the others go on; an interruption ends the import.
        if (!(error instanceof ImportError) || error instanceof ImportInterruptedError) throw error;
        failures.push(error);
      }
      return;
    }
    // The scripts whose statements were running: named when the connection is lost.
    const inFlight = { scripts: [] as string[] };
    try {
      const counts = await runChunk(driver, options.database, chunk, validation.projectRoot, inFlight);
      results.push(counts);
      done += chunk.length;
      log(`${formatCounts(counts)}${total > chunk.length ? ` [${done}/${total}]` : ''}`);
    } catch (error) {
      if (!(error instanceof ChunkViolatesModel) && !isStatementFailure(error)) {
        // Not the scripts' fault (the database went away, a time limit): the import stops
        // here, naming what was running; the chunk's transaction was rolled back whole.
        const running = inFlight.scripts.length > 0 ? inFlight.scripts.join(', ') : chunkName(chunk);
        throw new ImportInterruptedError(running, null, null, message(error));
      }
      // Halve and retry: the good halves land, the bad script ends up alone and is named.
      const half = Math.ceil(chunk.length / 2);
      await attempt(chunk.slice(0, half));
      await attempt(chunk.slice(half));
    }
  };
  let size = CHUNK_STATEMENTS.first;
  for (let from = 0; from < prepared.length;) {
    const chunk = nextChunk(prepared, from, size);
    const started = performance.now();
    await attempt(chunk);
    const seconds = (performance.now() - started) / 1000;
    if (seconds < CHUNK_SECONDS.grow) size = Math.min(CHUNK_STATEMENTS.max, size * 2);
    else if (seconds > CHUNK_SECONDS.shrink) size = Math.max(CHUNK_STATEMENTS.min, Math.floor(size / 2));
    from += chunk.length;
  }
}

/** An error of what a statement did (as opposed to a lost connection, which is thrown on). */
function isStatementFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.');
}

/** One chunk in one write transaction, batch by batch, checked by the per-script rules before it commits. */
async function runChunk(
  driver: Driver,
  database: string,
  chunk: PreparedScript[],
  projectRoot: string,
  inFlight: { scripts: string[] } = { scripts: [] },
): Promise<ScriptCounts> {
  const batches = planBatches(chunk);
  const statements = chunk.reduce((n, s) => n + s.statements.length, 0);
  const scope = [...new Set(chunk.flatMap((s) => [...s.refers]))];
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      // Fresh counts per attempt: executeWrite may retry the whole function.
      const counts = emptyCounts(
        chunkName(chunk),
        'data',
        statements,
        chunk.map((s) => s.file),
      );
      // The per-script rules on what the chunk's scripts name (read through the id indexes),
      // before and after: the chunk is refused only for what it breaks itself.
      const before = new Set((await perScriptViolations(tx, projectRoot, scope)).map(violationKey));
      for (const batch of batches) {
        inFlight.scripts = [...new Set(batch.rows.map((r) => chunk[r.script]?.file ?? chunkName(chunk)))];
        // The batched form even for one row: its plan is the one the other chunks (and the
        // fresh import before an incremental one) already made.
        for (const result of await runBatch(tx, batch)) addCounters(counts, result);
      }
      await setNameKeysOf(tx, scope);
      const now = await perScriptViolations(tx, projectRoot, scope);
      if (now.some((v) => !before.has(violationKey(v)))) throw new ChunkViolatesModel();
      return counts;
    });
  } finally {
    await session.close();
  }
}

function fingerprintOf(options: ImportOptions): string {
  return importFingerprint(options.cypherDir, join(options.projectRoot ?? PROJECT_ROOT, 'data'));
}

/**
 * Records that the graph is exactly what the scripts and data of `options` import, without
 * importing: for a change made to graph and files alike (a withdrawal). Entries of scripts
 * whose text is unchanged are kept from the stored manifest.
 */
export async function recordImportState(driver: Driver, options: ImportOptions): Promise<void> {
  const before = await readImportManifest(driver, options.database);
  const scripts = listScripts(options.cypherDir).map(readScript);
  await writeImportState(driver, options.database, fingerprintOf(options), statementManifest(scripts, before));
}

export type ImportIfChangedResult =
  | { skipped: true; fingerprint: string }
  | { skipped: false; fingerprint: string; results: ScriptCounts[]; incremental: boolean };

/**
 * Imports only when the database does not already hold exactly the graph of these scripts
 * and data (the fingerprint a completed import stored), and then only what was added since
 * that import when nothing else changed (addedStatements). `npm run import -- --if-changed`
 * uses it; `npm run import` imports everything (and `npm start` runs that when the stored
 * fingerprint differs).
 */
export async function importIfChanged(driver: Driver, options: ImportOptions): Promise<ImportIfChangedResult> {
  const fingerprint = fingerprintOf(options);
  if ((await readImportState(driver, options.database)) === fingerprint) return { skipped: true, fingerprint };
  const before = await readImportManifest(driver, options.database);
  const scripts = listScripts(options.cypherDir).map(readScript);
  const added = before && addedStatements(scripts, before);
  if (!added) return { skipped: false, fingerprint, results: await runImport(driver, options), incremental: false };
  await clearImportState(driver, options.database);
  const results = await runScripts(driver, options, added);
  await writeImportState(driver, options.database, fingerprint, statementManifest(scripts, before));
  return { skipped: false, fingerprint, results, incremental: true };
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
