// The draft as it will be accepted: the drafter's JSON with the person's decisions applied
// (when `<docId>.review.json` exists), and its script written by the drafter's own writer.
// Without a decisions file the script is the (possibly hand-edited) `<docId>.cypher`.
import type { Driver } from 'neo4j-driver';
import { renderDraftCypher } from '../draft/cypher-writer.js';
import { readEntitiesByIds } from '../draft/graph-names.js';
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
  // The graph entities the decisions may name: every id-shaped string in them, and the draft's own.
  const ids = [...JSON.stringify(review).matchAll(/"([a-z]+:[a-z0-9][a-z0-9-]*)"/g)].map((m) => m[1] ?? '');
  const graph = await readEntitiesByIds(driver, database, [...ids, ...draft.entities.map((e) => e.id)]);
  const reviewed = applyReview(draft, review, graph);
  return { draft: reviewed, script: renderDraftCypher(reviewed) };
}
