// "Make sure there is a database": NEO4J_URI if given (left untouched), else the local server.
import type { AppConfig } from '../config.js';
import { browserSettings } from './browser-settings.js';
import { startLocalNeo4j, type LocalServerInfo, type Log } from './local-server.js';

export type DatabaseChoice = { mode: 'external'; uri: string } | { mode: 'local'; server: LocalServerInfo };

export async function ensureDatabase(config: AppConfig, log: Log): Promise<DatabaseChoice> {
  if (config.externalNeo4j) return { mode: 'external', uri: config.neo4j.uri };
  return { mode: 'local', server: await startLocalNeo4j(config, browserSettings(config), log) };
}
