// The draft as it will be accepted: the drafter's JSON with the person's decisions applied
// (when `<docId>.review.json` exists), and its script written by the drafter's own writer.
// Without a decisions file the script is the (possibly hand-edited) `<docId>.cypher`.
import type { Driver } from 'neo4j-driver';
import { renderDraftCypher } from '../draft/cypher-writer.js';
import { readGraphNames } from '../draft/graph-names.js';
import type { Draft } from '../draft/types.js';
import { applyReview } from './decisions.js';
import { readReviewFile } from './review-store.js';

export interface ReviewedDraft {
  draft: Draft;
  script: string;
}

/** The reviewed draft and its script, or null when the draft has no decisions file. */
export async function applyReviewFile(
  draftsDir: string,
  draft: Draft,
  driver: Driver,
  database: string,
): Promise<ReviewedDraft | null> {
  const review = readReviewFile(draftsDir, draft.document.id);
  if (!review) return null;
  const reviewed = applyReview(draft, review, await readGraphNames(driver, database));
  return { draft: reviewed, script: renderDraftCypher(reviewed) };
}
