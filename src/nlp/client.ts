// Speaks to the running language server over loopback HTTP with the token of its start.
import { existsSync, readFileSync } from 'node:fs';
import { loadConfig, type LanguageServerSettings } from '../config.js';
import type { CoreNlpDocument } from './corenlp-document.js';
import { LanguageServerDownError, LanguageServerError } from './errors.js';
import { languageServerPaths, serverUrl } from './server-paths.js';

/** The longest article takes a few seconds; a request still unanswered after this is not coming back. */
const ANNOTATE_TIMEOUT_MS = 120_000;

function notAnswering(settings: LanguageServerSettings, why: string): LanguageServerDownError {
  return new LanguageServerDownError(
    `The language server does not answer on ${serverUrl(settings)} (${why}).\n` +
      'Start it with `npm run nlp:start`; `npm run nlp:status` says whether it runs and what its log says.',
  );
}

function token(settings: LanguageServerSettings): string {
  const { tokenFile } = languageServerPaths(settings);
  if (!existsSync(tokenFile))
    throw notAnswering(settings, `no token at ${tokenFile}: it was not started from this clone`);
  return readFileSync(tokenFile, 'utf8').trim();
}

async function request(settings: LanguageServerSettings, path: string, init: RequestInit): Promise<Response> {
  const headers = { authorization: `Bearer ${token(settings)}` };
  try {
    return await fetch(`${serverUrl(settings)}${path}`, { ...init, headers: { ...headers, ...init.headers } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw Object.assign(notAnswering(settings, cause?.code ?? (error as Error).message), { cause: error });
  }
}

/** True once the server's pipeline is built; false while it loads or when nothing answers. */
export async function isReady(settings: LanguageServerSettings): Promise<boolean> {
  try {
    const response = await request(settings, '/ready', { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** CoreNLP's reading of `text`: sentences, tokens, entity mentions, dependencies, coreference. */
export async function annotate(
  text: string,
  settings: LanguageServerSettings = loadConfig().nlp,
): Promise<CoreNlpDocument> {
  const response = await request(settings, '/annotate', {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: text,
    signal: AbortSignal.timeout(ANNOTATE_TIMEOUT_MS),
  });
  if (response.status === 200) return (await response.json()) as CoreNlpDocument;
  const reason = ((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText;
  if (response.status === 401) {
    throw notAnswering(settings, `it refused this clone's token: another clone's server holds the port; set NLP_PORT`);
  }
  if (response.status === 503) throw notAnswering(settings, 'it is still loading its models');
  throw new LanguageServerError(`The language server could not annotate the text (HTTP ${response.status}): ${reason}`);
}
