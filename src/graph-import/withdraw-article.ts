// Withdrawing an article from the graph and from the project's files, as `npm run withdraw
// -- <docId> --yes` does: rehearse in a rolled-back transaction, plan the file changes from
// that rehearsal (refusing before anything changes if they cannot be made), withdraw, apply
// the plan. Used by the review workspace's withdraw button.
import type { Driver } from 'neo4j-driver';
import { applyWithdrawFiles, planWithdrawFiles, type WithdrawFilesPlan } from './withdraw-files.js';
import { withdrawDocument, type WithdrawSummary } from './withdraw.js';

export interface WithdrawArticleResult {
  summary: WithdrawSummary;
  plan: WithdrawFilesPlan;
}

export async function withdrawArticle(
  driver: Driver,
  database: string,
  projectRoot: string,
  docId: string,
  options: { dryRun?: boolean } = {},
): Promise<WithdrawArticleResult> {
  const preview = await withdrawDocument(driver, database, docId, { dryRun: true, projectRoot });
  const plan = planWithdrawFiles(projectRoot, docId, preview.entitiesDeleted);
  if (options.dryRun) return { summary: preview, plan };
  const summary = await withdrawDocument(driver, database, docId, { projectRoot });
  applyWithdrawFiles(projectRoot, plan);
  return { summary, plan };
}
