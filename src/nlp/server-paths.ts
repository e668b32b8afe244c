// Where the language server's files are and where it answers: one place for the server, its
// client and the commands.
import { join } from 'node:path';
import { PROJECT_ROOT, type LanguageServerSettings } from '../config.js';

export interface LanguageServerPaths {
  dir: string;
  /** The token every request carries (mode 0600, new at every start). */
  tokenFile: string;
  pidFile: string;
  logFile: string;
}

export function languageServerPaths(settings: LanguageServerSettings): LanguageServerPaths {
  return {
    dir: settings.dir,
    tokenFile: join(settings.dir, 'token'),
    pidFile: join(settings.dir, 'server.pid'),
    logFile: join(settings.dir, 'server.log'),
  };
}

export const SERVER_SOURCE = join(PROJECT_ROOT, 'nlp', 'CoreNlpServer.java');

export function serverUrl(settings: LanguageServerSettings): string {
  return `http://127.0.0.1:${settings.port}`;
}
