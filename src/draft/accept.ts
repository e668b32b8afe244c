// `npm run draft:accept -- <docId>`: the reviewed draft becomes part of the project. The
// article goes into data/articles/ and data/corpus.json, cypher/01_documents.cypher is
// regenerated, the script goes into cypher/ under the next free number, then the two
// scripts are imported and the whole graph validated. Anything failing puts every file
// back as it was and removes what the import added.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CORPUS_FOLDERS, CORPUS_METADATA_FILE, loadCorpus } from '../corpus/corpus.js';
import { DOCUMENTS_SCRIPT, renderDocumentsCypher } from '../graph-import/documents-cypher.js';
import { ensureNameKeys } from '../db/name-keys.js';
import { ImportError, runDataScript } from '../graph-import/run-import.js';
import { formatViolation, validateGraph } from '../validate/validate-graph.js';
import { UnknownDocumentError, withdrawDocument } from '../graph-import/withdraw.js';
import { slug } from './names.js';
import { validateInRollback } from './rollback-validate.js';
import type { Draft } from './types.js';
import { applyReviewFile } from '../review/reviewed-draft.js';

export class AcceptError extends Error {
  override name = 'AcceptError';
}

export interface AcceptOptions {
  /** Repository root whose data/ and cypher/ are changed (injectable so tests work on a copy). */
  projectRoot: string;
  draftsDir: string;
  driver: Driver;
  database: string;
  log?: (line: string) => void;
}

export interface AcceptResult {
  articleFile: string;
  scriptFile: string;
}

/** `2N_facts_<docId>_<slug>.cypher` with the next free number in 20..89 (9x are post-import scripts). */
export function nextScriptName(cypherDir: string, docId: string, title: string): string {
  const used = readdirSync(cypherDir)
    .map((f) => /^(\d\d)_/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .filter((n) => n >= 20 && n < 90);
  const next = used.length === 0 ? 20 : Math.max(...used) + 1;
  if (next >= 90)
    throw new AcceptError('No free script number below 90 in cypher/; renumber the article scripts first.');
  return `${next}_facts_${docId}_${slug(title).split('-').slice(0, 5).join('-')}.cypher`;
}

function readDraft(draftsDir: string, docId: string): { draft: Draft; script: string } {
  if (!/^\d{3}_[0-9a-f]{16}$/.test(docId)) {
    throw new AcceptError(`"${docId}" is not a document id (NNN_ and 16 hex digits, as \`npm run draft\` printed it).`);
  }
  const json = join(draftsDir, `${docId}.json`);
  const cypher = join(draftsDir, `${docId}.cypher`);
  for (const f of [json, cypher]) {
    if (!existsSync(f)) throw new AcceptError(`No draft file ${f}. Run \`npm run draft -- <article.txt>\` first.`);
  }
  let draft: Draft;
  try {
    draft = JSON.parse(readFileSync(json, 'utf8')) as Draft;
  } catch (error) {
    throw new AcceptError(`${json} is not valid JSON (${(error as Error).message}). Draft the article again.`);
  }
  if (draft.document?.id !== docId || typeof draft.document.text !== 'string') {
    throw new AcceptError(`${json} does not hold the draft of ${docId}. Draft the article again.`);
  }
  return { draft, script: readFileSync(cypher, 'utf8') };
}

export async function acceptDraft(docId: string, o: AcceptOptions): Promise<AcceptResult> {
  const log = o.log ?? (() => {});
  let { draft, script } = readDraft(o.draftsDir, docId);
  // A draft reviewed in the browser: its decisions, applied and written by the same writer.
  const reviewed = await applyReviewFile(o.draftsDir, draft, o.driver, o.database);
  if (reviewed) {
    ({ draft, script } = reviewed);
    log(`Applied the review decisions of ${docId}.review.json; the script is written from them.`);
  }
  const root = o.projectRoot;
  const articleFile = join(root, CORPUS_FOLDERS.article, `${docId}.txt`);
  if (existsSync(articleFile))
    throw new AcceptError(`${docId} is already in the corpus (${CORPUS_FOLDERS.article}/${docId}.txt).`);

  log('Checking the (possibly edited) script in a rolled-back transaction…');
  const check = await validateInRollback(o.driver, o.database, root, draft, script);
  if (!check.valid) {
    throw new AcceptError(
      `The script would break the model; nothing was changed:\n${check.violations.map((v) => `  [${v.rule}] ${v.message}`).join('\n')}\nFix drafts/${docId}.cypher and accept again.`,
    );
  }

  const cypherDir = join(root, 'cypher');
  const scriptName = nextScriptName(cypherDir, docId, draft.document.title);
  const scriptFile = join(cypherDir, scriptName);
  const metadataFile = join(root, CORPUS_METADATA_FILE);
  const documentsFile = join(cypherDir, DOCUMENTS_SCRIPT);
  const before = { metadata: readFileSync(metadataFile, 'utf8'), documents: readFileSync(documentsFile, 'utf8') };
  const restore = () => {
    writeFileSync(metadataFile, before.metadata);
    writeFileSync(documentsFile, before.documents);
    rmSync(articleFile, { force: true });
    rmSync(scriptFile, { force: true });
  };

  let imported = false;
  try {
    writeFileSync(articleFile, draft.document.text);
    const metadata = JSON.parse(before.metadata) as Record<string, unknown>;
    metadata[docId] = { date: draft.document.date, dateDerivation: draft.document.dateDerivation };
    writeFileSync(metadataFile, `${JSON.stringify(metadata, null, 2)}\n`);
    const documents = renderDocumentsCypher(loadCorpus(root));
    writeFileSync(documentsFile, documents);
    writeFileSync(scriptFile, script);
    log(
      `Wrote ${CORPUS_FOLDERS.article}/${docId}.txt, ${CORPUS_METADATA_FILE}, cypher/${DOCUMENTS_SCRIPT}, cypher/${scriptName}.`,
    );

    const validation = { projectRoot: root };
    imported = true;
    await runDataScript(o.driver, o.database, DOCUMENTS_SCRIPT, documents, validation);
    await runDataScript(o.driver, o.database, scriptName, script, validation);
    // The API resolves names through the entities' stored name keys: the new ones need theirs.
    await ensureNameKeys(o.driver, o.database);
    log(`Imported cypher/${DOCUMENTS_SCRIPT} and cypher/${scriptName}.`);
    const violations = await validateGraph(o.driver, { database: o.database, projectRoot: root });
    if (violations.length > 0) {
      throw new AcceptError(
        `Validation after the import failed:\n${violations.map((v) => `  ${formatViolation(v)}`).join('\n')}`,
      );
    }
    log('Validation: the graph satisfies the model and every quote is verbatim in its document.');
    return { articleFile, scriptFile };
  } catch (error) {
    restore();
    if (imported) await removeFromGraph(o.driver, o.database, docId, root);
    if (error instanceof AcceptError) throw error;
    if (error instanceof ImportError) throw new AcceptError(`Import failed, nothing kept: ${error.message}`);
    throw error;
  }
}

/** Takes an accepted-then-failed article out of the graph again, with everything only it supports. */
export async function removeFromGraph(
  driver: Driver,
  database: string,
  docId: string,
  projectRoot: string,
): Promise<void> {
  try {
    await withdrawDocument(driver, database, docId, { projectRoot });
  } catch (error) {
    if (error instanceof UnknownDocumentError) return;
    throw error;
  }
}
