// Configuration from the environment, optionally from a git-ignored `.env` at the
// repository root. Real environment variables always win over `.env`, so CI and
// containers can override anything without touching files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';

/** Repository root, resolved from this module so commands work from any directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOTENV_PATH = resolve(PROJECT_ROOT, '.env');

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface LocalNeo4jSettings {
  /** Folder that holds the downloaded distribution and the server's data (git-ignored). */
  dir: string;
  boltPort: number;
  httpPort: number;
  /** JVM heap, Neo4j size syntax (e.g. `4g`, `512m`); initial and max are equal, as Neo4j advises. */
  heapSize: string;
  pageCacheSize: string;
  /** Per-transaction limit the database enforces, whatever the client asks for. */
  transactionTimeout: string;
  /** Total memory all running transactions may use before the database refuses more. */
  transactionMemoryMax: string;
}

/** The language server (Stanford CoreNLP in a JVM of its own, src/nlp/); the drafter reads articles with it. */
export interface LanguageServerSettings {
  /** Folder of the clone's own for its token, pid file, log and generated pom (git-ignored). */
  dir: string;
  /** Port on 127.0.0.1; the server never listens on another interface. */
  port: number;
  /** JVM heap (`-Xmx`), e.g. `3g`. */
  heapSize: string;
  /** CoreNLP annotators, in order, comma-separated; the pipeline is built once with them. */
  annotators: string;
}

/** Tokens, sentences, POS, lemmas, NER, dependency parse and coreference: what the drafter reads. */
export const DEFAULT_ANNOTATORS = 'tokenize,ssplit,pos,lemma,ner,depparse,coref';

export interface AppConfig {
  /** True when NEO4J_URI is given: the project then uses that server and manages none of its own. */
  externalNeo4j: boolean;
  neo4j: Neo4jConnectionConfig;
  local: LocalNeo4jSettings;
  nlp: LanguageServerSettings;
  port: number;
  /** Host the API binds to; loopback unless told otherwise. */
  host: string;
}

/** Environment merged with `.env` (environment wins). Re-read on every call: `db:start` may write `.env`. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const fromFile = existsSync(DOTENV_PATH) ? parseDotenv(readFileSync(DOTENV_PATH)) : {};
  return { ...fromFile, ...env };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function port(value: string | undefined, fallback: number, variable: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(
      `${variable}=${JSON.stringify(value)} is not a port number (0-65535). Fix it in the environment or in .env.`,
    );
  }
  return n;
}

const SIZE = /^\d+(\.\d+)?[kmgKMG]?$/;
function size(value: string | undefined, fallback: string, variable: string): string {
  if (value === undefined || value === '') return fallback;
  if (!SIZE.test(value)) {
    throw new ConfigError(
      `${variable}=${JSON.stringify(value)} is not a memory size such as 512m or 4g. Fix it in the environment or in .env.`,
    );
  }
  return value.toLowerCase();
}

function annotators(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_ANNOTATORS;
  const list = value.replace(/\s+/g, '');
  if (!/^[a-z]+(,[a-z]+)*$/i.test(list)) {
    throw new ConfigError(
      `NLP_ANNOTATORS=${JSON.stringify(value)} is not a comma-separated list of CoreNLP annotators such as ${DEFAULT_ANNOTATORS}. Fix it in the environment or in .env.`,
    );
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const e = readEnvironment(env);
  const boltPort = port(e.NEO4J_BOLT_PORT, 7687, 'NEO4J_BOLT_PORT');
  const externalNeo4j = Boolean(e.NEO4J_URI);
  return {
    externalNeo4j,
    neo4j: {
      uri: e.NEO4J_URI || `bolt://127.0.0.1:${boltPort}`,
      user: e.NEO4J_USER || 'neo4j',
      password: e.NEO4J_PASSWORD ?? '',
      database: e.NEO4J_DATABASE || 'neo4j',
    },
    local: {
      dir: resolve(PROJECT_ROOT, e.NEO4J_LOCAL_DIR || '.neo4j'),
      boltPort,
      httpPort: port(e.NEO4J_HTTP_PORT, 7474, 'NEO4J_HTTP_PORT'),
      // 2 cores / 24 GiB: 4 GiB heap and 4 GiB page cache hold the seed graph and the
      // scale-100 benchmark graph, and leave most memory to the OS, Node and a browser.
      heapSize: size(e.NEO4J_HEAP_SIZE, '4g', 'NEO4J_HEAP_SIZE'),
      pageCacheSize: size(e.NEO4J_PAGECACHE_SIZE, '4g', 'NEO4J_PAGECACHE_SIZE'),
      transactionTimeout: e.NEO4J_TRANSACTION_TIMEOUT || '60s',
      transactionMemoryMax: size(e.NEO4J_TRANSACTION_MEMORY_MAX, '2g', 'NEO4J_TRANSACTION_MEMORY_MAX'),
    },
    nlp: {
      dir: resolve(PROJECT_ROOT, e.NLP_LOCAL_DIR || '.nlp'),
      // Next to the other servers' defaults (API 4000, Neo4j 7474/7687) and away from CoreNLP's own 9000.
      port: port(e.NLP_PORT, 9020, 'NLP_PORT'),
      // The full pipeline holds about 2.3 GB once warm; 3g leaves it room for a long article.
      heapSize: size(e.NLP_HEAP, '3g', 'NLP_HEAP'),
      annotators: annotators(e.NLP_ANNOTATORS),
    },
    port: port(e.PORT, 4000, 'PORT'),
    host: e.HOST || '127.0.0.1',
  };
}
