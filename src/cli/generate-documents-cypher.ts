// npm run corpus:generate            writes cypher/01_documents.cypher from the corpus
// npm run corpus:generate -- --check exits 1 if the file is not up to date (for CI)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { CorpusError, loadCorpus } from '../corpus/corpus.js';
import { DOCUMENTS_SCRIPT, renderDocumentsCypher } from '../graph-import/documents-cypher.js';

function main(): void {
  const check = process.argv.includes('--check');
  const docs = loadCorpus(PROJECT_ROOT);
  const target = join(PROJECT_ROOT, 'cypher', DOCUMENTS_SCRIPT);
  const rendered = renderDocumentsCypher(docs);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (check) {
    if (current !== rendered) {
      console.error(
        `cypher/${DOCUMENTS_SCRIPT} is out of date with data/. Run \`npm run corpus:generate\` and commit the result.`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`cypher/${DOCUMENTS_SCRIPT} is up to date (${docs.length} documents).`);
    return;
  }
  writeFileSync(target, rendered);
  const counts = docs.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.kind]: (acc[d.kind] ?? 0) + 1 }), {});
  console.log(
    `Wrote cypher/${DOCUMENTS_SCRIPT}: ${Object.entries(counts)
      .map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`)
      .join(', ')}.`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof CorpusError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
