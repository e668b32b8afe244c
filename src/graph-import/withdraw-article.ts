// Withdrawing an article from the graph and from the project's files, as `npm run withdraw
// -- <docId> --yes` does: withdraw in one transaction, plan the file changes from its
// summary before it commits (refusing, and so changing nothing, if they cannot be made),
// commit, apply the plan. A dry run computes the same summary and plan, then rolls back.
// Used by the CLI and by the review workspace's withdraw button.
import type { Driver } from 'neo4j-driver';
import { join } from 'node:path';
import { clearImportState, importFingerprint, readImportState } from './import-fingerprint.js';
import { recordImportState } from './run-import.js';
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
  const changesFiles = !options.dryRun && !options.keepFiles;
  const dirs = { cypherDir: join(projectRoot, 'cypher'), dataDir: join(projectRoot, 'data') };
  // A graph that was exactly the import of the files before is exactly the import of the
  // files after: the import state then follows, so that `import --if-changed` finds nothing
  // to do and a later addition imports alone (not a full import for a script that is gone).
  const wasCurrent =
    changesFiles && (await readImportState(driver, database)) === importFingerprint(dirs.cypherDir, dirs.dataDir);
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
  if (wasCurrent) await recordImportState(driver, { database, cypherDir: dirs.cypherDir, projectRoot });
  // The files keep an article the graph no longer has: the next `import --if-changed` must import.
  if (!options.dryRun && options.keepFiles) await clearImportState(driver, database);
  return { summary, plan: planned };
}
