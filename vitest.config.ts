import { defineConfig } from 'vitest/config';

/**
 * Tests that need no database: pure functions and checks of the project's own files. They
 * are named `*.unit.test.ts`; every other `*.test.ts` runs against a real Neo4j.
 */
const UNIT_TESTS = 'test/**/*.unit.test.ts';

export default defineConfig({
  // One graphql-js for all: Vite would give the project's code graphql's ESM build while
  // Apollo Server, loaded by Node, gets the CommonJS one; two instances cannot share a schema.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    projects: [
      {
        // `npm run test:unit`: no global setup, so no database is looked for or started.
        extends: true,
        test: {
          name: 'unit',
          include: [UNIT_TESTS],
          // Under `npm test`, before the integration files, which then have the machine to themselves.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [UNIT_TESTS],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/connection-env.ts'],
          // One Neo4j serves every file and some files re-import the graph: run files one at a time.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
