// Settings of the GraphQL API itself (limits, timeouts, introspection, logs), from the
// environment or `.env` like the rest of the configuration. Every one has a default that
// suits the seed graph; docs/api.md explains each.
import { ConfigError, readEnvironment } from '../config.js';

export interface ApiSettings {
  /** Schema introspection (and so the IDE's docs and autocompletion). GRAPHQL_INTROSPECTION, default true. */
  introspection: boolean;
  /** Server-side timeout of each Cypher statement. GRAPHQL_QUERY_TIMEOUT_MS, default 5000. */
  queryTimeoutMs: number;
  /** A database call answers within this, reachable or not. GRAPHQL_DEADLINE_MS, default 8000. */
  deadlineMs: number;
  /** Deepest selection nesting. GRAPHQL_MAX_DEPTH, default 12. */
  maxDepth: number;
  /** Most aliased fields in one request. GRAPHQL_MAX_ALIASES, default 15. */
  maxAliases: number;
  /** Most root fields in one operation = most Cypher statements per request. GRAPHQL_MAX_ROOT_FIELDS, default 10. */
  maxRootFields: number;
  /** Highest estimated cost of an operation. GRAPHQL_MAX_COST, default 20000. */
  maxCost: number;
  /** Largest request body in bytes. GRAPHQL_MAX_BODY_BYTES, default 102400. */
  maxBodyBytes: number;
  /** Most tokens the GraphQL parser reads. GRAPHQL_MAX_TOKENS, default 5000. */
  maxTokens: number;
  /** One JSON log line per request on stdout. GRAPHQL_LOG_REQUESTS, default true. */
  logRequests: boolean;
}

export const DEFAULT_API_SETTINGS: ApiSettings = {
  introspection: true,
  queryTimeoutMs: 5_000,
  deadlineMs: 8_000,
  maxDepth: 12,
  maxAliases: 15,
  maxRootFields: 10,
  maxCost: 20_000,
  maxBodyBytes: 100 * 1024,
  maxTokens: 5_000,
  logRequests: true,
};

function bool(value: string | undefined, fallback: boolean, variable: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(
    `${variable}=${JSON.stringify(value)} is not true or false. Fix it in the environment or in .env.`,
  );
}

function positive(value: string | undefined, fallback: number, variable: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new ConfigError(
      `${variable}=${JSON.stringify(value)} is not a positive integer. Fix it in the environment or in .env.`,
    );
  }
  return n;
}

export function loadApiSettings(env: NodeJS.ProcessEnv = process.env): ApiSettings {
  const e = readEnvironment(env);
  const d = DEFAULT_API_SETTINGS;
  return {
    introspection: bool(e.GRAPHQL_INTROSPECTION, d.introspection, 'GRAPHQL_INTROSPECTION'),
    queryTimeoutMs: positive(e.GRAPHQL_QUERY_TIMEOUT_MS, d.queryTimeoutMs, 'GRAPHQL_QUERY_TIMEOUT_MS'),
    deadlineMs: positive(e.GRAPHQL_DEADLINE_MS, d.deadlineMs, 'GRAPHQL_DEADLINE_MS'),
    maxDepth: positive(e.GRAPHQL_MAX_DEPTH, d.maxDepth, 'GRAPHQL_MAX_DEPTH'),
    maxAliases: positive(e.GRAPHQL_MAX_ALIASES, d.maxAliases, 'GRAPHQL_MAX_ALIASES'),
    maxRootFields: positive(e.GRAPHQL_MAX_ROOT_FIELDS, d.maxRootFields, 'GRAPHQL_MAX_ROOT_FIELDS'),
    maxCost: positive(e.GRAPHQL_MAX_COST, d.maxCost, 'GRAPHQL_MAX_COST'),
    maxBodyBytes: positive(e.GRAPHQL_MAX_BODY_BYTES, d.maxBodyBytes, 'GRAPHQL_MAX_BODY_BYTES'),
    maxTokens: positive(e.GRAPHQL_MAX_TOKENS, d.maxTokens, 'GRAPHQL_MAX_TOKENS'),
    logRequests: bool(e.GRAPHQL_LOG_REQUESTS, d.logRequests, 'GRAPHQL_LOG_REQUESTS'),
  };
}
