// No Docker engine runs here, so the compose file is checked for what it must say: the
// pinned Neo4j series, and the same settings as the local server's neo4j.conf.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT, loadConfig } from '../../src/config.js';
import { browserSettings } from '../../src/local-neo4j/browser-settings.js';
import { NEO4J_DOCKER_IMAGE } from '../../src/local-neo4j/distribution.js';
import { renderServerConfig } from '../../src/local-neo4j/server-config.js';

interface ComposeService {
  image?: string;
  build?: string;
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
}
const compose = parse(readFileSync(resolve(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

/** The variables that feed settings of both servers (the local one through loadConfig). */
const SETTING_VARIABLES = [
  'NEO4J_HEAP_SIZE',
  'NEO4J_PAGECACHE_SIZE',
  'NEO4J_TRANSACTION_TIMEOUT',
  'NEO4J_TRANSACTION_MEMORY_MAX',
  'PORT',
] as const;
type SettingEnv = Partial<Record<(typeof SETTING_VARIABLES)[number], string>>;

/** Settings of the local conf that the Neo4j image decides for itself, and why. */
const LOCAL_ONLY = new Set([
  // In a container Neo4j listens on all its interfaces; compose publishes the ports on loopback only.
  'server.default_listen_address',
  'server.default_advertised_address',
  'server.bolt.listen_address',
  'server.bolt.advertised_address',
  'server.http.listen_address',
  'server.http.advertised_address',
  // Neo4j's defaults, written out in the local conf; the image keeps them.
  'server.https.enabled',
  'server.bolt.tls_level',
  // NEO4J_AUTH (a password) turns authentication on in the image.
  'dbms.security.auth_enabled',
  // The image has its own folder layout and JVM options.
  'server.directories.import',
  'server.jvm.additional',
]);

/** Not settings: the image's own switches (password, plugins to install). */
const IMAGE_SWITCHES = new Set(['NEO4J_AUTH', 'NEO4J_PLUGINS']);

/** The Neo4j image's convention: NEO4J_ prefix, `_` for `.`, `__` for `_`. */
function settingName(variable: string): string {
  return variable
    .replace(/^NEO4J_/, '')
    .replace(/__/g, '\0')
    .replace(/_/g, '.')
    .replace(/\0/g, '_');
}

/** Compose's `${VAR:-default}` as compose would expand it with `env`. */
function expand(value: string, env: SettingEnv): string {
  return value.replace(/\$\{(\w+):-([^}]*)\}/g, (_, name: string, fallback: string) => {
    return env[name as keyof SettingEnv] || fallback;
  });
}

function composeSettings(env: SettingEnv): Map<string, string> {
  const settings = new Map<string, string>();
  for (const [variable, value] of Object.entries(compose.services.neo4j?.environment ?? {})) {
    if (!IMAGE_SWITCHES.has(variable)) settings.set(settingName(variable), expand(value, env));
  }
  return settings;
}

function localSettings(env: SettingEnv): Map<string, string> {
  // Blank rather than absent, so the developer's own .env does not leak into the defaults.
  const blank = Object.fromEntries(SETTING_VARIABLES.map((v) => [v, '']));
  const config = loadConfig({ ...blank, ...env, NEO4J_URI: '' });
  const settings = new Map<string, string>();
  for (const line of renderServerConfig(config.local, browserSettings(config)).split('\n')) {
    const m = /^([a-z_.]+)=(.*)$/.exec(line);
    if (m) settings.set(m[1]!, m[2]!);
  }
  return settings;
}

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const api = compose.services.api!;

  it('runs the pinned Neo4j series, Community, on the same loopback ports as the local server', () => {
    expect(neo4j.image).toBe(NEO4J_DOCKER_IMAGE);
    expect(neo4j.ports).toEqual(['127.0.0.1:${NEO4J_HTTP_PORT:-7474}:7474', '127.0.0.1:${NEO4J_BOLT_PORT:-7687}:7687']);
  });

  it('takes auth from .env and keeps data in a volume', () => {
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('builds the API from the Dockerfile and points it at the neo4j service', () => {
    expect(api.build).toBe('.');
    expect(existsSync(resolve(PROJECT_ROOT, 'Dockerfile'))).toBe(true);
    expect(api.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  const cases: Array<[string, SettingEnv]> = [
    ['with the default settings', {}],
    [
      'with every setting changed in .env',
      {
        NEO4J_HEAP_SIZE: '3g',
        NEO4J_PAGECACHE_SIZE: '768m',
        NEO4J_TRANSACTION_TIMEOUT: '45s',
        NEO4J_TRANSACTION_MEMORY_MAX: '1g',
        PORT: '4321',
      },
    ],
  ];
  for (const [when, env] of cases) {
    it(`gives Neo4j the settings of the local server's neo4j.conf, ${when}`, () => {
      const docker = composeSettings(env);
      const local = localSettings(env);
      expect(Object.fromEntries(docker)).toEqual(
        Object.fromEntries([...local].filter(([name]) => !LOCAL_ONLY.has(name))),
      );
    });
  }
});
