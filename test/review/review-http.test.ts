// The review workspace over real HTTP against the real Neo4j: off without a token; no
// session → 401 and nothing written; a cross-origin or token-less write → 403; a 2 MB upload
// → 413; HTML and script in an article and in a decision shown as text; two tabs deciding at
// once both kept; every write in the audit log. The project is a throw-away copy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogPath } from '../../src/review/audit-log.js';
import { reviewFile } from '../../src/review/review-store.js';
import type { ReviewFile } from '../../src/review/decisions.js';
import { DOC, startHarness } from '../api/support.js';
import { ARTICLE_TEXT } from '../draft/support.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { signIn, startReviewServer, write, type ReviewServer, type Session } from './support.js';

let server: ReviewServer;
let session: Session;
let docId: string;
let before: GraphFingerprint;

const HOSTILE_ARTICLE = `Valve Makers <script>alert("article")</script> Meet
2024-05-06

Yingkou Bayuquan Valve Industry Co., Ltd. <img src=x onerror=alert(1)>, located in Yingkou Coastal Industrial Base, has signed a cooperation agreement with Dalian University of Technology.
`;

const projectFiles = (root: string) => ({
  corpus: readFileSync(join(root, 'data', 'corpus.json'), 'utf8'),
  articles: readdirSync(join(root, 'data', 'articles')),
  cypher: readdirSync(join(root, 'cypher')),
});

beforeAll(async () => {
  server = await startReviewServer();
  session = await signIn(server);
  before = await graphFingerprint(server.h.driver, server.h.config.neo4j.database);
  const drafted = await write(server, '/review/api/drafts?name=yingkou.txt', ARTICLE_TEXT, {
    session,
    type: 'text/plain; charset=utf-8',
  });
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
  docId = String(drafted.body.docId);
});
afterAll(async () => {
  await server?.close();
});

