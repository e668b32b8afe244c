// The file side of withdrawing a document: after the database part, the project's files
// must not bring the document back on the next `npm run import`. So the document's text
// leaves data/articles/ (or data/reference/), its entry leaves data/corpus.json,
// cypher/01_documents.cypher is regenerated, its facts script is deleted, and the catalogue
// entries (cypher/1x_*.cypher) of the entities the withdrawal deleted are removed. Scripts
// are read through the statement splitter and string-literal reader, never with regexes
// over their text.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FOLDERS, CORPUS_METADATA_FILE, loadCorpus, type DocumentKind } from '../corpus/corpus.js';
import { MENTIONS } from '../model/graph-model.js';
import { cypherString } from './cypher-literal.js';
import { cypherStringLiterals, mergedNodeId, splitCypherScript } from './cypher-script.js';
import { DOCUMENTS_SCRIPT, renderDocumentsCypher } from './documents-cypher.js';

export interface WithdrawFilesPlan {
  docId: string;
  /** Corpus file of the document, relative to the project root, or null if there is none. */
  documentFile: string | null;
  /** Whether data/corpus.json has an entry for it. */
  corpusEntry: boolean;
  /** Scripts in cypher/ that cite the document: its facts script(s), deleted whole. */
  factsScripts: string[];
  /** Catalogue statements to remove: script name and the entity id each defines. */
  catalogueEntries: Array<{ script: string; id: string }>;
  /** Deleted entities another script still lists among its MENTIONS: taken off that list. */
  mentionEntries: Array<{ script: string; id: string }>;
}

export class WithdrawFilesError extends Error {
  override name = 'WithdrawFilesError';
}

/** Scripts the plan never deletes or edits by citation: schema and the generated documents. */
const isInfrastructure = (name: string) => name.startsWith('00_') || name === DOCUMENTS_SCRIPT;

function cypherScripts(cypherDir: string): string[] {
  return readdirSync(cypherDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
}

/** What the file step will change; throws if a script citing the document also cites others. */
export function planWithdrawFiles(projectRoot: string, docId: string, deletedEntityIds: string[]): WithdrawFilesPlan {
  const cypherDir = join(projectRoot, 'cypher');
  const docIds = new Set(loadCorpus(projectRoot).map((d) => d.id));
  let documentFile: string | null = null;
  for (const kind of ['article', 'reference'] as DocumentKind[]) {
    const file = join(CORPUS_FOLDERS[kind], `${docId}.txt`);
    if (existsSync(join(projectRoot, file))) documentFile = file;
  }
  const corpus = JSON.parse(readFileSync(join(projectRoot, CORPUS_METADATA_FILE), 'utf8')) as Record<string, unknown>;

  const factsScripts: string[] = [];
  const catalogueEntries: WithdrawFilesPlan['catalogueEntries'] = [];
  const mentionEntries: WithdrawFilesPlan['mentionEntries'] = [];
  const deleted = new Set(deletedEntityIds);
  for (const script of cypherScripts(cypherDir)) {
    if (isInfrastructure(script)) continue;
    const text = readFileSync(join(cypherDir, script), 'utf8');
    // Most scripts name neither the document nor a deleted entity: a substring test skips
    // them without lexing (a thousand articles' scripts are read on every withdrawal).
    if (!text.includes(docId) && !deletedEntityIds.some((id) => text.includes(id))) continue;
    const cited = new Set(cypherStringLiterals(text).filter((s) => docIds.has(s)));
    if (cited.has(docId)) {
      const others = [...cited].filter((d) => d !== docId);
      if (others.length > 0) {
        throw new WithdrawFilesError(
          `cypher/${script} cites ${docId} and also ${others.join(', ')}; an article script must cite only its own article. Split it before withdrawing.`,
        );
      }
      factsScripts.push(script);
      continue;
    }
    for (const st of splitCypherScript(text)) {
      const id = mergedNodeId(st.text);
      if (id && deleted.has(id)) catalogueEntries.push({ script, id });
      else if (isMentionsStatement(st.text)) {
        for (const named of cypherStringLiterals(st.text)) {
          if (deleted.has(named)) mentionEntries.push({ script, id: named });
        }
      }
    }
  }
  return { docId, documentFile, corpusEntry: docId in corpus, factsScripts, catalogueEntries, mentionEntries };
}

const isMentionsStatement = (statement: string) => statement.includes(`[:${MENTIONS}]`);

/** Applies a plan: deletes and rewrites files under `projectRoot`. */
export function applyWithdrawFiles(projectRoot: string, plan: WithdrawFilesPlan): void {
  const cypherDir = join(projectRoot, 'cypher');
  if (plan.documentFile) rmSync(join(projectRoot, plan.documentFile));
  if (plan.corpusEntry) {
    const path = join(projectRoot, CORPUS_METADATA_FILE);
    const corpus = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    delete corpus[plan.docId];
    writeFileSync(path, `${JSON.stringify(corpus, null, 2)}\n`);
  }
  writeFileSync(join(cypherDir, DOCUMENTS_SCRIPT), renderDocumentsCypher(loadCorpus(projectRoot)));
  for (const script of plan.factsScripts) rmSync(join(cypherDir, script));

  const byScript = new Map<string, Set<string>>();
  for (const { script, id } of plan.catalogueEntries) {
    byScript.set(script, (byScript.get(script) ?? new Set()).add(id));
  }
  for (const [script, ids] of byScript) {
    const path = join(cypherDir, script);
    const text = readFileSync(path, 'utf8');
    // Cut each defining statement with its `;` and the line break after it, back to front
    // so earlier offsets stay valid.
    const cuts = splitCypherScript(text)
      .filter((st) => ids.has(mergedNodeId(st.text) ?? ''))
      .reverse();
    let out = text;
    for (const st of cuts) {
      let end = st.end;
      while (out[end] === '\n' && end < st.end + 2) end += 1;
      out = out.slice(0, st.start) + out.slice(end);
    }
    writeFileSync(path, out);
  }

  for (const { script, id } of plan.mentionEntries) {
    const path = join(cypherDir, script);
    const text = readFileSync(path, 'utf8');
    const st = splitCypherScript(text).find(
      (s) => isMentionsStatement(s.text) && cypherStringLiterals(s.text).includes(id),
    );
    if (!st) continue;
    const statement = text.slice(st.start, st.end);
    // The id as the script writes it, with the separator after it (or before it, if last).
    const literal = cypherString(id);
    const edited = statement.includes(`${literal}, `)
      ? statement.replace(`${literal}, `, '')
      : statement.replace(new RegExp(`,\\s*${literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), '');
    writeFileSync(path, text.slice(0, st.start) + edited + text.slice(st.end));
  }
}
