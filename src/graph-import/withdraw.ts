// Withdraws one document from the graph: its Document node (and so its MENTIONS), its
// (source, quote) pairs on every fact and Indicator, every fact and Indicator left with no
// pair, and every entity left with no fact. All of it in ONE write transaction that the
// validator checks before it commits: a withdrawal that would leave the graph breaking the
// model (say, an entity still holding a fact of another article that never mentions it)
// rolls back and changes nothing.
//
// The project's files are a separate step (withdraw-files.ts), so the database part can be
// used alone: on a scratch database for leave-one-out evaluation, or in tests.
import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.js';
import { MENTIONS } from '../model/graph-model.js';
import { withdrawAliases } from './withdraw-aliases.js';
import { formatViolation, readInTransaction, validateWith, type Violation } from '../validate/validate-graph.js';

export interface WithdrawSummary {
  docId: string;
  /** (source, quote) pairs citing the document, removed from facts and Indicators. */
  pairsRemoved: number;
  /** Facts (relationships other than MENTIONS) deleted because no pair was left. */
  relationshipsDeleted: number;
  /** Indicators deleted because no pair was left. */
  indicatorsDeleted: string[];
  /** MENTIONS of the document, gone with it. */
  mentionsDeleted: number;
  /** Entities deleted because no fact was left about them. */
  entitiesDeleted: string[];
  /** Facts and Indicators that keep pairs of other documents. */
  factsKept: number;
  /** Aliases of entities that stay which only this document's script stated (a new spelling, a reviewer's "same as"). */
  aliasesRemoved: number;
}

export class UnknownDocumentError extends Error {
  override name = 'UnknownDocumentError';
  constructor(readonly docId: string) {
    super(`There is no Document with id ${JSON.stringify(docId)} in the graph, so nothing was withdrawn.`);
  }
}

export class WithdrawBreaksModelError extends Error {
  override name = 'WithdrawBreaksModelError';
  constructor(
    readonly docId: string,
    readonly violations: Violation[],
  ) {
    super(
      `Withdrawing ${docId} would leave a graph that breaks ${violations.length} rule${violations.length === 1 ? '' : 's'} of the model, so nothing was changed:\n` +
        violations
          .slice(0, 20)
          .map((v) => `  ${formatViolation(v)}`)
          .join('\n'),
    );
  }
}

export interface WithdrawOptions {
  /** Where the corpus files live, for the validator; the project by default. */
  projectRoot?: string;
  /** Compute the summary, then roll back: what `withdraw` without `--yes` shows. */
  dryRun?: boolean;
  /**
   * Called with the summary once the withdrawal is validated, before it commits: throwing
   * rolls it back (the file step plans its changes here, so it refuses before anything
   * changes, in the same transaction instead of a rehearsal).
   */
  beforeCommit?: (summary: WithdrawSummary) => void;
}

type Tx = Transaction | ManagedTransaction;

async function one<T>(tx: Tx, cypher: string, params: Record<string, unknown>): Promise<T> {
  const { records } = await tx.run(cypher, params);
  return (records[0]?.toObject() ?? {}) as T;
}

/**
 * The withdrawal itself, inside the caller's transaction. `scope` (withdrawalScope) holds
 * the entities the document names or whose facts it states: the only ones that can be left
 * without a fact by this withdrawal.
 */
