// What the local Neo4j Browser is told about the project's guide (served by the API).
import type { AppConfig } from '../config.js';
import type { BrowserSettings } from './server-config.js';

export function browserSettings(_config: AppConfig): BrowserSettings {
  return { guideHosts: ['localhost', '127.0.0.1'] };
}
