import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql-js for all: Vite would give the project's code graphql's ESM build while
  // Apollo Server, loaded by Node, gets the CommonJS one; two instances cannot share a schema.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/connection-env.ts'],
    // One Neo4j serves every file and some files re-import the graph: run files one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
