// The per-request context of the GraphQL layer. It knows nothing of the HTTP server: the
// server (src/server/) builds one per request and hands in the limits it was configured
// with, so the dependency points one way, server → graphql.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.js';
import { Executor, type ExecutedStatement } from '../db/executor.js';

/** Per-request context: how resolvers reach the database. */
export interface RequestContext {
  driver: Driver;
  config: AppConfig;
  requestId: string;
  /** Runs this request's read statements (one per root field) and counts them. */
  executor: Executor;
}

/** How long one statement may take: the server-side timeout and the deadline of a call. */
export interface StatementLimits {
  queryTimeoutMs: number;
  deadlineMs: number;
}

export interface ContextOptions {
  driver: Driver;
  config: AppConfig;
  limits: StatementLimits;
  requestId?: string;
  onStatement?: (statement: ExecutedStatement) => void;
}

/** A fresh context for one request (HTTP handler and `executeOperation` alike). */
export function createRequestContext({
  driver,
  config,
  limits,
  requestId = randomUUID(),
  onStatement,
}: ContextOptions): RequestContext {
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    requestId,
    queryTimeoutMs: limits.queryTimeoutMs,
    deadlineMs: limits.deadlineMs,
    ...(onStatement ? { onStatement } : {}),
  });
  return { driver, config, requestId, executor };
}
