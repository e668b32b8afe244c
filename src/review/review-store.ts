// Drafts and their decisions on disk: `<drafts>/<docId>.json` (the drafter's proposal, never
// changed here) and `<drafts>/<docId>.review.json` (the decisions, a plain JSON file beside
// it). Each decision is saved as it is made: the file is re-read, the one item merged in and
// the file replaced atomically, with writes to one draft queued one after another, so two
// tabs deciding at once both keep their decision and a restart loses nothing.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Draft } from '../draft/types.js';
import type { ReviewFile, StoredDecision } from './decisions.js';

export const DOC_ID = /^\d{3}_[0-9a-f]{16}$/;

export const draftFile = (draftsDir: string, docId: string) => join(draftsDir, `${docId}.json`);
export const reviewFile = (draftsDir: string, docId: string) => join(draftsDir, `${docId}.review.json`);

export class ReviewStoreError extends Error {
  override name = 'ReviewStoreError';
}

export function readDraftFile(draftsDir: string, docId: string): Draft | null {
  if (!DOC_ID.test(docId)) return null;
  const file = draftFile(draftsDir, docId);
  if (!existsSync(file)) return null;
  try {
    const draft = JSON.parse(readFileSync(file, 'utf8')) as Draft;
    return draft.document?.id === docId ? draft : null;
  } catch {
    return null;
  }
}

/** The decisions made so far, or null when none were. */
export function readReviewFile(draftsDir: string, docId: string): ReviewFile | null {
  const file = reviewFile(draftsDir, docId);
  if (!existsSync(file)) return null;
  let parsed: ReviewFile;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as ReviewFile;
  } catch (error) {
    throw new ReviewStoreError(
      `${file} is not valid JSON (${(error as Error).message}). Fix it by hand or delete it to start the review again.`,
    );
  }
  if (parsed.docId !== docId || typeof parsed.decisions !== 'object' || parsed.decisions === null) {
    throw new ReviewStoreError(`${file} does not hold the review of ${docId}. Delete it to start the review again.`);
  }
  return parsed;
}

/** Every draft in the folder, newest first (the ids' numbers grow with each draft). */
export function listDrafts(draftsDir: string): Draft[] {
  if (!existsSync(draftsDir)) return [];
  return readdirSync(draftsDir)
    .map((f) => /^(\d{3}_[0-9a-f]{16})\.json$/.exec(f)?.[1])
    .filter((id): id is string => id !== undefined)
    .map((id) => readDraftFile(draftsDir, id))
    .filter((d): d is Draft => d !== null)
    .sort((a, b) => b.document.id.localeCompare(a.document.id));
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `job` after every earlier job on the same key has finished (a per-draft write lock). */
export function serialized<T>(key: string, job: () => Promise<T> | T): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(job, job);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Merges one item's decision (null: undoes it) into the draft's decisions file. */
export function saveDecision(
  draftsDir: string,
  docId: string,
  key: string,
  stored: StoredDecision | null,
): Promise<ReviewFile> {
  return serialized(reviewFile(draftsDir, docId), () => {
    const review = readReviewFile(draftsDir, docId) ?? { docId, decisions: {} };
    if (stored) review.decisions[key] = stored;
    else delete review.decisions[key];
    writeAtomically(reviewFile(draftsDir, docId), `${JSON.stringify(review, null, 2)}\n`);
    return review;
  });
}
