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
import { Random } from '../generator/random.js';
import { measureHubPages, type HubPagesRun } from '../hub-pages.js';
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
  {
    name: 'hub page',
    description:
      "the explorer's entity page of the graph's most connected entity, median of 20 requests to the API in its own process (first screen server-side, facts grouped and paged)",
    targetSeconds: 0.3,
    async measure(ctx) {
      const run = await hubPages(ctx);
      return run.page.medianMs / 1000;
    },
  },
  {
    name: 'search p99',
    description: "the explorer's search (GraphQL `search`, first 20) for words of the graph's entity names, p99",
    targetSeconds: 0.05,
    async measure(ctx) {
      const run = await hubPages(ctx);
      return run.search.p99Ms / 1000;
    },
  },
];

/**
 * One run of the hub-pages measurement (bench/hub-pages.ts) per graph, shared by the two
 * records that report from it: search texts are a word or two of the graph's entity names.
 */
const hubRuns = new WeakMap<CorpusContext, Promise<HubPagesRun>>();
function hubPages(ctx: CorpusContext): Promise<HubPagesRun> {
  const cached = hubRuns.get(ctx);
  if (cached) return cached;
  const run = (async () => {
    const { records } = await ctx.driver.executeQuery(
      'MATCH (n:Entity) WHERE NOT n:Person RETURN n.name AS name ORDER BY n.id',
      {},
      { database: ctx.database },
    );
    const random = new Random(`corpus-${ctx.articles}/searches`);
    const names = random.shuffle(records.map((r) => r.get('name') as string)).slice(0, 100);
    const searches = names.map((name) => {
      const words = name.split(' ');
      return random.chance(0.7) ? (words[1] ?? words[0] ?? name) : words.slice(0, 2).join(' ');
    });
    return measureHubPages({
      driver: ctx.driver,
      database: ctx.database,
      label: `corpus-${ctx.articles}`,
      requests: 20,
      searches,
      lookups: names.slice(0, 50),
      log: ctx.log,
    });
  })();
  hubRuns.set(ctx, run);
  return run;
}

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
