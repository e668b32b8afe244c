// npm run withdraw -- <docId> [--yes] [--keep-files]
// Withdraws a document: from the database (its Document, its (source, quote) pairs, every
// fact and Indicator left with none, every entity left with no fact), in one transaction
// the validator checks before commit; then from the project's files, so the next import
// does not bring it back (see docs/model.md, "Withdrawing a document"). Without --yes it
// only prints what it would remove and changes nothing. --keep-files changes the database
// only. Exit codes: 0 done (or shown), 1 refused (the result would break the model),
// 2 bad input or no database.
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { withdrawArticle } from '../graph-import/withdraw-article.js';
import { WithdrawFilesError, type WithdrawFilesPlan } from '../graph-import/withdraw-files.js';
import { UnknownDocumentError, WithdrawBreaksModelError, type WithdrawSummary } from '../graph-import/withdraw.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

const USAGE = 'Usage: npm run withdraw -- <docId> [--yes] [--keep-files]';

function describe(s: WithdrawSummary, plan: WithdrawFilesPlan | null, done: boolean): string[] {
  const verb = done ? 'Removed' : 'Would remove';
  const lines = [
    `${verb} from the graph: Document ${s.docId} and its ${s.mentionsDeleted} MENTIONS; ${s.pairsRemoved} (source, quote) pairs; ` +
      `${s.relationshipsDeleted} facts and ${s.indicatorsDeleted.length} Indicators left without a source; ` +
      `${s.entitiesDeleted.length} entities left without a fact${s.entitiesDeleted.length ? `: ${s.entitiesDeleted.join(', ')}` : ''}.`,
    `${s.factsKept} facts and Indicators keep the pairs of other documents.`,
  ];
  if (plan) {
    const files = [
      plan.documentFile,
      plan.corpusEntry
        ? `the "${plan.docId}" entry of data/corpus.json (cypher/01_documents.cypher regenerated)`
        : null,
      ...plan.factsScripts.map((f) => `cypher/${f}`),
      ...plan.catalogueEntries.map((c) => `${c.id} from cypher/${c.script}`),
      ...plan.mentionEntries.map((c) => `${c.id} from the MENTIONS of cypher/${c.script}`),
    ].filter((x): x is string => x !== null);
    lines.push(`${verb} from the files: ${files.length ? files.join('; ') : 'nothing'}.`);
  } else {
    lines.push('Files: left as they are (--keep-files); the next `npm run import` would bring the document back.');
  }
  return lines;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const yes = args.includes('--yes');
  const keepFiles = args.includes('--keep-files');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--yes' && a !== '--keep-files');
  const positional = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || positional.length !== 1) {
    console.error(unknown.length ? `Unknown option ${unknown.join(', ')}.\n${USAGE}` : USAGE);
    return 2;
  }
  const docId = positional[0]!;
  const config = loadConfig();
  const { database } = config.neo4j;
  const driver = createDriver(config.neo4j);
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    if (!yes) {
      const { summary: preview, plan } = await withdrawArticle(driver, database, PROJECT_ROOT, docId, {
        dryRun: true,
        keepFiles,
      });
      for (const line of describe(preview, plan, false)) console.log(line);
      console.log('Nothing changed. Run again with --yes to withdraw.');
      return 0;
    }
    const { summary, plan } = await withdrawArticle(driver, database, PROJECT_ROOT, docId, { keepFiles });
    for (const line of describe(summary, plan, true)) console.log(line);
    return 0;
  } catch (error) {
    if (error instanceof UnknownDocumentError) {
      console.error(`${error.message}\nThe documents are listed by: MATCH (d:Document) RETURN d.id, d.title`);
      return 2;
    }
    if (error instanceof WithdrawBreaksModelError || error instanceof WithdrawFilesError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

runCommand(main);
