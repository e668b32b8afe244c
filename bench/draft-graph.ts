// What drafting costs on a big graph: each blind held-out article drafted against the
// benchmark's synthetic graph, its time split into the language model's reading (which does
// not depend on the graph) and the part that does — the name index's candidates, resolution
// and the rules over those candidates, and the rolled-back validation. The issue's target is
// the second part ≤ 1 s per article on the scale-10 graph. The language reading is asked once
// per article and reused by every pass, so the passes time the graph part alone.
import type { Driver } from 'neo4j-driver';
import { buildDraft } from '../src/draft/build-draft.js';
import { renderDraftCypher } from '../src/draft/cypher-writer.js';
import { describeDocument } from '../src/draft/input.js';
import { validateInRollback } from '../src/draft/rollback-validate.js';
import { graphNamesOrExplain, readWithLanguageModel } from '../src/draft/run-draft.js';
import type { CoreNlpDocument } from '../src/nlp/corenlp-document.js';
import { summarize, type LatencySummary } from './hub-pages.js';

export interface DraftArticle {
  /** `set/name`, as the eval names it. */
  name: string;
  file: string;
  text: string;
  /** The article's date as its gold states it (years of facts are read against it). */
  date: string | null;
}

/** One draft of one article against the graph, in milliseconds per step. */
export interface DraftTiming {
  article: string;
  pass: number;
  candidates: number;
  entities: number;
  existing: number;
  facts: number;
  valid: boolean;
  /** The validator's rules an invalid draft breaks (empty when valid): what to look into. */
  broken: string[];
  candidatesMs: number;
  buildMs: number;
  validateMs: number;
  /** candidatesMs + buildMs + validateMs: everything of a draft but the language reading. */
  graphPartMs: number;
}

export interface DraftGraphRun {
  articles: number;
  passes: number;
  /** The language model's reading per article (once each; the server warm after the first). */
  languageMs: LatencySummary;
  /** The first draft of the run: query plans and code cold. */
  first: DraftTiming;
  /** Every draft after the first pass. */
  warm: {
    graphPartMs: LatencySummary;
    candidatesMs: LatencySummary;
    buildMs: LatencySummary;
    validateMs: LatencySummary;
  };
  /** Drafts over 1 s (graph part) after the first pass. */
  overTarget: number;
  drafts: DraftTiming[];
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

export async function measureDraftGraph(options: {
  driver: Driver;
  database: string;
  projectRoot: string;
  articles: DraftArticle[];
  passes: number;
  log: (line: string) => void;
}): Promise<DraftGraphRun> {
  const { driver, database, projectRoot, articles, passes, log } = options;
  const readings = new Map<string, CoreNlpDocument>();
  const languageMs: number[] = [];
  for (const [i, a] of articles.entries()) {
    const [reading, ms] = await timed(() => readWithLanguageModel(a.text, () => {}));
    readings.set(a.name, reading);
    languageMs.push(ms);
    log(`  language model ${i + 1}/${articles.length}: ${a.name} (${(ms / 1000).toFixed(1)} s)`);
  }
  const drafts: DraftTiming[] = [];
  for (let pass = 1; pass <= passes; pass += 1) {
    for (const a of articles) {
      const document = describeDocument(projectRoot, a.file, a.text, {
        allowCorpusText: true,
        date: a.date ?? undefined,
      });
      const [graph, candidatesMs] = await timed(() => graphNamesOrExplain(driver, database, a.text));
      const [draft, buildMs] = await timed(() => buildDraft(document, graph, readings.get(a.name)));
      const [validation, validateMs] = await timed(() =>
        validateInRollback(driver, database, projectRoot, draft, renderDraftCypher(draft)),
      );
      const timing: DraftTiming = {
        article: a.name,
        pass,
        candidates: graph.length,
        entities: draft.entities.length,
        existing: draft.entities.filter((e) => e.existing).length,
        facts: draft.facts.length,
        valid: validation.valid,
        broken: [...new Set(validation.violations.map((v) => v.rule))],
        candidatesMs,
        buildMs,
        validateMs,
        graphPartMs: candidatesMs + buildMs + validateMs,
      };
      drafts.push(timing);
      log(
        `  pass ${pass} ${a.name}: ${Math.round(timing.graphPartMs)} ms (candidates ${Math.round(candidatesMs)}, ` +
          `build ${Math.round(buildMs)}, validation ${Math.round(validateMs)}; ${graph.length} candidates, ` +
          `${timing.existing}/${timing.entities} entities existing${validation.valid ? '' : `, INVALID: ${timing.broken.join(', ')}`})`,
      );
    }
  }
  const warm = drafts.filter((d) => d.pass > 1 || passes === 1);
  const of = (f: (d: DraftTiming) => number) => summarize(warm.map(f));
  return {
    articles: articles.length,
    passes,
    languageMs: summarize(languageMs),
    first: drafts[0]!,
    warm: {
      graphPartMs: of((d) => d.graphPartMs),
      candidatesMs: of((d) => d.candidatesMs),
      buildMs: of((d) => d.buildMs),
      validateMs: of((d) => d.validateMs),
    },
    overTarget: warm.filter((d) => d.graphPartMs > 1000).length,
    drafts,
  };
}
