// The explorer's routes, served by the API's HTTP listener. Pages are rendered on the server
// from GraphQL answers (works without JavaScript, no layout shift, real 404s); the page
// script only adds search-as-you-type, entity suggestions, the drawing and its PNG.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exploreAssets } from './bundle.js';
import { factsCsv } from './csv.js';
import { ApiError, runnerFor, type ApolloDeps, type RunOperation } from './graphql-runner.js';
import {
  DOCUMENT_PAGE,
  ENTITY_PAGE,
  ENTITY_STATEMENTS,
  NEIGHBORHOOD,
  PATH_PAGE,
  SEARCH,
  type DocumentPageData,
  type EntityPageData,
  type EntityStatementsData,
  type NeighborhoodData,
  type PathPageData,
  type SearchData,
} from './operations.js';
import { documentPage, documentStatements } from './pages/document-page.js';
import { entityFacts, entityPage } from './pages/entity-page.js';
import { notFoundPage, unavailablePage } from './pages/not-found-page.js';
import { pathFacts, pathPage } from './pages/path-page.js';
import { searchPage } from './pages/search-page.js';
import { ASSET_PATH } from './pages/layout.js';
import { EXPLORE_PATH } from './urls.js';

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

function sendCsv(req: IncomingMessage, res: ServerResponse, name: string, body: string): void {
  send(req, res, 200, CSV, body, {
    'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '-')}.csv"`,
  });
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
  if (route?.section === 'entity') {
    const data = await query<EntityPageData>(run, ENTITY_PAGE, { id: route.id });
    const entity = data?.entity;
    if (!entity) return send(req, res, 404, HTML, notFoundPage('entity', route.id));
    if (route.csv) return sendCsv(req, res, entity.id, factsCsv(entityFacts(entity), entity.indicators));
    const around = await query<NeighborhoodData>(run, NEIGHBORHOOD, { id: entity.id });
    if (!around) return send(req, res, 404, HTML, notFoundPage('entity', route.id));
    return send(req, res, 200, HTML, entityPage(entity, around.neighborhood));
  }
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
