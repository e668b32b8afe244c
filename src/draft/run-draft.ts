// `npm run draft`: read and check the article, read the graph's names (READ), build the
// draft, validate it in a rolled-back transaction, then write the three files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config.js';
import { isAuthError } from '../db/driver.js';
import { annotate, isReady } from '../nlp/client.js';
import type { CoreNlpDocument } from '../nlp/corenlp-document.js';
import { LanguageServerError } from '../nlp/errors.js';
import { ensureLanguageServer } from '../nlp/language-server.js';
import { buildDraft, type LearnedOptions } from './build-draft.js';
import { FACT_RULES } from './rules/fact-rules.js';
import { renderDraftCypher } from './cypher-writer.js';
import { countEntities, readCandidates, type GraphEntity } from './graph-names.js';
import { DraftInputError, describeDocument, readArticleFile, type ArticleOptions } from './input.js';
import { renderReviewHtml } from './review-html.js';
import { validateInRollback } from './rollback-validate.js';
import type { Draft } from './types.js';

export interface RunDraftOptions extends ArticleOptions {
  projectRoot: string;
  outDir: string;
  driver: Driver;
  database: string;
  uri?: string;
  log?: (line: string) => void;
  /**
   * Read the article with the trained language model (CoreNLP): its parse gives each figure
   * its subject and year and feeds the dependency rules, its names add people. `true` starts
   * the language server if needed (what `npm run draft` does); `'if-running'` uses it only
   * when it already answers (the review workspace, which must not wait minutes for a start);
   * `false` or absent drafts from the surface rules alone.
   */
  languageModel?: boolean | 'if-running';
}

export interface DraftResult {
  draft: Draft;
  files: { json: string; cypher: string; html: string };
  millis: number;
}

/** The graph's candidates for the article's names, or a DraftInputError that says how to start the database. */
export async function graphNamesOrExplain(
  driver: Driver,
  database: string,
  text: string,
  uri = 'the configured Neo4j',
): Promise<GraphEntity[]> {
  try {
    if ((await countEntities(driver, database)) === 0) {
      throw new DraftInputError('The graph holds no entities to resolve names against. Run `npm run import` first.');
    }
    return await readCandidates(driver, database, text);
  } catch (error) {
    if (error instanceof DraftInputError) throw error;
    const reason = (error as Error).message.split('\n')[0];
    if (isAuthError(error)) {
      throw new DraftInputError(
        `Neo4j at ${uri} refused the login: ${reason}\nCheck NEO4J_USER / NEO4J_PASSWORD (environment or .env).`,
      );
    }
    throw new DraftInputError(
      `Cannot reach Neo4j at ${uri} (database '${database}'): ${reason}\nThe drafter resolves names against the graph: start the local server with \`npm run db:start\` (and \`npm run import\` if it is empty), or set NEO4J_URI to a running one.`,
    );
  }
}

/**
 * The language server, answering: fetched and started if it is not (with progress), else
 * nothing to do. A batch calls it first, so that a start shows its progress before the first
 * article's bar. When it cannot start, a DraftInputError says why and what to run.
 */
export async function startLanguageModel(log: (line: string) => void): Promise<void> {
  const settings = loadConfig().nlp;
  try {
    if (!(await isReady(settings))) await ensureLanguageServer(settings, log);
  } catch (error) {
    if (error instanceof LanguageServerError) throw new DraftInputError(withoutModelHint(error.message));
    throw error;
  }
}

const withoutModelHint = (message: string) =>
  `${message}\nOr draft from the surface rules alone, without the language model: add --no-language-model.`;

/**
 * The language model's reading of the article: the project's CoreNLP server, fetched and
 * started on first use (with progress) and left running for the next draft, like the local
 * Neo4j. When it cannot answer, a DraftInputError names the command that helps.
 */
export async function readWithLanguageModel(text: string, log: (line: string) => void): Promise<CoreNlpDocument> {
  const settings = loadConfig().nlp;
  try {
    await startLanguageModel(log);
    const started = performance.now();
    const doc = await annotate(text, settings);
    log(
      `The language model read ${doc.sentences.length} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    return doc;
  } catch (error) {
    if (error instanceof LanguageServerError) throw new DraftInputError(withoutModelHint(error.message));
    throw error;
  }
}

async function languageReading(
  text: string,
  mode: boolean | 'if-running',
  log: (line: string) => void,
): Promise<CoreNlpDocument | undefined> {
  if (mode === false) return undefined;
  if (mode === 'if-running' && !(await isReady(loadConfig().nlp))) {
    log('The language server is not running (`npm run nlp:start`): drafting from the surface rules alone.');
    return undefined;
  }
  return readWithLanguageModel(text, log);
}

/** Drafts one article in memory (no files): used by the CLI and the eval. */
export async function draftArticle(
  text: string,
  file: string,
  options: Omit<RunDraftOptions, 'outDir'> & {
    graph?: GraphEntity[];
    /** New entities of earlier drafts of the same batch, resolved against like the graph's. */
    batchEntities?: GraphEntity[];
    /** The language model's reading of `text`, when the caller already has it (a recorded fixture). */
    language?: CoreNlpDocument;
    /** The learned rule's options (build-draft.ts): the training command turns it off and reads its pairs. */
    learned?: LearnedOptions;
  },
): Promise<Draft> {
  const log = options.log ?? (() => {});
  const document = describeDocument(options.projectRoot, file, text, options);
  log(`Document id ${document.id}, title ${JSON.stringify(document.title)}, date ${document.date ?? 'none'}.`);
  const graph = options.graph ?? (await graphNamesOrExplain(options.driver, options.database, text, options.uri));
  log(`The name index offered ${graph.length} candidate entities for the article's names (read-only).`);
  const language = options.language ?? (await languageReading(text, options.languageModel ?? false, log));
  const draft = buildDraft(
    document,
    [...graph, ...(options.batchEntities ?? [])],
    language,
    FACT_RULES,
    options.learned,
  );
  draft.languageModel = language !== undefined;
  log(
    `Found ${draft.entities.length} entities (${draft.entities.filter((e) => e.existing).length} existing), ${draft.facts.length} facts, ${draft.indicators.length} figures${draft.withdrawn?.length ? `; ${draft.withdrawn.length} rule fact(s) withdrawn by the learned rule, listed for review` : ''}.`,
  );
  const script = renderDraftCypher(draft);
  log('Applying the draft in a transaction that is rolled back, with the validator’s rules…');
  draft.validation = await validateInRollback(options.driver, options.database, options.projectRoot, draft, script);
  return draft;
}

export async function runDraft(
  path: string,
  options: RunDraftOptions & { batchEntities?: GraphEntity[] },
): Promise<DraftResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  log(`Reading ${relative(process.cwd(), path) || path}…`);
  const text = readArticleFile(path);
  const draft = await draftArticle(text, path, options);
  const script = renderDraftCypher(draft);
  mkdirSync(options.outDir, { recursive: true });
  const base = join(options.outDir, draft.document.id);
  const files = { json: `${base}.json`, cypher: `${base}.cypher`, html: `${base}.html` };
  writeFileSync(files.json, `${JSON.stringify(draft, null, 2)}\n`);
  writeFileSync(files.cypher, script);
  writeFileSync(files.html, renderReviewHtml(draft));
  return { draft, files, millis: performance.now() - started };
}
