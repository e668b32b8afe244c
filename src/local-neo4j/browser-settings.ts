// What the local Neo4j Browser is told about the project's guide (served by the API on
// PORT): which hosts it may load guides and styles from, and what to run on connect —
// load the project's graph style, then open the guide in the sidebar.
import type { AppConfig } from '../config.js';
import { GUIDE_HOSTS, guideBaseUrl, postConnectCommand } from '../browser-guide/guide-urls.js';
import type { BrowserSettings } from './server-config.js';

export function browserSettings(config: AppConfig): BrowserSettings {
  return {
    guideHosts: [...GUIDE_HOSTS],
    postConnectCommand: postConnectCommand(guideBaseUrl(config.port)),
  };
}
