// npm run nlp:start | nlp:stop | nlp:status | nlp:fetch — the language server (Stanford CoreNLP on loopback).
import { loadConfig } from '../config.js';
import { isReady } from '../nlp/client.js';
import { CORENLP_VERSION, coreNlpPresent, ensureCoreNlp } from '../nlp/distribution.js';
import {
  ensureLanguageServer,
  languageServerLogTail,
  runningLanguageServerPid,
  stopLanguageServer,
} from '../nlp/language-server.js';
import { languageServerPaths, serverUrl } from '../nlp/server-paths.js';
import { exitWithError } from './fail.js';

const log = (line: string) => console.log(line);

async function start(): Promise<void> {
  const { nlp } = loadConfig();
  const server = await ensureLanguageServer(nlp, log);
  console.log(
    `Language server (Stanford CoreNLP ${CORENLP_VERSION}) ${server.alreadyRunning ? 'is already running' : 'is running'} on ${server.url} (pid ${server.pid}), loopback only.`,
  );
  console.log(`  Annotators: ${nlp.annotators}`);
  console.log(`  It keeps running for later drafts; \`npm run nlp:stop\` stops it.`);
}

async function stop(): Promise<void> {
  const { nlp } = loadConfig();
  const stopped = await stopLanguageServer(nlp, log);
  console.log(
    stopped
      ? 'Language server stopped; no server process is left.'
      : `The language server is not running (${nlp.dir}).`,
  );
}

async function status(): Promise<void> {
  const { nlp } = loadConfig();
  const pid = runningLanguageServerPid(nlp);
  console.log(`Language server (Stanford CoreNLP ${CORENLP_VERSION}) in ${nlp.dir}`);
  console.log(
    `  CoreNLP jars: ${coreNlpPresent(nlp) ? "in Maven's local repository" : 'not fetched yet (`npm run nlp:start` fetches them)'}`,
  );
  if (pid === null) {
    console.log('  not running — start it with `npm run nlp:start`');
    process.exitCode = 3;
    return;
  }
  const ready = await isReady(nlp);
  console.log(`  running, pid ${pid}, heap ${nlp.heapSize}, annotators ${nlp.annotators}`);
  console.log(`  ${serverUrl(nlp)} ${ready ? 'answers: ready' : 'does not answer yet (loading its models?)'}`);
  if (!ready) {
    console.log(languageServerLogTail(nlp, 10));
    process.exitCode = 4;
  }
  console.log(`  log: ${languageServerPaths(nlp).logFile}`);
}

/** Only the jars (CI fetches them up front, in a step of its own). */
async function fetch(): Promise<void> {
  const { nlp } = loadConfig();
  const jars = await ensureCoreNlp(nlp, log);
  console.log(`Stanford CoreNLP ${CORENLP_VERSION}: ${jars.length} jars in Maven's local repository.`);
}

const commands: Record<string, () => Promise<void>> = { start, stop, status, fetch };

const [name = ''] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`Usage: npm run nlp:<start|stop|status|fetch>   (got '${name}')`);
  process.exit(2);
}
await command().catch(exitWithError);
