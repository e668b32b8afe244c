// Applies a draft to the graph inside a transaction that is always rolled back, and runs
// the validator's rules in it: the person sees whether the script would import cleanly
// before anything is written, and the database never changes.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { CORPUS_FOLDERS } from '../corpus/corpus.js';
import { splitCypherScript } from '../graph-import/cypher-script.js';
import { readInTransaction, validateWith } from '../validate/validate-graph.js';
import type { Draft, DraftValidation } from './types.js';

/** The corpus as it would be after accepting: a temporary copy with the new article added. */
function corpusWithArticle(projectRoot: string, draft: Draft, omit: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), 'draft-corpus-'));
  for (const folder of Object.values(CORPUS_FOLDERS)) {
    mkdirSync(join(root, folder), { recursive: true });
    cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  }
  if (omit) rmSync(join(root, CORPUS_FOLDERS.article, `${omit}.txt`), { force: true });
  writeFileSync(join(root, CORPUS_FOLDERS.article, `${draft.document.id}.txt`), draft.document.text);
  return root;
}

export async function validateInRollback(
  driver: Driver,
  database: string,
  projectRoot: string,
  draft: Draft,
  script: string,
  /** A corpus article withdrawn from the graph (leave-one-out eval): left out of the copy. */
  omitArticle?: string,
): Promise<DraftValidation> {
  const root = corpusWithArticle(projectRoot, draft, omitArticle);
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  try {
    const d = draft.document;
    await tx.run(
      `MERGE (d:Document {id: $id})
       SET d.kind = 'article', d.file = $file, d.title = $title, d.date = $date, d.dateDerivation = $derivation, d.text = $text`,
      { id: d.id, file: `${d.id}.txt`, title: d.title, date: d.date, derivation: d.dateDerivation, text: d.text },
    );
    for (const st of splitCypherScript(script)) {
      try {
        await tx.run(st.text);
      } catch (error) {
        return {
          valid: false,
          violations: [
            {
              rule: 'script-error',
              ids: [],
              message: `Statement ${st.index} (line ${st.line}) fails: ${(error as Error).message.split('\n')[0]}`,
            },
          ],
        };
      }
    }
    const violations = await validateWith(readInTransaction(tx as unknown as ManagedTransaction), {
      projectRoot: root,
    });
    return { valid: violations.length === 0, violations };
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
    rmSync(root, { recursive: true, force: true });
  }
}