async function withdrawIn(
  tx: Tx,
  docId: string,
  projectRoot: string,
  scope: readonly string[],
): Promise<WithdrawSummary> {
  const found = await one<{ n: number }>(tx, 'MATCH (d:Document {id: $docId}) RETURN count(d) AS n', { docId });
  if (found.n === 0) throw new UnknownDocumentError(docId);

  // Remove the document's pairs from facts; delete facts that have none left.
  const facts = await one<{ pairs: number; deleted: number; kept: number }>(
    tx,
    `MATCH ()-[r]->() WHERE $docId IN r.sources
     WITH r, [k IN range(0, size(r.sources) - 1) WHERE r.sources[k] <> $docId] AS keep
     WITH r, keep, size(r.sources) - size(keep) AS removed
     SET r.sources = [k IN keep | r.sources[k]], r.evidence = [k IN keep | r.evidence[k]]
     WITH r, removed, size(keep) = 0 AS empty
     CALL (r, empty) { WITH r, empty WHERE empty DELETE r }
     RETURN sum(removed) AS pairs, sum(CASE WHEN empty THEN 1 ELSE 0 END) AS deleted,
            sum(CASE WHEN empty THEN 0 ELSE 1 END) AS kept`,
    { docId },
  );
  const indicators = await one<{ pairs: number; deleted: string[]; kept: number }>(
    tx,
    `MATCH (i:Indicator) WHERE $docId IN i.sources
     WITH i, [k IN range(0, size(i.sources) - 1) WHERE i.sources[k] <> $docId] AS keep
     WITH i, keep, size(i.sources) - size(keep) AS removed
     SET i.sources = [k IN keep | i.sources[k]], i.evidence = [k IN keep | i.evidence[k]]
     WITH i, removed, size(keep) = 0 AS empty, i.id AS id
     CALL (i, empty) { WITH i, empty WHERE empty DETACH DELETE i }
     RETURN sum(removed) AS pairs, [x IN collect(CASE WHEN empty THEN id END) WHERE x IS NOT NULL] AS deleted,
            sum(CASE WHEN empty THEN 0 ELSE 1 END) AS kept`,
    { docId },
  );
  const aliasesRemoved = await withdrawAliases(tx, docId, projectRoot);
  const mentions = await one<{ n: number }>(
    tx,
    `MATCH (d:Document {id: $docId})
     WITH d, COUNT { (d)-[:${MENTIONS}]->() } AS n
     DETACH DELETE d
     RETURN n`,
    { docId },
  );
  const entities = await one<{ ids: string[] }>(
    tx,
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT EXISTS { (e)-[r]-() WHERE type(r) <> $mentions }
     WITH DISTINCT e, e.id AS id
     DETACH DELETE e
     RETURN collect(id) AS ids`,
    { ids: scope, mentions: MENTIONS },
  );
  return {
    docId,
    pairsRemoved: (facts.pairs ?? 0) + (indicators.pairs ?? 0),
    relationshipsDeleted: facts.deleted ?? 0,
    indicatorsDeleted: [...(indicators.deleted ?? [])].sort(),
    mentionsDeleted: mentions.n ?? 0,
    entitiesDeleted: [...(entities.ids ?? [])].sort(),
    factsKept: (facts.kept ?? 0) + (indicators.kept ?? 0),
    aliasesRemoved,
  };
}

/** The document, what it mentions, and every node a fact or Indicator citing it touches. */
async function withdrawalScope(tx: Tx, docId: string): Promise<string[]> {
  const { ids } = await one<{ ids: string[] }>(
    tx,
    `OPTIONAL MATCH (:Document {id: $docId})-[:${MENTIONS}]->(m)
     WITH collect(m.id) AS mentioned
     OPTIONAL MATCH (a)-[r]->(b) WHERE $docId IN r.sources
     WITH mentioned, collect(a.id) + collect(b.id) AS ends
     OPTIONAL MATCH (i:Indicator) WHERE $docId IN i.sources
     WITH mentioned, ends, collect(i.id) AS indicators
     RETURN mentioned + ends + indicators AS ids`,
    { docId },
  );
  return [...new Set([docId, ...(ids ?? []).filter((id): id is string => typeof id === 'string')])];
}

const violationKey = (v: Violation) => `${v.rule}|${v.ids.join('|')}|${v.message}`;

/**
 * Removes a document and everything only it supports, in one transaction validated before
 * commit. Violations the graph already had do not block it; new ones do, except the one the
 * file step settles: the document's own corpus file without a Document node.
 */
export async function withdrawDocument(
  driver: Driver,
  database: string,
  docId: string,
  options: WithdrawOptions = {},
): Promise<WithdrawSummary> {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  try {
    const read = readInTransaction(tx);
    // Only what the document names or cites can change: the rules are checked there, through
    // the id indexes, not over the whole graph.
    const scope = await withdrawalScope(tx, docId);
    const before = new Set((await validateWith(read, { projectRoot, scope })).map(violationKey));
    const summary = await withdrawIn(tx, docId, projectRoot, scope);
    const added = (await validateWith(read, { projectRoot, scope })).filter(
      (v) => !before.has(violationKey(v)) && !(v.rule === 'document-text' && v.ids.includes(docId)),
    );
    if (added.length > 0) throw new WithdrawBreaksModelError(docId, added);
    options.beforeCommit?.(summary);
    if (options.dryRun) await tx.rollback();
    else await tx.commit();
    return summary;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}
