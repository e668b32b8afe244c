// Withdrawing an article from the graph and from the project's files, as `npm run withdraw
// -- <docId> --yes` does: withdraw in one transaction, plan the file changes from its
// summary before it commits (refusing, and so changing nothing, if they cannot be made),
// commit, apply the plan. A dry run computes the same summary and plan, then rolls back.
// Used by the CLI and by the review workspace's withdraw button.
import type { Driver } from 'neo4j-driver';
import { applyWithdrawFiles, planWithdrawFiles, type WithdrawFilesPlan } from './withdraw-files.js';
import { withdrawDocument, type WithdrawSummary } from './withdraw.js';

export interface WithdrawArticleResult<Plan = WithdrawFilesPlan> {
  summary: WithdrawSummary;
  /** The file changes; null with `keepFiles`. */
  plan: Plan;
}

interface WithdrawArticleOptions {
  dryRun?: boolean;
  /** The database only: the project's files stay as they are. */
  keepFiles?: boolean;
}

export async function withdrawArticle(
  driver: Driver,
  database: string,
  projectRoot: string,
  docId: string,
  options?: WithdrawArticleOptions & { keepFiles?: false },
): Promise<WithdrawArticleResult>;
export async function withdrawArticle(
  driver: Driver,
  database: string,
  projectRoot: string,
  docId: string,
  options: WithdrawArticleOptions,
): Promise<WithdrawArticleResult<WithdrawFilesPlan | null>>;
export async function withdrawArticle(
  driver: Driver,
  database: string,
  projectRoot: string,
  docId: string,
  options: WithdrawArticleOptions = {},
): Promise<WithdrawArticleResult<WithdrawFilesPlan | null>> {
  let plan: WithdrawFilesPlan | null = null;
  const summary = await withdrawDocument(driver, database, docId, {
    projectRoot,
    dryRun: options.dryRun,
    beforeCommit: (s) => {
      if (!options.keepFiles) plan = planWithdrawFiles(projectRoot, docId, s.entitiesDeleted);
    },
  });
  // The plan was made (and checked) before the commit, so the file step cannot refuse now.
  const planned = plan as WithdrawFilesPlan | null;
  if (!options.dryRun && planned) applyWithdrawFiles(projectRoot, planned);
  return { summary, plan: planned };
}
