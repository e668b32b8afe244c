// npm run nlp:fixtures [-- <article.txt>…] — CoreNLP's reading of every article the drafter's
// unit tests use (or only the ones named), saved as JSON under test/draft/fixtures/corenlp/ (the
// path mirrors the article's), so the unit lane reads real parser output without a JVM. Rerun
// after changing the annotators or CoreNLP's version; name a new fixture article to add just it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { annotate } from '../nlp/client.js';
import { declaredFieldsOnly } from '../nlp/corenlp-document.js';
import { CORENLP_FIXTURES_DIR, fixtureArticles, fixturePathFor } from '../nlp/fixture-paths.js';
import { ensureLanguageServer } from '../nlp/language-server.js';
import { exitWithError } from './fail.js';

async function main(): Promise<void> {
  const { nlp } = loadConfig();
  await ensureLanguageServer(nlp, (line) => console.log(line));
  const all = fixtureArticles();
  const named = process.argv.slice(2).map((a) => relative(PROJECT_ROOT, resolve(a)));
  const unknown = named.filter((a) => !all.includes(a));
  if (unknown.length > 0)
    throw new Error(
      `Not a fixture article (${all.length} are: data/articles, test/draft/fixtures, data/eval/articles): ${unknown.join(', ')}`,
    );
  const articles = named.length > 0 ? named : all;
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
