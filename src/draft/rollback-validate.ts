// Applies a draft to the graph inside a transaction that is always rolled back, and runs
// the validator's rules in it: the person sees whether the script would import cleanly
// before anything is written, and the database never changes.
//
// The rules run over what the script names (its document, entities, Indicators and the
// facts between them), through the id indexes, before and after it is applied: a draft is
// refused for what it breaks, not for the rest of the graph, and the cost does not grow
// with the corpus (the whole-graph check and a copy of every article took seconds at a
// thousand articles). The statements run in the importer's batched form, so a server that
// has imported accepted articles has already planned them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { CORPUS_FOLDERS } from '../corpus/corpus.js';
import { planBatches, prepareScript, runBatch, type PreparedScript } from '../graph-import/batch-plan.js';
import { cypherStringLiterals } from '../graph-import/cypher-script.js';
import { DOCUMENTS_SCRIPT, renderDocumentsCypher } from '../graph-import/documents-cypher.js';
import { messageAsWritten } from '../graph-import/run-import.js';
import { readInTransaction, validateWith, type Violation } from '../validate/validate-graph.js';
import type { Draft, DraftValidation } from './types.js';

/**
 * The new article's file as accepting would write it, in a temporary corpus: the scoped
 * rules read the files of the documents in scope only, and the new one is the only one.
 */
function corpusWithArticle(draft: Draft): string {
  const root = mkdtempSync(join(tmpdir(), 'draft-corpus-'));
  for (const folder of Object.values(CORPUS_FOLDERS)) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, CORPUS_FOLDERS.article, `${draft.document.id}.txt`), draft.document.text);
  return root;
}

const violationKey = (v: Violation) => `${v.rule}|${v.ids.join('|')}|${v.message}`;

/** The draft as the importer would run it: its document's statement as `01_documents.cypher` states it, then its script. */
function draftScripts(draft: Draft, script: string): PreparedScript[] {
  const d = draft.document;
  const documents = renderDocumentsCypher([
    {
      id: d.id,
      kind: 'article',
      file: `${d.id}.txt`,
      title: d.title,
      date: d.date,
      dateDerivation: d.dateDerivation,
      text: d.text,
    },
  ]);
  return [prepareScript(DOCUMENTS_SCRIPT, documents), prepareScript(`${d.id}.cypher`, script)];
}

/**
 * Applies the draft in the importer's batched form (batch-plan.ts): the same few query shapes
 * an import of accepted articles has already planned, so a draft on a server that has
 * imported is not planned statement by statement.
 */
async function applyBatched(tx: Transaction, scripts: PreparedScript[]): Promise<void> {
  for (const batch of planBatches(scripts)) await runBatch(tx, batch);
}

/**
 * After the batched form failed: the statements one by one in another rolled-back
 * transaction, to name the one that fails, in the script's own numbering.
 */
async function failingStatement(
  driver: Driver,
  database: string,
  scripts: PreparedScript[],
  batchError: unknown,
): Promise<DraftValidation> {
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  try {
    for (const [i, prepared] of scripts.entries()) {
      for (const { statement, shape, params } of prepared.statements) {
        try {
          await tx.run(shape, params);
        } catch (error) {
          // The message about the statement as the script writes it, not about `$lit3`.
          const said = await messageAsWritten(driver, database, statement.text, error);
          const where = i === 0 ? `The document's statement` : `Statement ${statement.index} (line ${statement.line})`;
          return {
            valid: false,
            violations: [{ rule: 'script-error', ids: [], message: `${where} fails: ${said.split('\n')[0]}` }],
          };
        }
      }
    }
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
  }
  // Every statement ran alone: what failed was the batch as a whole (say, a time limit).
  return {
    valid: false,
    violations: [
      {
        rule: 'script-error',
        ids: [],
        message: `The script fails: ${String((batchError as Error)?.message ?? batchError).split('\n')[0]}`,
      },
    ],
  };
}

export async function validateInRollback(
  driver: Driver,
  database: string,
  projectRoot: string,
  draft: Draft,
  script: string,
): Promise<DraftValidation> {
  const root = corpusWithArticle(draft);
  const scripts = draftScripts(draft, script);
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  const read = readInTransaction(tx as unknown as ManagedTransaction);
  // Everything the script can touch: the draft's ids, and every string it states (an id a
  // reviewer's "same as" chose is one; names and quotes match no id and cost nothing).
  const scope = [
    ...new Set([
      draft.document.id,
      ...draft.entities.map((e) => e.id),
      ...draft.indicators.map((i) => i.id),
      ...cypherStringLiterals(script),
    ]),
  ];
  try {
    // What the graph already broke there (for leave-one-out: the withdrawn article's file
    // without its Document) is not the draft's doing.
    const before = new Set((await validateWith(read, { projectRoot, scope })).map(violationKey));
    try {
      await applyBatched(tx, scripts);
    } catch (error) {
      await tx.rollback().catch(() => {});
      return await failingStatement(driver, database, scripts, error);
    }
    const violations = (await validateWith(read, { projectRoot: root, scope })).filter(
      (v) => !before.has(violationKey(v)),
    );
    return { valid: violations.length === 0, violations };
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
    rmSync(root, { recursive: true, force: true });
  }
}
