// Starts, checks and stops the project's language server: Stanford CoreNLP in a JVM of its
// own (nlp/CoreNlpServer.java), listening on 127.0.0.1 only and answering only requests that
// carry the token written at its start. Its files live in one git-ignored folder (NLP_LOCAL_DIR,
// default `.nlp/`); its jars in Maven's local repository. Like the local Neo4j it keeps running
// between commands, so only the first draft after a start pays for loading the models.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { PROJECT_ROOT, type LanguageServerSettings } from '../config.js';
import { JAVA_INSTALL_HINT, findJava } from '../java/java-runtime.js';
import type { Log } from '../local-neo4j/local-server.js';
import { isPortFree, portOwner } from '../local-neo4j/ports.js';
import { exitOrKill, livePid } from '../process/server-process.js';
import { annotate, isReady } from './client.js';
import { CORENLP_VERSION, ensureCoreNlp } from './distribution.js';
import { LanguageServerError } from './errors.js';
import { SERVER_SOURCE, languageServerPaths, serverUrl } from './server-paths.js';

/** Loading the full pipeline takes 20 s on an idle 2-core machine and over a minute on a busy one. */
const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 30_000;
const PROGRESS_EVERY_MS = 15_000;

/**
 * One short paragraph through every annotator: the first request after a start loads what the
 * pipeline loads lazily (coreference's embeddings, SUTime's rules) and JIT-compiles the rest.
 */
const WARM_UP_TEXT =
  'Warm-up Headline\n\nThe Dalian Development Zone was founded in 1992 by the Dalian Municipal Government. ' +
  'It has attracted 3 billion yuan of investment from 20 countries.';

export interface LanguageServerInfo {
  url: string;
  pid: number;
  alreadyRunning: boolean;
  /** Seconds from spawning the JVM to its pipeline answering (fresh starts only). */
  startSeconds?: number;
  /** Seconds the warm-up request took (fresh starts only). */
  warmUpSeconds?: number;
}

/** Pid of this folder's server if it runs, else null (a stale pid file is ignored). */
export function runningLanguageServerPid(settings: LanguageServerSettings): number | null {
  // The token file's path names this folder, so only this clone's server matches.
  const paths = languageServerPaths(settings);
  return livePid(paths.pidFile, paths.tokenFile);
}

/** CoreNLP 4.5 runs on Java 8 and later; the single-file source launcher needs 11. */
function checkJava(): void {
  const java = findJava();
  if (!java.found) {
    throw new LanguageServerError(
      `Java is needed to run the language server (Stanford CoreNLP), and \`java\` is not on PATH.\n${JAVA_INSTALL_HINT}, then run \`npm run nlp:start\`.`,
    );
  }
  if (!(java.major >= 11)) {
    throw new LanguageServerError(
      `The language server needs Java 11 or later, but \`java -version\` says:\n${java.versionText}\n${JAVA_INSTALL_HINT} and put it first on PATH.`,
    );
  }
}

export function languageServerLogTail(settings: LanguageServerSettings, lines = 30): string {
  const { logFile } = languageServerPaths(settings);
  if (!existsSync(logFile)) return `(no log file at ${logFile})`;
  const text = readFileSync(logFile, 'utf8').trimEnd().split('\n');
  return `--- ${logFile} (last ${Math.min(lines, text.length)} lines) ---\n${text.slice(-lines).join('\n')}`;
}

async function assertPortFree(settings: LanguageServerSettings): Promise<void> {
  if (await isPortFree(settings.port)) return;
  const owner = portOwner(settings.port);
  const by = owner ? `by pid ${owner.pid} (${owner.command})` : 'by another process';
  throw new LanguageServerError(
    `Port ${settings.port} on 127.0.0.1, the language server's, is already in use ${by}.\n` +
      'Stop that process, or give the language server another port in .env (NLP_PORT=…).',
  );
}

