// The review workspace's tests: an API server with the workspace on (a test token) over a
// throw-away copy of the project's data/ and cypher/ and an empty drafts folder, so accepting
// and withdrawing never touch the repository; and sign-in and writes as a browser makes them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../api/support.js';
import { projectCopy } from '../draft/support.js';

export interface ReviewServer {
  h: Harness;
  base: string;
  token: string;
  root: string;
  draftsDir: string;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function startReviewServer(): Promise<ReviewServer> {
  const token = `test-token-${Math.random().toString(36).slice(2)}`;
  const root = projectCopy();
  const draftsDir = mkdtempSync(join(tmpdir(), 'review-drafts-'));
  const h = await startHarness({ api: { logRequests: false }, review: { token, projectRoot: root, draftsDir } });
  return {
    h,
    base: h.url.replace('/graphql', ''),
    token,
    root,
    draftsDir,
    async close() {
      await h.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(draftsDir, { recursive: true, force: true });
    },
  };
}

/** Signs in with the token as the printed link does; returns the cookie and the page's CSRF token. */
export async function signIn(server: ReviewServer, name = 'Tester'): Promise<Session> {
  const response = await fetch(
    `${server.base}/review/sign-in?token=${encodeURIComponent(server.token)}&name=${encodeURIComponent(name)}`,
    { redirect: 'manual' },
  );
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await (await fetch(`${server.base}/review`, { headers: { cookie } })).text();
  const csrf = /"csrf":"([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no CSRF token on the queue page');
  return { cookie, csrf };
}

export interface WriteOptions {
  session?: Session | undefined;
  origin?: string;
  fetchSite?: string;
  type?: string;
  csrf?: string | null;
}

/** A POST as the review page makes it (same origin, session cookie, CSRF header) unless told otherwise. */
export async function write(
  server: ReviewServer,
  path: string,
  body: unknown,
  o: WriteOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {
    'content-type': o.type ?? 'application/json',
    origin: o.origin ?? server.base,
    'sec-fetch-site': o.fetchSite ?? 'same-origin',
  };
  if (o.session) headers.cookie = o.session.cookie;
  const csrf = o.csrf === undefined ? o.session?.csrf : o.csrf;
  if (csrf) headers['x-review-csrf'] = csrf;
  const response = await fetch(`${server.base}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed };
}
