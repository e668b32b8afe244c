// Provides the Neo4j every test uses, in this order:
//   1. NEO4J_URI if set (any server: Docker, Aura, a cluster);
//   2. a throwaway testcontainers Neo4jContainer when a Docker engine answers;
//   3. the project's local server, through the same code as `npm run db:start`.
// If none works the run fails loudly; tests are never skipped for want of a database.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { NEO4J_DOCKER_IMAGE } from '../../src/local-neo4j/distribution.js';
import { ensureDatabase } from '../../src/local-neo4j/ensure-database.js';
import type { TestConnection } from './connection.js';

async function dockerAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 10_000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const config = loadConfig();
  let connection: TestConnection;
  let teardown: (() => Promise<void>) | undefined;

  if (config.externalNeo4j) {
    connection = { ...config.neo4j, source: 'NEO4J_URI' };
  } else if (process.env.TEST_NEO4J_SOURCE !== 'local' && (await dockerAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const password = 'test-password-not-secret';
    const container = await new Neo4jContainer(NEO4J_DOCKER_IMAGE).withPassword(password).withApoc().start();
    connection = { uri: container.getBoltUri(), user: 'neo4j', password, database: 'neo4j', source: 'testcontainers' };
    teardown = async () => void (await container.stop());
  } else {
    const choice = await ensureDatabase(config, (line) => console.log(`[neo4j] ${line}`));
    if (choice.mode !== 'local') throw new Error('unreachable: no NEO4J_URI yet not local');
    const fresh = loadConfig(); // db:start may have just generated the password into .env
    connection = { ...fresh.neo4j, source: 'local' };
  }

  console.log(`[tests] Neo4j from ${connection.source}: ${connection.uri}`);
  project.provide('neo4j', connection);
  return teardown;
}
