// npm run draft -- <article.txt> [--title "…"] [--date YYYY-MM-DD|YYYY] [--out DIR] [--no-language-model]
// npm run draft -- <folder | files…> [--date …] [--out DIR]   (a batch: progress, a summary table)
// Proposes what a new article states, for a person to review (SPEC §4). Reads the graph,
// never writes to it. Bad input: a message, exit code 2, nothing written (in a batch: for
// that article, the others are drafted, and the exit code is 2).
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { DraftInputError } from '../draft/input.js';
import { batchFiles, renderBatchTable, runBatch } from '../draft/run-batch.js';
import { runDraft, startLanguageModel } from '../draft/run-draft.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

const USAGE =
  'Usage: npm run draft -- <article.txt> [--title "…"] [--date YYYY-MM-DD|YYYY] [--out DIR] [--no-language-model]\n       npm run draft -- <folder | article.txt…> [--date YYYY-MM-DD|YYYY] [--out DIR] [--no-language-model]\nThe language model (CoreNLP, `npm run nlp:start`) reads each article unless --no-language-model is given.';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        out: { type: 'string' },
        'language-model': { type: 'boolean', default: true },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  if (extra.length > 0 || isDirectory(file)) {
    if (parsed.values.title !== undefined) {
      console.error(`--title names one article; a batch takes each title from its first line.\n${USAGE}`);
      return 2;
    }
    return draftBatch(parsed.positionals, parsed.values.out, parsed.values.date, parsed.values['language-model']);
  }
  const config = loadConfig();
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 5_000 });
  try {
    const result = await runDraft(resolve(file), {
      projectRoot: PROJECT_ROOT,
      outDir: resolve(parsed.values.out ?? resolve(PROJECT_ROOT, 'drafts')),
      driver,
      database: config.neo4j.database,
      uri: config.neo4j.uri,
      title: parsed.values.title,
      date: parsed.values.date,
      languageModel: parsed.values['language-model'],
      log: (l) => console.log(l),
    });
    const { draft, files } = result;
    console.log('');
    console.log(`Draft ${draft.document.id} (${(result.millis / 1000).toFixed(1)} s):`);
    console.log(
      `  ${draft.entities.length} entities (${draft.entities.filter((e) => e.existing).length} existing, ${draft.entities.filter((e) => !e.existing).length} new), ${draft.facts.length} facts, ${draft.indicators.length} figures, ${draft.review.length} review items`,
    );
    console.log(
      `  validation: ${draft.validation.valid ? 'valid (applied and rolled back)' : `${draft.validation.violations.length} violation(s), see the JSON`}`,
    );
    for (const f of [files.json, files.cypher, files.html]) console.log(`  ${relative(process.cwd(), f)}`);
    console.log(`Review the page, edit the script if needed, then: npm run draft:accept -- ${draft.document.id}`);
    return 0;
  } catch (error) {
    if (error instanceof DraftInputError || error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A progress bar on a terminal; one line per article otherwise (CI logs, pipes). */
function progressBar(): (done: number, total: number, file: string) => void {
  const tty = process.stderr.isTTY;
  return (done, total, file) => {
    const width = 24;
    const filled = Math.round((done / Math.max(1, total)) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${file ? ` ${file}` : ''}`;
    if (tty) process.stderr.write(`\r${line.padEnd(80)}${done === total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}

async function draftBatch(
  paths: string[],
  out: string | undefined,
  date: string | undefined,
  languageModel = true,
): Promise<number> {
  let files: string[];
  try {
    files = batchFiles(paths.map((p) => resolve(p)));
  } catch (error) {
    if (error instanceof DraftInputError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const config = loadConfig();
  const driver = createDriver(config.neo4j, { maxTransactionRetryTimeMs: 5_000 });
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    if (languageModel) {
      try {
        await startLanguageModel((l) => console.error(l));
      } catch (error) {
        if (!(error instanceof DraftInputError)) throw error;
        console.error(error.message);
        return 2;
      }
    }
    const started = performance.now();
    const rows = await runBatch(
      files,
      {
        projectRoot: PROJECT_ROOT,
        outDir: resolve(out ?? resolve(PROJECT_ROOT, 'drafts')),
        driver,
        database: config.neo4j.database,
        uri: config.neo4j.uri,
        date,
        languageModel,
      },
      progressBar(),
    );
    console.log(renderBatchTable(rows));
    const failed = rows.filter((r) => r.error).length;
    console.log(
      `\n${rows.length - failed} of ${rows.length} articles drafted in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} failed (see the table)` : ''}. Review them at /review (npm start), or accept one with npm run draft:accept -- <docId>.`,
    );
    return failed > 0 ? 2 : 0;
  } finally {
    await driver.close();
  }
}

runCommand(main);
