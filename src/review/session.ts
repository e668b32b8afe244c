// Who may write through the review workspace. The reviewer token (REVIEW_TOKEN, generated into
// .env by `npm start`) is exchanged once for a session: an HttpOnly, SameSite=Strict cookie
// naming a random session id the server keeps in memory, with a per-session CSRF token the
// pages send back on every write. A write also has to come from the same origin (Origin or
// Sec-Fetch-Site). Sessions end with the server: signing in again takes the link `npm start` prints.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'review_session';
export const CSRF_HEADER = 'x-review-csrf';

export interface ReviewSession {
  id: string;
  csrf: string;
  /** The name given at sign-in (for the audit log), else "reviewer". */
  reviewer: string;
  created: string;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison of two secrets of any length. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export class SessionStore {
  readonly #sessions = new Map<string, ReviewSession>();

  constructor(private readonly token: string) {}

  /** A new session if `token` is the reviewer token, else null. */
  signIn(token: string, reviewer: string | null): ReviewSession | null {
    if (!sameSecret(token, this.token)) return null;
    const session: ReviewSession = {
      id: randomBytes(24).toString('base64url'),
      csrf: randomBytes(24).toString('base64url'),
      reviewer: reviewer?.replace(/[^\p{L}\p{N} ._@-]/gu, '').slice(0, 60) || 'reviewer',
      created: new Date().toISOString(),
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The session the request's cookie names, if any. */
  of(req: IncomingMessage): ReviewSession | null {
    const id = cookie(req, SESSION_COOKIE);
    return id ? (this.#sessions.get(id) ?? null) : null;
  }
}

export function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

export function sessionCookie(session: ReviewSession): string {
  return `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Strict`;
}

/**
 * Null if the write may go ahead, else why not. The browser says where a request comes from
 * (Sec-Fetch-Site, Origin); a request from another site is refused whatever it carries, and
 * one from this site must also carry the session's CSRF token.
 */
export function csrfProblem(req: IncomingMessage, session: ReviewSession): string | null {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `a ${site} request`;
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (origin !== undefined) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return `an unreadable Origin (${origin})`;
    }
    if (originHost !== host) return `a request from ${origin}`;
  }
  const given = req.headers[CSRF_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, session.csrf)) return 'no valid CSRF token';
  return null;
}
