// No Docker engine runs here, so the compose file is checked for what it must say.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config.js';

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

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const api = compose.services.api!;

  it('runs Neo4j 5.26 Community on the same loopback ports as the local server', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
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
});
