// Applies a draft to the graph inside a transaction that is always rolled back, and runs
// the validator's rules in it: the person sees whether the script would import cleanly
// before anything is written, and the database never changes.
//
// The rules run over what the script names (its document, entities, Indicators and the
// facts between them), through the id indexes, before and after it is applied: a draft is
// refused for what it breaks, not for the rest of the graph, and the cost does not grow
// with the corpus (the whole-graph check and a copy of every article took seconds at a
// thousand articles).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { CORPUS_FOLDERS } from '../corpus/corpus.js';
import { cypherStringLiterals, splitCypherScript } from '../graph-import/cypher-script.js';
import { parameteriseLiterals } from '../graph-import/literal-parameters.js';
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

export async function validateInRollback(
  driver: Driver,
  database: string,
  projectRoot: string,
  draft: Draft,
  script: string,
): Promise<DraftValidation> {
  const root = corpusWithArticle(draft);
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
    const d = draft.document;
    await tx.run(
      `MERGE (d:Document {id: $id})
       SET d.kind = 'article', d.file = $file, d.title = $title, d.date = $date, d.dateDerivation = $derivation, d.text = $text`,
      { id: d.id, file: `${d.id}.txt`, title: d.title, date: d.date, derivation: d.dateDerivation, text: d.text },
    );
    for (const st of splitCypherScript(script)) {
      try {
        // Sent as the importer sends it, literals as parameters: a draft's statements share
        // a few dozen shapes, which a server plans once instead of once per statement.
        const { text, params } = parameteriseLiterals(st.text);
        await tx.run(text, params);
      } catch (error) {
        // The message about the statement as the script writes it, not about `$lit3`.
        const said = await messageAsWritten(driver, database, st.text, error);
        return {
          valid: false,
          violations: [
            {
              rule: 'script-error',
              ids: [],
              message: `Statement ${st.index} (line ${st.line}) fails: ${said.split('\n')[0]}`,
            },
          ],
        };
      }
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
