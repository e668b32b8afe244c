// The Neo4j version is pinned once, in src/local-neo4j/distribution.ts. The docs and the
// Docker Compose file may name it for readers; this checks that every version they name
// is that one (the series, or the exact version).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { NEO4J_DOCKER_IMAGE, NEO4J_SERIES, NEO4J_VERSION } from '../../src/local-neo4j/distribution.js';

const DOCS = [
  'README.md',
  '.env.example',
  'docker-compose.yml',
  'Dockerfile',
  ...readdirSync(join(PROJECT_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** "Neo4j 5.26", "Neo4j **5.26.19 Community**", "neo4j:5.26-community": the server's version. */
const SERVER_VERSION = /(?:Neo4j\s+\**|neo4j:)(\d+\.\d+(?:\.\d+)?)/g;

function versionsIn(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  return [...text.matchAll(SERVER_VERSION)].map((m) => m[1]!);
}

describe('the pinned Neo4j version', () => {
  it('is a full version, and the Docker image names its series', () => {
    expect(NEO4J_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(NEO4J_VERSION.startsWith(`${NEO4J_SERIES}.`)).toBe(true);
    expect(NEO4J_DOCKER_IMAGE).toBe(`neo4j:${NEO4J_SERIES}-community`);
  });

  it('is the only Neo4j version the docs and the Compose file name', () => {
    const named = DOCS.flatMap((file) => versionsIn(file).map((version) => ({ file, version })));
    // The README names it at least; an empty scan would mean the pattern went stale.
    expect(named.filter((n) => n.file === 'README.md').length).toBeGreaterThan(0);
    const other = named.filter((n) => n.version !== NEO4J_SERIES && n.version !== NEO4J_VERSION);
    expect(other, `versions other than ${NEO4J_VERSION} (series ${NEO4J_SERIES})`).toEqual([]);
  });
});
