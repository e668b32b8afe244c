// The measurements of `npm run bench:corpus-scale`, one record each, run in this order on
// every corpus size. Each runs what its command runs (the library calls behind `npm run
// import`, `validate`, `withdraw`), in this process, so the figure is the operation and not
// the start-up of a Node process. Adding a measurement is adding a record here.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config.js';
import { draftArticle } from '../../src/draft/run-draft.js';
import { importIfChanged, runImport, type StatementSending } from '../../src/graph-import/run-import.js';
import { withdrawArticle } from '../../src/graph-import/withdraw-article.js';
import { validateGraph } from '../../src/validate/validate-graph.js';
import { addNextArticle, type CorpusManifest } from './write-corpus.js';

export interface CorpusContext {
  driver: Driver;
  database: string;
  articles: number;
  /** The generated corpus (cached, never changed). */
  corpusDir: string;
  /** A copy of it the measurements may change (an article added, one withdrawn). */
  workDir: string;
  manifest: CorpusManifest;
  sending: StatementSending;
  /** Restarts the benchmark's server, so that the next measurement starts cold. */
  restartServer(): Promise<void>;
  log(line: string): void;
}

export interface CorpusWorkload {
  name: string;
  /** What the figure is, for the report. */
  description: string;
  /** The target on this machine for the 1,000-article corpus, in seconds (null: none set). */
  targetSeconds: number | null;
  /** Runs the operation; returns its seconds (the part that is the operation, set-up excluded). */
  measure(ctx: CorpusContext): Promise<number>;
}

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

export const CORPUS_WORKLOADS: readonly CorpusWorkload[] = [
  {
    name: 'fresh import',
    description: 'every script of the corpus into an emptied, just-started server (`npm run import -- --from`)',
    targetSeconds: 60,
    async measure(ctx) {
      rmSync(ctx.workDir, { recursive: true, force: true });
      cpSync(ctx.corpusDir, ctx.workDir, { recursive: true });
      await ctx.restartServer();
      return seconds(() =>
        runImport(ctx.driver, {
          database: ctx.database,
          cypherDir: join(ctx.workDir, 'cypher'),
          projectRoot: ctx.workDir,
          sending: ctx.sending,
        }),
      );
    },
  },
  {
    name: 'validate',
    description: 'every rule over the whole graph (`npm run validate`)',
    targetSeconds: 10,
    async measure(ctx) {
      let count = 0;
      const s = await seconds(async () => {
        count = (await validateGraph(ctx.driver, { database: ctx.database, projectRoot: ctx.workDir })).length;
      });
      if (count > 0) throw new Error(`The generated corpus breaks ${count} rules; fix the generator.`);
      return s;
    },
  },
  {
    name: 'add one article',
    description: 'the next article written as `draft:accept` writes it, then `npm run import -- --if-changed`',
    targetSeconds: 2,
    async measure(ctx) {
      const { docId } = addNextArticle(ctx.workDir);
      let incremental = false;
      const s = await seconds(async () => {
        const outcome = await importIfChanged(ctx.driver, {
          database: ctx.database,
          cypherDir: join(ctx.workDir, 'cypher'),
          projectRoot: ctx.workDir,
          sending: ctx.sending,
        });
        incremental = !outcome.skipped && outcome.incremental;
      });
      if (!incremental) throw new Error(`Adding ${docId} re-imported everything instead of that article alone.`);
      return s;
    },
  },
  {
    name: 'withdraw one article',
    description: '`npm run withdraw -- <docId> --yes`: the withdrawal, its file plan before commit, and the file step',
    targetSeconds: 2,
    async measure(ctx) {
      // An article from the middle of the corpus: its entities and facts are shared with others.
      const docId = ctx.manifest.documents[Math.floor(ctx.manifest.documents.length / 2)]!;
      return seconds(() => withdrawArticle(ctx.driver, ctx.database, ctx.workDir, docId));
    },
  },
  {
    name: 'draft one article',
    description:
      'a blind evaluation article drafted against this graph, the first of the process and on this server: name-index candidates, resolution, rules and the rolled-back validation (`npm run draft`, no files)',
    targetSeconds: 1,
    measure: (ctx) => draftSeconds(ctx, DRAFTED_ARTICLES[0]),
  },
  {
    name: 'draft another article',
    description:
      'a second blind article right after the first: what each article of a batch, or a draft on a server in use, costs once query plans and code are warm',
    targetSeconds: 1,
    measure: (ctx) => draftSeconds(ctx, DRAFTED_ARTICLES[1]),
  },
  // Measurements still to come here, on the same graphs: "hub page" (the entity page of the
  // most connected entity, target 300 ms; `npm run bench:hub-pages` measures it on the
  // benchmark's graph) and "search p99" (target 50 ms). Each is one more record of this list.
];

/** The blind articles the drafting workloads draft: zone profiles naming many existing entities. */
const DRAFTED_ARTICLES = ['b07_dalian_puwan_petrochemical_base.txt', 'b01_dandong_border_zone.txt'] as const;

async function draftSeconds(ctx: CorpusContext, article: string): Promise<number> {
  const file = join(PROJECT_ROOT, 'data', 'eval', 'blind', 'articles', 'heldout', article);
  const text = readFileSync(file, 'utf8');
  return seconds(async () => {
    const draft = await draftArticle(text, file, {
      projectRoot: ctx.workDir,
      driver: ctx.driver,
      database: ctx.database,
    });
    if (!draft.validation.valid) throw new Error(`The draft of ${article} is not valid on this graph.`);
  });
}
