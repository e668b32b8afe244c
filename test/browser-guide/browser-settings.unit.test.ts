// Neo4j Browser is told where the guide is: the local server's neo4j.conf and the Docker
// Compose neo4j service carry the same host allowlist and post-connect commands.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { guideBaseUrl, openGuideCommand, postConnectCommand } from '../../src/browser-guide/guide-urls.js';
import { browserSettings } from '../../src/local-neo4j/browser-settings.js';
import { NEO4J_SERIES } from '../../src/local-neo4j/distribution.js';
import { renderServerConfig } from '../../src/local-neo4j/server-config.js';

describe('the local server', () => {
  const config = loadConfig({ PORT: '4321', NEO4J_URI: '' });
  const conf = renderServerConfig(config.local, browserSettings(config));

  it(`allows the guide host under the setting name of Neo4j ${NEO4J_SERIES}`, () => {
    expect(conf).toContain('browser.remote_content_hostname_whitelist=localhost,127.0.0.1');
    expect(conf).not.toContain('allowlist');
  });

  it('loads the style and opens the guide from the API port on connect, without colons', () => {
    expect(conf).toContain(
      'browser.post_connect_cmd=style http://localhost:4321/browser-guide/style.grass; guide http://localhost:4321/browser-guide/index.html',
    );
  });

  it('prints the same guide URL as the command users type', () => {
    expect(openGuideCommand(guideBaseUrl(4321))).toBe(':guide http://localhost:4321/browser-guide/index.html');
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(resolve(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, { environment?: Record<string, string> }>;
  };
  const env = compose.services.neo4j?.environment ?? {};

  it('gives Browser the same allowlist and post-connect commands (API port from PORT)', () => {
    expect(env.NEO4J_browser_remote__content__hostname__whitelist).toBe('localhost,127.0.0.1');
    expect(env.NEO4J_browser_post__connect__cmd).toBe(postConnectCommand(guideBaseUrl('${PORT:-4000}')));
  });
});
