// The explorer's routes, served by the API's HTTP listener. Pages are rendered on the server
// from GraphQL answers (works without JavaScript, no layout shift, real 404s); the page
// script only adds search-as-you-type, entity suggestions, the drawing and its PNG.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exploreAssets } from './bundle.js';
import { factsCsv, streamFactsCsv } from './csv.js';
import { entityFactsStream } from './facts-export.js';
import { parseGroupKey } from './facts.js';
import { ApiError, runnerFor, type ApolloDeps, type RunOperation } from './graphql-runner.js';
import {
  DOCUMENT_PAGE,
  ENTITY_FIGURES,
  ENTITY_GROUP_PAGE,
  ENTITY_PAGE,
  ENTITY_STATEMENTS,
  PATH_PAGE,
  SEARCH,
  type DocumentPageData,
  type EntityFiguresData,
  type EntityGroupPageData,
  type EntityPageData,
  type EntityStatementsData,
  type PathPageData,
  type SearchData,
} from './operations.js';
import { documentPage, documentStatements } from './pages/document-page.js';
import { entityGroupPage, entityPage } from './pages/entity-page.js';
import { badRequestPage, notFoundPage, unavailablePage } from './pages/not-found-page.js';
import { pathFacts, pathPage } from './pages/path-page.js';
import { searchPage } from './pages/search-page.js';
import { ASSET_PATH } from './pages/layout.js';
import { EXPLORE_PATH, entityUrl } from './urls.js';
import { MAX_GROUP_OFFSET } from '../graphql/resolvers/relationship-group.js';

export { EXPLORE_PATH };

export function isExplorePath(pathname: string): boolean {
  return pathname === EXPLORE_PATH || pathname.startsWith(`${EXPLORE_PATH}/`);
}

// Same-origin only: the pages provably work offline. Cytoscape sets element styles from
// script, which a strict style-src would refuse.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
    ...(type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}),
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const HTML = 'text/html; charset=utf-8';
const CSV = 'text/csv; charset=utf-8';

const csvDisposition = (name: string) => `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '-')}.csv"`;

function sendCsv(req: IncomingMessage, res: ServerResponse, name: string, body: string): void {
  send(req, res, 200, CSV, body, { 'content-disposition': csvDisposition(name) });
}

