// The local server's neo4j.conf as rendered from the project's settings.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { renderServerConfig } from '../../src/local-neo4j/server-config.js';

describe('the local server configuration', () => {
  const settings = loadConfig({
    NEO4J_HEAP_SIZE: '2g',
    NEO4J_PAGECACHE_SIZE: '512m',
    NEO4J_BOLT_PORT: '7690',
    NEO4J_HTTP_PORT: '7480',
  }).local;
  const conf = renderServerConfig(settings, {
    guideHosts: ['localhost'],
    postConnectCommand: ':play http://localhost:4000/guide',
  });

  it('listens on loopback only, with auth on', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7690');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7480');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).not.toMatch(/listen_address=0\.0\.0\.0/);
  });

  it('takes heap, page cache and limits from the settings', () => {
    expect(conf).toContain('server.memory.heap.initial_size=2g');
    expect(conf).toContain('server.memory.heap.max_size=2g');
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('db.transaction.timeout=60s');
    expect(conf).toContain('browser.remote_content_hostname_whitelist=localhost');
    expect(conf).toContain('browser.post_connect_cmd=:play http://localhost:4000/guide');
  });
});
