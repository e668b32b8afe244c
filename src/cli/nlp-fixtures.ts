// npm run nlp:fixtures — CoreNLP's reading of every article the drafter's unit tests use, saved
// as JSON under test/draft/fixtures/corenlp/ (the path mirrors the article's), so the unit lane
// reads real parser output without a JVM. Rerun after changing the annotators or CoreNLP's version.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { annotate } from '../nlp/client.js';
import { declaredFieldsOnly } from '../nlp/corenlp-document.js';
import { ensureLanguageServer } from '../nlp/language-server.js';
import { exitWithError } from './fail.js';

/** Folders whose `*.txt` files (at any depth) get a fixture. */
const ARTICLE_FOLDERS = ['data/articles', 'test/draft/fixtures', 'data/eval/articles'];
export const CORENLP_FIXTURES_DIR = 'test/draft/fixtures/corenlp';

function textFiles(folder: string): string[] {
  const absolute = join(PROJECT_ROOT, folder);
  return readdirSync(absolute)
    .sort()
    .flatMap((name) => {
      const path = join(absolute, name);
      if (statSync(path).isDirectory()) return name === 'corenlp' ? [] : textFiles(join(folder, name));
      return name.endsWith('.txt') ? [join(folder, name)] : [];
    });
}

/** data/eval/articles/tune/t1.txt → test/draft/fixtures/corenlp/data/eval/articles/tune/t1.json */
export function fixturePathFor(article: string): string {
  return join(CORENLP_FIXTURES_DIR, article.replace(/\.txt$/, '.json'));
}

async function main(): Promise<void> {
  const { nlp } = loadConfig();
  await ensureLanguageServer(nlp, (line) => console.log(line));
  const articles = ARTICLE_FOLDERS.flatMap(textFiles);
  const written: string[] = [];
  for (const article of articles) {
    const started = Date.now();
    const document = declaredFieldsOnly(await annotate(readFileSync(join(PROJECT_ROOT, article), 'utf8'), nlp));
    const target = join(PROJECT_ROOT, fixturePathFor(article));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    written.push(target);
    console.log(
      `  ${article}: ${document.sentences.length} sentences, ${((Date.now() - started) / 1000).toFixed(1)} s → ${relative(PROJECT_ROOT, target)}`,
    );
  }
  // Lint runs `prettier --check .`: write what prettier would.
  const prettier = spawnSync('npx', ['prettier', '--write', '--log-level', 'warn', ...written], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (prettier.status !== 0) throw new Error(`prettier exited with ${prettier.status}`);
  console.log(`${written.length} fixtures in ${CORENLP_FIXTURES_DIR}.`);
}

await main().catch(exitWithError);
