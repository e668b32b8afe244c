// Serves the IDE at /graphiql (page, /graphiql/app.js, /graphiql/app.css). The page allows
// no origin but this server (Content-Security-Policy), so it provably works offline.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXAMPLE_OPERATIONS } from './examples.js';
import { ideAssets } from './bundle.js';

export const IDE_PATH = '/graphiql';

export function isIdePath(pathname: string): boolean {
  return (
    pathname === IDE_PATH ||
    pathname === `${IDE_PATH}/` ||
    pathname === `${IDE_PATH}/app.js` ||
    pathname === `${IDE_PATH}/app.css`
  );
}

/** True for a browser navigating to the GraphQL URL (it gets redirected to the IDE). */
export function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');

function page(endpoint: string): string {
  // JSON inside a script tag: `<` is escaped so no text can close the tag.
  const config = JSON.stringify({ endpoint, examples: EXAMPLE_OPERATIONS }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Liaoning Industry Graph — GraphiQL</title>
<link rel="stylesheet" href="${IDE_PATH}/app.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<script id="ide-config" type="application/json">${config}</script>
<script src="${IDE_PATH}/app.js"></script>
</body>
</html>
`;
}

export async function serveIde(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  endpoint = '/graphql',
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  if (pathname === IDE_PATH || pathname === `${IDE_PATH}/`) {
    const html = page(endpoint);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  const assets = await ideAssets();
  const isJs = pathname.endsWith('.js');
  const body = isJs ? assets.js : assets.css;
  if (req.headers['if-none-match'] === assets.etag) {
    res.writeHead(304, { etag: assets.etag });
    res.end();
    return;
  }
  res.writeHead(200, {
    'content-type': isJs ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
    'content-length': body.length,
    etag: assets.etag,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
