// npm run bench:nlp [-- --restart] — the language server's costs: start and warm-up time (with
// --restart, which stops a running server first), resident memory, and the time of each seed
// article. Prints a table; docs/language-server.md holds a run's numbers.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { annotate } from '../../src/nlp/client.js';
import { ensureLanguageServer, stopLanguageServer } from '../../src/nlp/language-server.js';

const { nlp } = loadConfig();
const log = (line: string) => console.log(line);
if (process.argv.includes('--restart')) await stopLanguageServer(nlp, log);
const server = await ensureLanguageServer(nlp, log);

const rssMiB = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;
const articlesDir = join(PROJECT_ROOT, 'data', 'articles');
console.log(
  `\nannotators: ${nlp.annotators}; heap ${nlp.heapSize}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
);
if (!server.alreadyRunning)
  console.log(`start ${server.startSeconds!.toFixed(1)} s, warm-up request ${server.warmUpSeconds!.toFixed(1)} s`);
console.log(`RSS before the articles: ${rssMiB().toFixed(0)} MiB`);
console.log('| article | characters | sentences | seconds |\n|---|---:|---:|---:|');
for (const file of readdirSync(articlesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(articlesDir, file), 'utf8');
  const started = process.hrtime.bigint();
  const document = await annotate(text, nlp);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`| ${file} | ${text.length} | ${document.sentences.length} | ${seconds.toFixed(2)} |`);
}
console.log(`RSS after: ${rssMiB().toFixed(0)} MiB`);