function spawnServer(settings: LanguageServerSettings, jars: string[]): number {
  const paths = languageServerPaths(settings);
  mkdirSync(paths.dir, { recursive: true });
  rmSync(paths.tokenFile, { force: true }); // mode applies only to a new file
  writeFileSync(paths.tokenFile, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  const log = openSync(paths.logFile, 'w');
  try {
    const child = spawn(
      'java',
      [
        `-Xmx${settings.heapSize}`,
        '-cp',
        jars.join(delimiter),
        SERVER_SOURCE,
        '--port',
        String(settings.port),
        '--token-file',
        paths.tokenFile,
        '--annotators',
        settings.annotators,
      ],
      { cwd: PROJECT_ROOT, detached: true, stdio: ['ignore', log, log] },
    );
    child.unref();
    if (child.pid === undefined)
      throw new LanguageServerError(`Could not start java.\n${languageServerLogTail(settings)}`);
    writeFileSync(paths.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(log);
  }
}

async function waitUntilReady(settings: LanguageServerSettings, pid: number, log: Log): Promise<void> {
  const started = Date.now();
  let nextProgress = started + PROGRESS_EVERY_MS;
  for (;;) {
    if (await isReady(settings)) return;
    if (runningLanguageServerPid(settings) !== pid) {
      throw new LanguageServerError(
        `The language server exited while starting. Its log says:\n${languageServerLogTail(settings)}`,
      );
    }
    if (Date.now() - started > START_TIMEOUT_MS) {
      throw new LanguageServerError(
        `The language server did not get ready within ${START_TIMEOUT_MS / 1000} s.\n${languageServerLogTail(settings)}\n` +
          'Stop it with `npm run nlp:stop` and try again; a lighter pipeline (NLP_ANNOTATORS in .env) loads faster.',
      );
    }
    if (Date.now() > nextProgress) {
      log(`  still loading the models (${Math.round((Date.now() - started) / 1000)} s)…`);
      nextProgress += PROGRESS_EVERY_MS;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Makes sure the language server runs and answers: fetches CoreNLP if this machine lacks it,
 * starts the server if it is not running, waits until its pipeline is built, and sends one
 * warm-up request. The server keeps running afterwards, until `npm run nlp:stop`.
 */
export async function ensureLanguageServer(settings: LanguageServerSettings, log: Log): Promise<LanguageServerInfo> {
  const url = serverUrl(settings);
  const running = runningLanguageServerPid(settings);
  if (running !== null) {
    await waitUntilReady(settings, running, log);
    return { url, pid: running, alreadyRunning: true };
  }
  checkJava();
  const jars = await ensureCoreNlp(settings, log);
  await assertPortFree(settings);
  log(
    `Starting the language server (Stanford CoreNLP ${CORENLP_VERSION}, heap ${settings.heapSize}, ${settings.annotators})…`,
  );
  const started = Date.now();
  const pid = spawnServer(settings, jars);
  await waitUntilReady(settings, pid, log);
  const startSeconds = (Date.now() - started) / 1000;
  const warmUpStarted = Date.now();
  await annotate(WARM_UP_TEXT, settings);
  const warmUpSeconds = (Date.now() - warmUpStarted) / 1000;
  log(
    `Language server ready on ${url} after ${startSeconds.toFixed(1)} s, warm after ${warmUpSeconds.toFixed(1)} s more.`,
  );
  return { url, pid, alreadyRunning: false, startSeconds, warmUpSeconds };
}

/** Stops the server (SIGTERM, then SIGKILL after STOP_TIMEOUT_MS); false if none was running. */
export async function stopLanguageServer(settings: LanguageServerSettings, log: Log): Promise<boolean> {
  const paths = languageServerPaths(settings);
  const pid = runningLanguageServerPid(settings);
  if (pid !== null) {
    log(`Stopping the language server (pid ${pid})…`);
    process.kill(pid, 'SIGTERM');
    await exitOrKill(
      pid,
      () => runningLanguageServerPid(settings) !== null,
      STOP_TIMEOUT_MS,
      log,
      'The language server',
    );
  }
  rmSync(paths.pidFile, { force: true });
  rmSync(paths.tokenFile, { force: true });
  return pid !== null;
}
