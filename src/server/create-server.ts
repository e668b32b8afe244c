// The server factory: `npm start` and the tests build the very same server from a driver
// and a config. A small node:http integration for Apollo Server keeps the request path
// short and lets the same listener serve /health, /ready and the project's static pages.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import { aliasLimitRule, depthLimitRule, queryOnlyRule, rootFieldLimitRule } from '../graphql/limits.js';
import type { ExecutedStatement } from '../db/executor.js';
import { IDE_PATH, isIdePath, serveIde, wantsHtml } from '../ide/serve-ide.js';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { loadApiSettings, type ApiSettings } from './api-config.js';
import { costLimitPlugin, formatError, requestLogPlugin } from './plugins.js';
import { stdoutSink, type LogSink } from './stdout-log.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { typeDefs } from '../graphql/schema.js';
import { isBrowserGuidePath, serveBrowserGuide } from '../browser-guide/serve-guide.js';
import { readBody, BodyTooLargeError } from './read-body.js';
import { isExplorePath, serveExplorer } from '../explore/routes.js';
import { PROJECT_ROOT, readEnvironment } from '../config.js';
import { join } from 'node:path';
import { reviewWorkspace, type ReviewSettings } from '../review/routes.js';
import { isReviewPath } from '../review/urls.js';

export interface ServerDeps {
  driver: Driver;
  config: AppConfig;
  /** API limits and switches; defaults from the environment (see api-config.ts). */
  api?: Partial<ApiSettings>;
  /** Where the request log lines go (default stdout; off when api.logRequests is false). */
  log?: LogSink;
  /** Sees every Cypher statement sent (tests count them). */
  onStatement?: (statement: ExecutedStatement) => void;
  /** The review workspace: token (default REVIEW_TOKEN; none: off), project and drafts folders. */
  review?: Partial<ReviewSettings>;
}

export interface GraphServer {
  apollo: ApolloServer<RequestContext>;
  httpServer: Server;
  /** The limits and switches in force. */
  api: ApiSettings;
  /** A fresh per-request context, e.g. for `apollo.executeOperation(request, { contextValue })`. */
  context(requestId?: string): RequestContext;
  /** Starts listening; resolves to the GraphQL URL. Port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A client's X-Request-Id is kept when it is a plain token, so logs can be correlated. */
function validRequestId(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : undefined;
}

async function isDatabaseReachable(driver: Driver, database: string): Promise<boolean> {
  try {
    await Promise.race([
      driver.executeQuery('RETURN 1', {}, { database, routing: 'READ' }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3_000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function createServer({
  driver,
  config,
  api: overrides,
  log,
  onStatement,
  review,
}: ServerDeps): Promise<GraphServer> {
  const api: ApiSettings = { ...loadApiSettings(), ...overrides };
  const sink: LogSink = api.logRequests ? (log ?? stdoutSink) : () => undefined;
  const context = (requestId: string = randomUUID()) =>
    createRequestContext({ driver, config, limits: api, requestId, ...(onStatement ? { onStatement } : {}) });
  const httpServer = createHttpServer();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    // Responses never carry stack traces, whatever NODE_ENV says; formatError masks the rest.
    includeStacktraceInErrorResponses: false,
    formatError,
    introspection: api.introspection,
    hideSchemaDetailsFromClientErrors: !api.introspection,
    csrfPrevention: true,
    // The process that owns the server (run-server.ts) handles SIGINT/SIGTERM: drain, then
    // close the driver. Apollo's own handlers (on outside NODE_ENV=test) would race it, and
    // an Apollo stop() that finds a stop under way waits forever: the process never exits.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: api.maxTokens },
    validationRules: [
      queryOnlyRule,
      depthLimitRule(api.maxDepth),
      aliasLimitRule(api.maxAliases),
      rootFieldLimitRule(api.maxRootFields),
    ],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The project serves its own IDE (/graphiql); Apollo's landing page would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers here; Apollo's default cache-control plugin would wrap
      // every field resolver with a per-field hook (measured: ~6 % of the API's CPU).
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(api.maxCost),
      requestLogPlugin(sink),
    ],
  });
  await apollo.start();
  const projectRoot = review?.projectRoot ?? PROJECT_ROOT;
  const workspace = reviewWorkspace({
    token: review && 'token' in review ? review.token : readEnvironment().REVIEW_TOKEN || undefined,
    projectRoot,
    draftsDir: review?.draftsDir ?? join(projectRoot, 'drafts'),
    driver,
    database: config.neo4j.database,
  });

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, api.maxBodyBytes);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json') && raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          sendJson(res, 400, {
            errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
          });
          return;
        }
      } else {
        body = raw;
      }
    }
    const requestId = validRequestId(headers.get('x-request-id')) ?? randomUUID();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context(requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/graphql') {
        // A browser opening the GraphQL URL gets the IDE.
        if (wantsHtml(req) && !url.searchParams.has('query')) {
          res.writeHead(302, { location: IDE_PATH });
          return void res.end();
        }
        return handleGraphQL(req, res, url);
      }
      if (isIdePath(url.pathname)) return serveIde(req, res, url.pathname);
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (isBrowserGuidePath(url.pathname)) return serveBrowserGuide(req, res, url, config.port);
      if (isExplorePath(url.pathname))
        return serveExplorer(req, res, url, { apollo, context, withdrawLinks: workspace.enabled });
      if (isReviewPath(url.pathname)) return workspace.serve(req, res, url);
      if (url.pathname === '/ready') {
        const ok = await isDatabaseReachable(driver, config.neo4j.database);
        return sendJson(
          res,
          ok ? 200 : 503,
          ok ? { status: 'ready' } : { status: 'unavailable', reason: 'Neo4j is not reachable' },
        );
      }
      return sendJson(res, 404, { error: `No route ${url.pathname}. The GraphQL endpoint is /graphql.` });
    };
    route().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      sendJson(res, 500, {
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    });
  });

  return {
    apollo,
    httpServer,
    api,
    context,
    listen(port = config.port, host = config.host) {
      return new Promise((resolvePromise, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolvePromise(`http://${shownHost}:${address.port}/graphql`);
        });
      });
    },
    async stop() {
      // Apollo's drain plugin stops accepting connections and waits for in-flight requests.
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
