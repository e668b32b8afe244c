// The review workspace's routes, served by the API's HTTP listener beside the explorer. Off
// (404, as if absent) unless a reviewer token is configured. Pages need a session (else 401);
// every write also passes the CSRF check (else 403), has a size limit (else 413) and is
// appended to the audit log. The GraphQL API stays read-only: all writes are here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CORPUS_FOLDERS } from '../corpus/corpus.js';
import { existsSync } from 'node:fs';
import { AcceptError, acceptDraft } from '../draft/accept.js';
import { DraftInputError, MAX_ARTICLE_BYTES } from '../draft/input.js';
import { renderDraftCypher } from '../draft/cypher-writer.js';
import { validateInRollback } from '../draft/rollback-validate.js';
import { runDraft } from '../draft/run-draft.js';
import { QuoteError } from '../draft/evidence.js';
import { bundleEntry } from '../explore/bundle.js';
import { documentUrl } from '../explore/urls.js';
import { withdrawArticle } from '../graph-import/withdraw-article.js';
import { UnknownDocumentError, WithdrawBreaksModelError } from '../graph-import/withdraw.js';
import { WithdrawFilesError } from '../graph-import/withdraw-files.js';
import { BodyTooLargeError, readBody, readBodyBytes } from '../server/read-body.js';
import { audit, type AuditEntry } from './audit-log.js';
import { DecisionError, parseDecision } from './decisions.js';
import { messagePage, queuePage, signInPage, withdrawPage } from './pages/queue-page.js';
import { reviewPage } from './pages/review-page.js';
import { applyReviewFile } from './reviewed-draft.js';
import {
  DOC_ID,
  ReviewStoreError,
  listDrafts,
  readDraftFile,
  readReviewFile,
  saveDecision,
  serialized,
} from './review-store.js';
import { SessionStore, csrfProblem, sessionCookie, type ReviewSession } from './session.js';
import { REVIEW_ASSETS, REVIEW_PATH, reviewUrl } from './urls.js';

export interface ReviewSettings {
  /** The reviewer token; without one the workspace is off. */
  token: string | undefined;
  /** Whose data/ and cypher/ an accept or a withdrawal changes. */
  projectRoot: string;
  /** Where drafts, their decisions and the audit log live. */
  draftsDir: string;
}

export interface ReviewDeps extends ReviewSettings {
  driver: Driver;
  database: string;
}

/** Largest decision body: a decision is a few fields. */
export const MAX_DECISION_BYTES = 16 * 1024;

// Same policy as the explorer's pages: nothing from another origin.
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
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'same-origin',
    ...(type.startsWith('text/html') ? { 'content-security-policy': CSP } : {}),
    ...extra,
  });
  res.end(body);
}
const HTML = 'text/html; charset=utf-8';
const sendHtml = (res: ServerResponse, status: number, body: string, extra?: Record<string, string>) =>
  send(res, status, HTML, body, extra);
const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

let assets: Promise<{ js: Buffer; css: Buffer }> | undefined;
function reviewAssets() {
  assets ??= bundleEntry('src/review/browser/review.js', 'review').catch((error: unknown) => {
    assets = undefined;
    throw error;
  });
  return assets;
}

