import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.js';
import { Executor, type ExecutedStatement } from '../db/executor.js';
import { DEFAULT_API_SETTINGS, type ApiSettings } from '../server/api-config.js';

/** Per-request context: how resolvers reach the database. */
export interface RequestContext {
  driver: Driver;
  config: AppConfig;
  requestId: string;
  /** Runs this request's read statements (one per root field) and counts them. */
  executor: Executor;
}

export interface ContextOptions {
  driver: Driver;
  config: AppConfig;
  api?: ApiSettings;
  requestId?: string;
  onStatement?: (statement: ExecutedStatement) => void;
}

/** A fresh context for one request (HTTP handler and `executeOperation` alike). */
export function createRequestContext({
  driver,
  config,
  api = DEFAULT_API_SETTINGS,
  requestId = randomUUID(),
  onStatement,
}: ContextOptions): RequestContext {
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    requestId,
    queryTimeoutMs: api.queryTimeoutMs,
    deadlineMs: api.deadlineMs,
    ...(onStatement ? { onStatement } : {}),
  });
  return { driver, config, requestId, executor };
}
