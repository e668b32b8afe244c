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
import type { RequestContext } from '../graphql/context.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { typeDefs } from '../graphql/schema.js';
import { readBody, BodyTooLargeError } from './read-body.js';

export interface ServerDeps {
  driver: Driver;
  config: AppConfig;
}

export interface GraphServer {
  apollo: ApolloServer<RequestContext>;
  httpServer: Server;
  /** Starts listening; resolves to the GraphQL URL. Port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
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

export async function createServer({ driver, config }: ServerDeps): Promise<GraphServer> {
  const httpServer = createHttpServer();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    // Responses never carry stack traces, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, MAX_BODY_BYTES);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json') && raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else {
        body = raw;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ driver, config, requestId: headers.get('x-request-id') ?? randomUUID() }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
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
      if (url.pathname === '/graphql') return handleGraphQL(req, res, url);
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        const ok = await isDatabaseReachable(driver, config.neo4j.database);
        return sendJson(res, ok ? 200 : 503, ok ? { status: 'ready' } : { status: 'unavailable', reason: 'Neo4j is not reachable' });
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
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  return {
    apollo,
    httpServer,
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
