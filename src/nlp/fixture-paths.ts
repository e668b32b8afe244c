// Where `npm run nlp:fixtures` saves CoreNLP's reading of each article, for the drafter's unit
// tests to read without a JVM: the article's path, mirrored under CORENLP_FIXTURES_DIR.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';

/** Folders (relative to the repository) whose `*.txt` files, at any depth, get a fixture. */
const FIXTURE_ARTICLE_FOLDERS = ['data/articles', 'test/draft/fixtures', 'data/eval/articles'];

export const CORENLP_FIXTURES_DIR = 'test/draft/fixtures/corenlp';

/** data/eval/articles/tune/t1.txt → test/draft/fixtures/corenlp/data/eval/articles/tune/t1.json */
export function fixturePathFor(article: string): string {
  return join(CORENLP_FIXTURES_DIR, article.replace(/\.txt$/, '.json'));
}

function textFiles(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(join(PROJECT_ROOT, path)).isDirectory()) return path === CORENLP_FIXTURES_DIR ? [] : textFiles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

/** Every article that gets a fixture, as a path relative to the repository. */
export function fixtureArticles(): string[] {
  return FIXTURE_ARTICLE_FOLDERS.flatMap(textFiles);
}
