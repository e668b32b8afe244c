import type { Neo4jConnectionConfig } from '../../src/config.js';

export interface TestConnection extends Neo4jConnectionConfig {
  source: 'NEO4J_URI' | 'testcontainers' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestConnection;
  }
}
