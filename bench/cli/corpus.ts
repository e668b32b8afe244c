// npm run bench:corpus -- --articles N [--seed S] [--out DIR] [--force]
// Writes a generated news corpus of N articles as a folder shaped like the project's
// (data/ and cypher/, the facts scripts in the form `draft:accept` writes), by default
// bench/data/corpus-N/. `npm run import -- --from <folder>` imports it.
import { ensureCorpus } from '../corpus/write-corpus.js';
import { DEFAULT_SEED, corpusDir } from '../paths.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  articles: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
});
const articles = Math.floor(numberOption(args.articles, 10, 'articles'));
const { dir } = ensureCorpus({
  articles,
  seed: args.seed ?? DEFAULT_SEED,
  dir: args.out ?? corpusDir(articles),
  force: args.force,
  log: console.log,
});
console.log(`Corpus: ${dir}\nImport it with: npm run import -- --from ${dir}`);
