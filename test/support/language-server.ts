// The language server for tests. Integration tests that draft use the project's own server
// (`projectLanguageServer`: started if needed and left running, like the local Neo4j); the
// language server's own tests start a throwaway one, on a free port with its own folder, so
// they may stop it without touching the developer's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type LanguageServerSettings } from '../../src/config.js';
import { ensureLanguageServer, stopLanguageServer, type LanguageServerInfo } from '../../src/nlp/language-server.js';
import { freePorts } from './free-ports.js';

/** Loading the full pipeline on a busy 2-core machine takes minutes: the bound for a beforeAll. */
export const LANGUAGE_SERVER_START_TIMEOUT_MS = 600_000;

const log = (line: string) => console.log(`[nlp] ${line}`);

export async function projectLanguageServer(): Promise<{ settings: LanguageServerSettings; info: LanguageServerInfo }> {
  const settings = loadConfig().nlp;
  return { settings, info: await ensureLanguageServer(settings, log) };
}

export interface ThrowawayLanguageServer {
  settings: LanguageServerSettings;
  info: LanguageServerInfo;
  /** Stops the server and deletes its folder. */
  dispose(): Promise<void>;
}

export async function throwawayLanguageServer(): Promise<ThrowawayLanguageServer> {
  const [port] = await freePorts(1);
  const settings: LanguageServerSettings = {
    ...loadConfig().nlp,
    dir: mkdtempSync(join(tmpdir(), 'language-server-test-')),
    port: port!,
  };
  const info = await ensureLanguageServer(settings, log);
  return {
    settings,
    info,
    async dispose() {
      await stopLanguageServer(settings, log);
      rmSync(settings.dir, { recursive: true, force: true });
    },
  };
}
