// The set-up of every suite that asks the API in process: the seed graph (as `npm run
// import` builds it), a server built by the same factory `npm start` uses, and two ways to
// ask it — Apollo's executeOperation (in process) and HTTP.
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../../src/config.js';
import type { ExecutedStatement } from '../../src/db/executor.js';
import type { ApiSettings } from '../../src/server/api-config.js';
import { createServer, type GraphServer, type ServerDeps } from '../../src/server/create-server.js';
import { testConfig, testDriver } from './database.js';
import { ensureSeedGraph } from './seed-graph.js';

export { DOC } from './seed-graph.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

export interface Harness {
  config: AppConfig;
  driver: Driver;
  server: GraphServer;
  url: string;
  /** Every statement the executor sent, in order. */
  statements: ExecutedStatement[];
  logs: string[];
  /** Runs an operation in process (Apollo executeOperation) with a fresh request context. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** POSTs an operation over HTTP. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; text: string; body: GqlResult<T> }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  api?: Partial<ApiSettings>;
  /** The driver the server reads through (e.g. one that counts or fails); closed by close(). */
  driver?: Driver;
  /** Make the database hold the seed graph first (default); false leaves it as it is. */
  importGraph?: boolean;
  /** The review workspace's token and folders (default: REVIEW_TOKEN and the project's own). */
  review?: ServerDeps['review'];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const config = testConfig();
  const driver = options.driver ?? testDriver(config);
  if (options.importGraph ?? true) {
    const importer = testDriver(config);
    try {
      await ensureSeedGraph(importer, config.neo4j.database);
    } finally {
      await importer.close();
    }
  }
  const statements: ExecutedStatement[] = [];
  const logs: string[] = [];
  const server = await createServer({
    driver,
    config,
    ...(options.api ? { api: options.api } : {}),
    ...(options.review ? { review: options.review } : {}),
    log: (line) => logs.push(line),
    onStatement: (s) => statements.push(s),
  });
  const url = await server.listen(0, '127.0.0.1');
  return {
    config,
    driver,
    server,
    url,
    statements,
    logs,
    async run<T>(query: string, variables?: Record<string, unknown>) {
      const response = await server.apollo.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: server.context() },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GqlResult<T>;
    },
    async post<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(variables ? { query, variables } : { query }),
      });
      const text = await response.text();
      return { status: response.status, text, body: JSON.parse(text) as GqlResult<T> };
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}

/** The data of a result that must have no errors. */
export function ok<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
