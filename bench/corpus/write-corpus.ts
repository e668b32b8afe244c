// Writes a generated corpus as a folder shaped like the project's own, which
// `npm run import -- --from <folder>` imports: data/articles/*.txt, data/reference/*.txt and
// data/corpus.json (what src/corpus/ reads), and cypher/ with the project's schema script,
// the generated documents script, the hubs' reference script and one facts script per
// article, each written by the drafter's Cypher writer as `draft:accept` would.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { CORPUS_FOLDERS, CORPUS_METADATA_FILE, loadCorpus } from '../../src/corpus/corpus.js';
import { renderDraftCypher } from '../../src/draft/cypher-writer.js';
import { slug } from '../../src/draft/names.js';
import type { Draft } from '../../src/draft/types.js';
import { DOCUMENTS_SCRIPT, renderDocumentsCypher } from '../../src/graph-import/documents-cypher.js';
import { CorpusGenerator, REFERENCE_ID } from './corpus-articles.js';

/** Bump when the generator writes different files for the same seed and size. */
const GENERATOR_VERSION = 'corpus-v1';
const MANIFEST = 'corpus-manifest.json';
const SCHEMA_SCRIPT = '00_schema.cypher';
export const REFERENCE_SCRIPT = `10_${REFERENCE_ID}.cypher`;

export interface CorpusManifest {
  generator: string;
  seed: string;
  articles: number;
  /** Ids of the articles, in order. */
  documents: string[];
}

export interface GeneratedCorpus {
  dir: string;
  manifest: CorpusManifest;
  reused: boolean;
  seconds: number;
}

/** `20_facts_<docId>_<first words of the title>.cypher`: file-name order is article order. */
export function articleScriptName(draft: Draft): string {
  return `20_facts_${draft.document.id}_${slug(draft.document.title).split('-').slice(0, 5).join('-')}.cypher`;
}

function writeDocument(dir: string, draft: Draft, kind: 'article' | 'reference'): void {
  const folder = join(dir, CORPUS_FOLDERS[kind]);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, draft.document.file), draft.document.text);
}

function writeMetadata(dir: string, drafts: Draft[]): void {
  const path = join(dir, CORPUS_METADATA_FILE);
  const metadata = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  for (const d of drafts)
    metadata[d.document.id] = { date: d.document.date, dateDerivation: d.document.dateDerivation };
  writeFileSync(path, `${JSON.stringify(metadata, null, 2)}\n`);
}

function writeDocumentsScript(dir: string): void {
  writeFileSync(join(dir, 'cypher', DOCUMENTS_SCRIPT), renderDocumentsCypher(loadCorpus(dir)));
}

/** Generates the corpus of `articles` articles into `dir`, or keeps the one already there. */
export function ensureCorpus(options: {
  articles: number;
  seed: string;
  dir: string;
  force?: boolean;
  log?: (line: string) => void;
}): GeneratedCorpus {
  const { articles, seed, dir } = options;
  const log = options.log ?? (() => {});
  const manifestPath = join(dir, MANIFEST);
  if (!options.force && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (manifest.generator === GENERATOR_VERSION && manifest.seed === seed && manifest.articles === articles) {
      log(`The ${articles}-article corpus (seed ${JSON.stringify(seed)}) is already in ${dir}.`);
      return { dir, manifest, reused: true, seconds: 0 };
    }
  }
  const started = performance.now();
  log(`Generating a corpus of ${articles} articles, seed ${JSON.stringify(seed)}…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'cypher'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  copyFileSync(join(PROJECT_ROOT, 'cypher', SCHEMA_SCRIPT), join(dir, 'cypher', SCHEMA_SCRIPT));

  const generator = new CorpusGenerator(seed);
  const reference = generator.reference().draft;
  writeDocument(dir, reference, 'reference');
  writeFileSync(join(dir, 'cypher', REFERENCE_SCRIPT), renderDraftCypher(reference));
  const drafts: Draft[] = [];
  for (let i = 0; i < articles; i++) {
    const { draft } = generator.next();
    writeDocument(dir, draft, 'article');
    writeFileSync(join(dir, 'cypher', articleScriptName(draft)), renderDraftCypher(draft));
    drafts.push(draft);
  }
  writeMetadata(dir, [reference, ...drafts]);
  writeDocumentsScript(dir);
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed,
    articles,
    documents: drafts.map((d) => d.document.id),
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  log(`  ${articles} articles and ${articles + 3} scripts in ${seconds.toFixed(1)} s → ${dir}`);
  return { dir, manifest, reused: false, seconds };
}

/**
 * Adds the next article of the seed (number `manifest.articles`) to a generated corpus, the
 * way `draft:accept` adds one: its text, its corpus.json entry, the regenerated documents
 * script and its facts script. Returns its id and script name.
 */
export function addNextArticle(dir: string): { docId: string; script: string } {
  const manifestPath = join(dir, MANIFEST);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
  const generator = new CorpusGenerator(manifest.seed);
  generator.reference();
  for (let i = 0; i < manifest.articles; i++) generator.next();
  const { draft } = generator.next();
  writeDocument(dir, draft, 'article');
  writeMetadata(dir, [draft]);
  writeDocumentsScript(dir);
  const script = articleScriptName(draft);
  writeFileSync(join(dir, 'cypher', script), renderDraftCypher(draft));
  const updated: CorpusManifest = {
    ...manifest,
    articles: manifest.articles + 1,
    documents: [...manifest.documents, draft.document.id],
  };
  writeFileSync(manifestPath, `${JSON.stringify(updated, null, 2)}\n`);
  return { docId: draft.document.id, script };
}