/** One workspace per server: its sessions live as long as the server does. */
export function reviewWorkspace(settings: ReviewDeps) {
  const sessions = settings.token ? new SessionStore(settings.token) : null;
  return {
    enabled: sessions !== null,
    serve: (req: IncomingMessage, res: ServerResponse, url: URL) =>
      sessions ? route(req, res, url, settings, sessions) : sendJson(res, 404, { error: `No route ${url.pathname}.` }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL, deps: ReviewDeps, sessions: SessionStore) {
  const { pathname } = url;
  const method = req.method ?? 'GET';

  if (pathname === `${REVIEW_ASSETS}/review.js` || pathname === `${REVIEW_ASSETS}/review.css`) {
    const { js, css } = await reviewAssets();
    const isJs = pathname.endsWith('.js');
    return send(res, 200, isJs ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', isJs ? js : css);
  }

  if (pathname === `${REVIEW_PATH}/sign-in` && method === 'GET') {
    const token = url.searchParams.get('token');
    if (token === null) return sendHtml(res, 200, signInPage(null));
    const session = sessions.signIn(token, url.searchParams.get('name'));
    if (!session) {
      audit(deps.draftsDir, null, { action: 'refused', outcome: 'sign-in with a wrong token' });
      return sendHtml(res, 401, signInPage('That is not the reviewer token.'));
    }
    audit(deps.draftsDir, session, { action: 'sign-in', outcome: 'ok' });
    res.writeHead(303, { location: REVIEW_PATH, 'set-cookie': sessionCookie(session), 'cache-control': 'no-store' });
    return void res.end();
  }

  const session = sessions.of(req);
  const isWrite = method !== 'GET' && method !== 'HEAD';
  if (!session) {
    if (isWrite) {
      audit(deps.draftsDir, null, { action: 'refused', outcome: `401: ${method} ${pathname} without a session` });
      return sendJson(res, 401, { error: 'Sign in first: open the sign-in link `npm start` printed.' });
    }
    return sendHtml(res, 401, signInPage(null));
  }

  if (!isWrite) return page(res, pathname, deps, session);

  const problem = csrfProblem(req, session);
  if (problem) {
    audit(deps.draftsDir, session, { action: 'refused', outcome: `403: ${method} ${pathname}: ${problem}` });
    return sendJson(res, 403, { error: `Refused: ${problem}. Writes come only from the review pages of this server.` });
  }
  if (method !== 'POST') return sendJson(res, 405, { error: 'Writes are POST requests.' });
  try {
    return await write(req, res, pathname, url, deps, session);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      audit(deps.draftsDir, session, { action: 'refused', outcome: `413: ${pathname}` });
      res.setHeader('connection', 'close');
      return sendJson(res, 413, { error: error.message });
    }
    throw error;
  }
}

function page(res: ServerResponse, pathname: string, deps: ReviewDeps, session: ReviewSession) {
  if (pathname === REVIEW_PATH || pathname === `${REVIEW_PATH}/`) {
    const entries = listDrafts(deps.draftsDir)
      .filter((d) => !isAccepted(deps, d.document.id))
      .map((draft) => ({ draft, review: safeReview(deps, draft.document.id) }));
    return sendHtml(res, 200, queuePage(entries, session.csrf, MAX_ARTICLE_BYTES));
  }
  const withdraw = /^\/review\/withdraw\/([^/]+)$/.exec(pathname);
  if (withdraw) return withdrawConfirmation(res, decodeURIComponent(withdraw[1]!), deps, session);
  const review = /^\/review\/([^/]+)$/.exec(pathname);
  if (review) {
    const docId = decodeURIComponent(review[1]!);
    const draft = readDraftFile(deps.draftsDir, docId);
    if (!draft)
      return sendHtml(res, 404, messagePage('No such draft', `There is no draft ${docId} in the drafts folder.`));
    if (isAccepted(deps, docId)) {
      return sendHtml(
        res,
        200,
        messagePage('Already accepted', `${docId} is in the corpus: see ${documentUrl(docId)}.`),
      );
    }
    return sendHtml(res, 200, reviewPage(draft, safeReview(deps, docId), session.csrf));
  }
  return sendHtml(res, 404, messagePage('Not found', `No review page ${pathname}.`));
}

async function withdrawConfirmation(res: ServerResponse, docId: string, deps: ReviewDeps, session: ReviewSession) {
  try {
    const { summary, plan } = await withdrawArticle(deps.driver, deps.database, deps.projectRoot, docId, {
      dryRun: true,
    });
    const { records } = await deps.driver.executeQuery(
      'MATCH (d:Document {id: $docId}) RETURN d.title AS title',
      { docId },
      { database: deps.database, routing: 'READ' },
    );
    const title = String(records[0]?.get('title') ?? docId);
    return sendHtml(res, 200, withdrawPage(title, docId, summary, plan, session.csrf));
  } catch (error) {
    if (error instanceof UnknownDocumentError) return sendHtml(res, 404, messagePage('No such article', error.message));
    if (error instanceof WithdrawBreaksModelError || error instanceof WithdrawFilesError)
      return sendHtml(res, 409, messagePage('Cannot withdraw', error.message));
    throw error;
  }
}

const isAccepted = (deps: ReviewDeps, docId: string) =>
  existsSync(join(deps.projectRoot, CORPUS_FOLDERS.article, `${docId}.txt`));

function safeReview(deps: ReviewDeps, docId: string) {
  try {
    return readReviewFile(deps.draftsDir, docId);
  } catch {
    return null; // the page still shows the draft; saving a decision reports the broken file
  }
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const raw = await readBody(req, limit);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new DecisionError('The request body is not valid JSON.');
  }
}

async function write(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  url: URL,
  deps: ReviewDeps,
  session: ReviewSession,
) {
  const log = (entry: AuditEntry) => audit(deps.draftsDir, session, entry);

  if (pathname === `${REVIEW_PATH}/api/drafts`) {
    // The article's bytes as they are, so the checks of `npm run draft` apply unchanged.
    const bytes = await readBodyBytes(req, MAX_ARTICLE_BYTES);
    const name =
      basename(url.searchParams.get('name') ?? 'pasted-article.txt').replace(/[^A-Za-z0-9._-]/g, '_') || 'article.txt';
    const folder = mkdtempSync(join(tmpdir(), 'review-upload-'));
    try {
      const file = join(folder, name.endsWith('.txt') ? name : `${name}.txt`);
      writeFileSync(file, bytes);
      const title = url.searchParams.get('title') || undefined;
      const date = url.searchParams.get('date') || undefined;
      const { draft, millis } = await serialized('project-files', () =>
        runDraft(file, {
          projectRoot: deps.projectRoot,
          outDir: deps.draftsDir,
          driver: deps.driver,
          database: deps.database,
          title,
          date,
          // The workspace never waits minutes for the language server to start: with it
          // running the draft reads as `npm run draft` does, else from the surface rules.
          languageModel: 'if-running',
        }),
      );
      log({ action: 'draft', docId: draft.document.id, outcome: 'ok', detail: { bytes: bytes.length, file: name } });
      return sendJson(res, 201, {
        docId: draft.document.id,
        url: reviewUrl(draft.document.id),
        entities: draft.entities.length,
        facts: draft.facts.length,
        figures: draft.indicators.length,
        millis: Math.round(millis),
      });
    } catch (error) {
      if (error instanceof DraftInputError) {
        log({ action: 'draft', outcome: `refused: ${error.message}` });
        return sendJson(res, 400, { error: error.message.replaceAll(folder, '').replace(/^\//, '') });
      }
      throw error;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  const api = /^\/review\/api\/([^/]+)\/(decisions|check|accept|withdraw)$/.exec(pathname);
  if (!api || !DOC_ID.test(api[1]!)) return sendJson(res, 404, { error: `No route ${pathname}.` });
  const docId = api[1]!;
  const action = api[2]!;

  if (action === 'withdraw') {
    try {
      const { summary } = await serialized('project-files', () =>
        withdrawArticle(deps.driver, deps.database, deps.projectRoot, docId),
      );
      log({ action: 'withdraw', docId, outcome: 'ok', detail: summary });
      return sendJson(res, 200, { withdrawn: docId, summary });
    } catch (error) {
      const refusal =
        error instanceof UnknownDocumentError ||
        error instanceof WithdrawBreaksModelError ||
        error instanceof WithdrawFilesError;
      if (!refusal) throw error;
      log({ action: 'withdraw', docId, outcome: `refused: ${error.message}` });
      return sendJson(res, error instanceof UnknownDocumentError ? 404 : 409, { error: error.message });
    }
  }

  const draft = readDraftFile(deps.draftsDir, docId);
  if (!draft) return sendJson(res, 404, { error: `There is no draft ${docId}.` });
  if (isAccepted(deps, docId)) return sendJson(res, 409, { error: `${docId} is already accepted.` });

  if (action === 'decisions') {
    const body = await readJson(req, MAX_DECISION_BYTES).catch((error: unknown) => error);
    if (body instanceof Error) {
      if (body instanceof BodyTooLargeError) throw body;
      return sendJson(res, 400, { error: body.message });
    }
    const { key, decision } = (body ?? {}) as { key?: unknown; decision?: unknown };
    try {
      if (typeof key !== 'string') throw new DecisionError('Name the item: { "key": "fact:0", "decision": { … } }.');
      const parsed = decision === null ? null : parseDecision(key, decision, draft);
      const stored = parsed ? { decision: parsed, by: session.reviewer, at: new Date().toISOString() } : null;
      const review = await saveDecision(deps.draftsDir, docId, key, stored);
      log({ action: 'decide', docId, item: key, outcome: 'saved', detail: parsed?.value ?? 'undone' });
      return sendJson(res, 200, { saved: key, stored, decisions: Object.keys(review.decisions).length });
    } catch (error) {
      if (!(error instanceof DecisionError || error instanceof QuoteError || error instanceof ReviewStoreError))
        throw error;
      log({
        action: 'decide',
        docId,
        item: typeof key === 'string' ? key : undefined,
        outcome: `refused: ${error.message}`,
      });
      return sendJson(res, 400, { error: error.message });
    }
  }

  // check / accept: the script from the decisions, by the drafter's writer, validated in a
  // rolled-back transaction; accept then takes the path of `npm run draft:accept`.
  return serialized('project-files', async () => {
    const reviewed = (await applyReviewFile(deps.draftsDir, draft, deps.driver, deps.database)) ?? {
      draft,
      script: renderDraftCypher(draft),
    };
    const check = await validateInRollback(
      deps.driver,
      deps.database,
      deps.projectRoot,
      reviewed.draft,
      reviewed.script,
    );
    if (!check.valid || action === 'check') {
      if (action === 'accept')
        log({ action: 'accept', docId, outcome: 'refused: violations', detail: check.violations });
      return sendJson(res, check.valid ? 200 : 422, {
        valid: check.valid,
        violations: check.violations,
        draft: summary(reviewed.draft),
      });
    }
    try {
      const result = await acceptDraft(docId, {
        projectRoot: deps.projectRoot,
        draftsDir: deps.draftsDir,
        driver: deps.driver,
        database: deps.database,
      });
      log({ action: 'accept', docId, outcome: 'ok', detail: { script: basename(result.scriptFile) } });
      return sendJson(res, 200, {
        accepted: docId,
        script: `cypher/${basename(result.scriptFile)}`,
        documentUrl: documentUrl(docId),
        draft: summary(reviewed.draft),
      });
    } catch (error) {
      if (!(error instanceof AcceptError)) throw error;
      log({ action: 'accept', docId, outcome: `refused: ${error.message}` });
      return sendJson(res, 422, { valid: false, violations: [{ rule: 'accept', ids: [], message: error.message }] });
    }
  });
}

function summary(draft: {
  entities: Array<{ id: string; name: string; existing: boolean }>;
  facts: unknown[];
  indicators: unknown[];
}) {
  return {
    entities: draft.entities.map((e) => ({ id: e.id, name: e.name, existing: e.existing })),
    facts: draft.facts.length,
    figures: draft.indicators.length,
  };
}
