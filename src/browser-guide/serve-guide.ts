// Serves the Browser guide and its GraSS style under /browser-guide/. Neo4j Browser runs
// on another origin (the Neo4j HTTP port) and fetches guides with `pragma` and
// `cache-control` request headers, which makes the browser send a CORS preflight first:
// both the preflight and the GET must carry the CORS headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GUIDE_ASSETS, renderGuideAsset } from './guide-files.js';
import { GUIDE_FILE, GUIDE_PATH, guideBaseUrl } from './guide-urls.js';

// Public, static, credential-free content: any origin may read it.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-max-age': '600',
};

// A Host header is only echoed into the guide when it looks like host[:port].
const PLAIN_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function isBrowserGuidePath(pathname: string): boolean {
  return pathname === GUIDE_PATH.slice(0, -1) || pathname.startsWith(GUIDE_PATH);
}

function baseUrlFor(req: IncomingMessage, fallbackPort: number): string {
  const host = req.headers.host;
  return host && PLAIN_HOST.test(host) ? `http://${host}${GUIDE_PATH}` : guideBaseUrl(fallbackPort);
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body = '', headOnly = false): void {
  res.writeHead(status, {
    ...CORS_HEADERS,
    'cache-control': 'no-cache',
    ...headers,
    'content-length': String(Buffer.byteLength(body)),
  });
  res.end(headOnly ? undefined : body);
}

/** Answers any request under /browser-guide; `port` is the API's, for requests without a Host header. */
export function serveBrowserGuide(req: IncomingMessage, res: ServerResponse, url: URL, port: number): void {
  if (url.pathname === GUIDE_PATH.slice(0, -1)) {
    send(res, 301, { location: GUIDE_PATH });
    return;
  }
  if (req.method === 'OPTIONS') {
    const requested = req.headers['access-control-request-headers'];
    send(res, 204, requested ? { 'access-control-allow-headers': String(requested) } : {});
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(
      res,
      405,
      { allow: 'GET, HEAD, OPTIONS', 'content-type': 'text/plain; charset=utf-8' },
      'Only GET, HEAD and OPTIONS.\n',
    );
    return;
  }
  const file = url.pathname.slice(GUIDE_PATH.length) || GUIDE_FILE;
  const asset = Object.hasOwn(GUIDE_ASSETS, file) ? GUIDE_ASSETS[file] : undefined;
  if (!asset) {
    const known = Object.keys(GUIDE_ASSETS)
      .map((name) => GUIDE_PATH + name)
      .join(', ');
    send(
      res,
      404,
      { 'content-type': 'text/plain; charset=utf-8' },
      `No guide file ${url.pathname}. The guide serves ${known}.\n`,
    );
    return;
  }
  const body = renderGuideAsset(file, baseUrlFor(req, port));
  send(res, 200, { 'content-type': asset.contentType }, body, req.method === 'HEAD');
}
