// Every write through the review workspace, one JSON line each: who (the reviewer's name and
// their session's short id), what (the action, the draft, the item), when, and whether it
// succeeded. Appended beside the drafts (`drafts/review-audit.log`, git-ignored).
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewSession } from './session.js';

export const AUDIT_LOG = 'review-audit.log';

export interface AuditEntry {
  action: 'sign-in' | 'decide' | 'draft' | 'accept' | 'withdraw' | 'refused';
  docId?: string;
  item?: string;
  outcome: string;
  detail?: unknown;
}

export function auditLogPath(draftsDir: string): string {
  return join(draftsDir, AUDIT_LOG);
}

export function audit(draftsDir: string, session: ReviewSession | null, entry: AuditEntry): void {
  mkdirSync(draftsDir, { recursive: true });
  const line = {
    at: new Date().toISOString(),
    who: session ? `${session.reviewer} (session ${session.id.slice(0, 8)})` : 'anonymous',
    ...entry,
  };
  appendFileSync(auditLogPath(draftsDir), `${JSON.stringify(line)}\n`);
}