/** A CSV written as it is produced (chunked, no length known in advance). */
async function streamCsv(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  write: (out: ServerResponse) => Promise<void>,
): Promise<void> {
  res.writeHead(200, {
    'content-type': CSV,
    'content-disposition': csvDisposition(name),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  await write(res);
}

/** `offset` of a "show 50 more" page: a whole number in range, or null. */
function parseOffset(value: string | null): number | null {
  if (value === null || value === '') return 0;
  if (!/^\d{1,6}$/.test(value)) return null;
  const offset = Number(value);
  return offset <= MAX_GROUP_OFFSET ? offset : null;
}

async function query<T>(run: RunOperation, operation: string, variables: Record<string, unknown>): Promise<T | null> {
  const result = await run<T>(operation, variables);
  if (result.errors.some((e) => e.code === 'NOT_FOUND')) return null;
  if (result.errors.length || !result.data) throw new ApiError(result.errors);
  return result.data;
}

/** Splits /explore/<section>/<id>[/facts.csv]; ids are percent-decoded path segments. */
function parse(pathname: string): { section: string; id: string; csv: boolean } | undefined {
  const match = /^\/explore\/(entity|document)\/([^/]+)(\/facts\.csv)?$/.exec(pathname);
  if (!match) return undefined;
  try {
    return { section: match[1]!, id: decodeURIComponent(match[2]!), csv: Boolean(match[3]) };
  } catch {
    return { section: match[1]!, id: match[2]!, csv: Boolean(match[3]) };
  }
}

export async function serveExplorer(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: ApolloDeps,
): Promise<void> {
  try {
    await route(req, res, url, deps);
  } catch (error) {
    // A timeout or an outage: the reader gets the API's own message on a page, not JSON.
    if (!(error instanceof ApiError) || res.headersSent) throw error;
    send(req, res, 503, HTML, unavailablePage(error.message), { 'retry-after': '5' });
  }
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL, deps: ApolloDeps): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('Method not allowed');
  }
  const run = runnerFor(deps);
  const { pathname, searchParams } = url;

  if (pathname === `${ASSET_PATH}/explore.js` || pathname === `${ASSET_PATH}/explore.css`) {
    const assets = await exploreAssets();
    const isJs = pathname.endsWith('.js');
    if (req.headers['if-none-match'] === assets.etag) {
      res.writeHead(304, { etag: assets.etag });
      return void res.end();
    }
    return send(
      req,
      res,
      200,
      isJs ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      isJs ? assets.js : assets.css,
      {
        etag: assets.etag,
      },
    );
  }

  if (pathname === EXPLORE_PATH || pathname === `${EXPLORE_PATH}/`) {
    const q = (searchParams.get('q') ?? '').trim().slice(0, 200);
    const data = q ? await query<SearchData>(run, SEARCH, { q }) : null;
    return send(req, res, 200, HTML, searchPage(q, data?.search ?? []));
  }

  if (pathname === `${EXPLORE_PATH}/path` || pathname === `${EXPLORE_PATH}/path/facts.csv`) {
    const from = (searchParams.get('from') ?? '').trim();
    const to = (searchParams.get('to') ?? '').trim();
    const csv = pathname.endsWith('.csv');
    if (!from || !to) {
      if (csv) return send(req, res, 400, 'text/plain; charset=utf-8', 'Give both ends: ?from=<id>&to=<id>.');
      return send(req, res, 200, HTML, pathPage(from, to, undefined));
    }
    const result = await run<PathPageData>(PATH_PAGE, { from, to });
    const missing = result.errors.find((e) => e.code === 'NOT_FOUND');
    if (!missing && (result.errors.length || !result.data)) throw new ApiError(result.errors);
    const data = result.data;
    if (missing || !data) {
      const html = notFoundPage('entity', missing?.name ?? `${from} / ${to}`);
      return send(req, res, 404, csv ? 'text/plain; charset=utf-8' : HTML, csv ? 'No such entity.' : html);
    }
    if (csv) return sendCsv(req, res, 'path', factsCsv(data.shortestPath ? pathFacts(data.shortestPath) : []));
    return send(req, res, 200, HTML, pathPage(from, to, data.shortestPath));
  }

  const route = parse(pathname);
  if (route?.section === 'entity') return entityRoute(req, res, route.id, route.csv, searchParams, deps);
  if (route?.section === 'document') {
    const data = await query<DocumentPageData>(run, DOCUMENT_PAGE, { id: route.id });
    if (!data?.document) return send(req, res, 404, HTML, notFoundPage('document', route.id));
    const mentions = await Promise.all(
      data.document.mentions.map(
        async (m) => (await query<EntityStatementsData>(run, ENTITY_STATEMENTS, { id: m.id }))?.entity,
      ),
    );
    const doc = { ...data.document, mentions: mentions.filter((m) => m !== null && m !== undefined) };
    if (route.csv) {
      const { facts, figures } = documentStatements(doc);
      return sendCsv(req, res, doc.id, factsCsv(facts, figures));
    }
    const quote = searchParams.get('quote') ?? undefined;
    return send(req, res, 200, HTML, documentPage(doc, quote || undefined, deps.withdrawLinks === true));
  }
  return send(req, res, 404, HTML, notFoundPage('page', pathname));
}

async function entityRoute(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  csv: boolean,
  searchParams: URLSearchParams,
  deps: ApolloDeps,
): Promise<void> {
  const run = runnerFor(deps);
  if (csv) {
    const entity = (await query<EntityFiguresData>(run, ENTITY_FIGURES, { id }))?.entity;
    if (!entity) return send(req, res, 404, HTML, notFoundPage('entity', id));
    const { executor } = deps.context();
    return streamCsv(req, res, entity.id, (out) =>
      streamFactsCsv(entityFactsStream(executor, entity), entity.indicators, out),
    );
  }
  const more = searchParams.get('more');
  if (more !== null) {
    const group = parseGroupKey(more);
    const offset = parseOffset(searchParams.get('offset'));
    if (!group || offset === null) {
      const problem = !group
        ? `“${more}” is not a group of facts: \`more\` takes a relationship type and a direction, e.g. RECEIVED-in or LOCATED_IN-out.`
        : `\`offset\` must be a whole number from 0 to ${MAX_GROUP_OFFSET}.`;
      return send(req, res, 400, HTML, badRequestPage(problem, entityUrl(id)));
    }
    const variables = { id, types: [group.type], direction: group.direction, offset };
    const entity = (await query<EntityGroupPageData>(run, ENTITY_GROUP_PAGE, variables))?.entity;
    if (!entity) return send(req, res, 404, HTML, notFoundPage('entity', id));
    return send(req, res, 200, HTML, entityGroupPage(entity, group, offset));
  }
  const data = await query<EntityPageData>(run, ENTITY_PAGE, { id });
  if (!data?.entity) return send(req, res, 404, HTML, notFoundPage('entity', id));
  return send(req, res, 200, HTML, entityPage(data.entity, data.neighborhood));
}