describe('review workspace: access', () => {
  it('is off (404, as if absent) when no reviewer token is configured', async () => {
    const off = await startHarness({ api: { logRequests: false }, review: { token: undefined } });
    try {
      const base = off.url.replace('/graphql', '');
      for (const path of ['/review', '/review/sign-in?token=x', `/review/${docId}`]) {
        expect((await fetch(base + path)).status, path).toBe(404);
      }
      expect((await fetch(`${base}/review/api/drafts`, { method: 'POST', body: 'x' })).status).toBe(404);
      // The explorer's article page offers no withdraw button then.
      const page = await (await fetch(`${base}/explore/document/${DOC.a004}`)).text();
      expect(page).not.toContain('Withdraw this article');
    } finally {
      await off.close();
    }
  });

  it('answers 401 to every request without a session, and writes nothing', async () => {
    const files = projectFiles(server.root);
    expect((await fetch(`${server.base}/review`)).status).toBe(401);
    expect((await fetch(`${server.base}/review/${docId}`)).status).toBe(401);
    expect((await fetch(`${server.base}/review/sign-in?token=wrong`)).status).toBe(401);
    for (const [path, body] of [
      [`/review/api/${docId}/decisions`, { key: 'fact:0', decision: { verdict: 'reject' } }],
      ['/review/api/drafts', 'Another article\n\nText.'],
      [`/review/api/${docId}/accept`, {}],
      [`/review/api/${docId}/withdraw`, {}],
    ] as const) {
      const answer = await write(server, path, body, { session: undefined });
      expect(answer.status, path).toBe(401);
    }
    // A forged cookie is no session either.
    const forged = await write(
      server,
      `/review/api/${docId}/decisions`,
      { key: 'fact:0', decision: { verdict: 'reject' } },
      { session: { cookie: 'review_session=forged', csrf: 'forged' } },
    );
    expect(forged.status).toBe(401);
    expect(existsSync(reviewFile(server.draftsDir, docId))).toBe(false);
    expect(projectFiles(server.root)).toEqual(files);
    expect(await graphFingerprint(server.h.driver, server.h.config.neo4j.database)).toEqual(before);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie at sign-in', async () => {
    const response = await fetch(`${server.base}/review/sign-in?token=${server.token}`, { redirect: 'manual' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^review_session=[\w-]{20,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('refuses a cross-origin write, or one without the CSRF token, with 403 and writes nothing', async () => {
    const decision = { key: 'fact:0', decision: { verdict: 'reject' } };
    const path = `/review/api/${docId}/decisions`;
    const crossOrigin = await write(server, path, decision, {
      session,
      origin: 'http://evil.example',
      fetchSite: 'cross-site',
    });
    expect(crossOrigin.status).toBe(403);
    const otherOrigin = await write(server, path, decision, { session, origin: 'http://evil.example' });
    expect(otherOrigin.status).toBe(403);
    const noToken = await write(server, path, decision, { session, csrf: null });
    expect(noToken.status).toBe(403);
    const otherToken = await write(server, path, decision, { session, csrf: 'not-the-token' });
    expect(otherToken.status).toBe(403);
    const upload = await write(server, '/review/api/drafts', 'Article\n\nText', {
      session,
      type: 'text/plain',
      fetchSite: 'cross-site',
    });
    expect(upload.status).toBe(403);
    expect(existsSync(reviewFile(server.draftsDir, docId))).toBe(false);
  });

  it('refuses an upload over 1 MB with 413 and writes no draft', async () => {
    const drafts = readdirSync(server.draftsDir).sort();
    const big = 'Two megabytes of article. '.repeat(Math.ceil((2 * 1024 * 1024) / 26));
    const answer = await write(server, '/review/api/drafts', big, { session, type: 'text/plain' });
    expect(answer.status).toBe(413);
    expect(String(answer.body.error)).toMatch(/larger than 1024 KiB/);
    expect(readdirSync(server.draftsDir).sort()).toEqual(drafts);
  });

  it('applies the CLI checks to an upload: an empty, binary or corpus text is refused with the reason', async () => {
    const empty = await write(server, '/review/api/drafts', '   \n', { session, type: 'text/plain' });
    expect(empty.status).toBe(400);
    expect(String(empty.body.error)).toMatch(/is empty/);
    const binary = await write(server, '/review/api/drafts', new Uint8Array([65, 0, 66]), {
      session,
      type: 'application/octet-stream',
    });
    expect(binary.status).toBe(400);
    expect(String(binary.body.error)).toMatch(/binary/);
    const corpusText = readFileSync(
      join(server.root, 'data', 'articles', readdirSync(join(server.root, 'data', 'articles'))[0]!),
      'utf8',
    );
    const again = await write(server, '/review/api/drafts', corpusText, { session, type: 'text/plain' });
    expect(again.status).toBe(400);
    expect(String(again.body.error)).toMatch(/already in the corpus/);
  });
});

describe('review workspace: decisions', () => {
  it('keeps both decisions when two tabs decide at once', async () => {
    const other = await signIn(server, 'Second tab');
    const draft = JSON.parse(readFileSync(join(server.draftsDir, `${docId}.json`), 'utf8')) as {
      facts: unknown[];
      indicators: Array<{ id: string }>;
    };
    const keys = [...draft.facts.map((_, i) => `fact:${i}`), ...draft.indicators.map((i) => `figure:${i.id}`)];
    const answers = await Promise.all(
      keys.map((key, i) =>
        write(
          server,
          `/review/api/${docId}/decisions`,
          { key, decision: { verdict: 'accept', year: 2000 + i } },
          { session: i % 2 === 0 ? session : other },
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 200));
    const stored = JSON.parse(readFileSync(reviewFile(server.draftsDir, docId), 'utf8')) as ReviewFile;
    expect(Object.keys(stored.decisions).sort()).toEqual([...keys].sort());
    keys.forEach((key, i) => {
      expect(stored.decisions[key]?.decision.value).toMatchObject({ year: 2000 + i });
      expect(stored.decisions[key]?.by).toBe(i % 2 === 0 ? 'Tester' : 'Second tab');
    });
    // Undo them, one by one, so the file is back to no decisions.
    for (const key of keys) {
      expect((await write(server, `/review/api/${docId}/decisions`, { key, decision: null }, { session })).status).toBe(
        200,
      );
    }
    expect(
      Object.keys((JSON.parse(readFileSync(reviewFile(server.draftsDir, docId), 'utf8')) as ReviewFile).decisions),
    ).toEqual([]);
  });

  it('refuses a decision about no item, an unknown type, or a quote that is not in the article', async () => {
    const path = `/review/api/${docId}/decisions`;
    const cases: Array<[unknown, RegExp]> = [
      [{ key: 'fact:99', decision: { verdict: 'reject' } }, /no item fact:99/],
      [{ key: 'fact:0', decision: { verdict: 'accept', type: 'LIKES' } }, /not a relationship type/],
      [{ key: 'fact:0', decision: { verdict: 'accept', year: 'soon' } }, /must be a year/],
      [
        {
          key: 'added-fact:a1',
          decision: { type: 'LOCATED_IN', from: 'x', to: 'y', quote: 'words the article never uses' },
        },
        /character for character/,
      ],
    ];
    for (const [body, message] of cases) {
      const answer = await write(server, path, body, { session });
      expect(answer.status).toBe(400);
      expect(String(answer.body.error)).toMatch(message);
    }
  });

  it('shows HTML and script in an article and in a decision as text, everywhere', async () => {
    const drafted = await write(server, '/review/api/drafts?name=hostile.txt', HOSTILE_ARTICLE, {
      session,
      type: 'text/plain',
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const hostileId = String(drafted.body.docId);
    const draft = JSON.parse(readFileSync(join(server.draftsDir, `${hostileId}.json`), 'utf8')) as {
      entities: Array<{ id: string }>;
    };
    const entity = draft.entities[0]!.id;
    const decided = await write(
      server,
      `/review/api/${hostileId}/decisions`,
      { key: `entity:${entity}`, decision: { action: 'new', name: '<script>alert("decision")</script>' } },
      { session },
    );
    expect(decided.status).toBe(200);
    const headers = { cookie: session.cookie };
    for (const path of [`/review/${hostileId}`, '/review']) {
      const response = await fetch(server.base + path, { headers });
      const html = await response.text();
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(html, path).not.toMatch(/<script>alert|<img src=x/);
      expect(html, path).toContain('&lt;script&gt;alert(&quot;article&quot;)&lt;/script&gt;');
    }
    const page = await (await fetch(`${server.base}/review/${hostileId}`, { headers })).text();
    expect(page).toContain('&lt;script&gt;alert(&quot;decision&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The article's text in the page's JSON cannot close its script element.
    const json = /<script id="review-data" type="application\/json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as { text: string }).text).toBe(HOSTILE_ARTICLE);
  });

  it('writes every write, refused or not, to the audit log with who, what and when', () => {
    const lines = readFileSync(auditLogPath(server.draftsDir), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { at: string; who: string; action: string; outcome: string; item?: string });
    expect(lines.every((l) => !Number.isNaN(Date.parse(l.at)) && l.who && l.action && l.outcome)).toBe(true);
    expect(lines.some((l) => l.action === 'sign-in' && l.who.startsWith('Tester'))).toBe(true);
    expect(lines.some((l) => l.action === 'draft' && l.outcome === 'ok')).toBe(true);
    expect(lines.some((l) => l.action === 'decide' && l.who.startsWith('Second tab'))).toBe(true);
    expect(lines.some((l) => l.action === 'decide' && l.outcome === 'saved')).toBe(true);
    expect(lines.filter((l) => l.action === 'refused' && l.outcome.startsWith('401')).length).toBeGreaterThanOrEqual(4);
    expect(lines.filter((l) => l.action === 'refused' && l.outcome.startsWith('403')).length).toBeGreaterThanOrEqual(5);
    expect(lines.some((l) => l.action === 'refused' && l.outcome.startsWith('413'))).toBe(true);
  });
});
