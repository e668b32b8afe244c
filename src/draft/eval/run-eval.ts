// The drafting benchmark: drafts every eval article (tuned and held-out halves) against
// the live graph and scores it with its gold file; optionally leave-one-out over the
// curated articles (withdraw one in a scratch database, draft it, compare, re-import).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { draftArticle } from '../run-draft.js';
import type { Draft } from '../types.js';
import { scoreDraft, type ArticleScore, type Gold } from './score.js';

export const EVAL_DIR = join('data', 'eval');
/**
 * The team's own halves (tune, heldout: written with sight of the rules) and the blind halves
 * (written by someone who never saw the drafter: data/eval/blind/; the held-out one is never
 * tuned on). `blind-fresh` is a second blind held-out set, written after the first had been
 * looked at three times: it is drafted only when asked for by name (`--set blind-fresh`), so
 * that an ordinary eval run while rules are being written does not show it. `blind-third` is a
 * third blind held-out set, by a third writer, written while the dependency rules over
 * CoreNLP's parse were being built (on the tuning half) and first drafted once they were done.
 * `blind-tune2` is a second tuning set by a fourth writer, asked to write as the published
 * reports read, so that the rules may be fitted to that style without touching a held-out set;
 * `blind-fourth`, by a fifth writer at the same time, is the held-out set that says whether
 * fitting to it carried. `blind-tune3` and `blind-fifth` are a third tuning set and a fifth
 * held-out set, by two more writers at the same time, neither shown the other's; `blind-tune4`
 * and `blind-sixth` a fourth tuning set and a sixth held-out set, likewise; `blind-tune5` and
 * `blind-seventh` a fifth tuning set and a seventh held-out set, likewise; `blind-tune6` and
 * `blind-eighth` a sixth tuning set and an eighth held-out set, likewise; `blind-ninth` a ninth
 * held-out set, written while the rules were fitted to the sixth tuning set and drafted by the
 * code of that stop's start and of its end. `blind-dev` and `blind-dev2` are validation sets by
 * two more writers: the relation classifier (src/draft/learned/), trained on the tuning sets,
 * chooses on them which types it proposes and at what threshold; no rule is fitted to them.
 * `blind-tenth` is a tenth held-out set, written after the classifier was trained and chosen.
 * `blind-tune7`, `blind-tune8` and `blind-tune9` are three more tuning sets, by three more
 * writers, written to give the classifier more to learn from; `blind-eleventh`, by a fourth
 * writer at the same time, is an eleventh held-out set. `blind-tune10` and `blind-tune11` are
 * two more tuning sets and `blind-twelfth` a twelfth held-out set, written at the end of that
 * stop and not yet drafted: the next stop drafts the tuning sets first, as unseen text, before
 * it fits anything to them or trains on them.
 */
export const EVAL_SETS = [
  'heldout',
  'tune',
  'blind-heldout',
  'blind-tune',
  'blind-fresh',
  'blind-third',
  'blind-tune2',
  'blind-fourth',
  'blind-tune3',
  'blind-fifth',
  'blind-tune4',
  'blind-sixth',
  'blind-tune5',
  'blind-seventh',
  'blind-tune6',
  'blind-eighth',
  'blind-ninth',
  'blind-dev',
  'blind-dev2',
  'blind-tenth',
  'blind-tune7',
  'blind-tune8',
  'blind-tune9',
  'blind-eleventh',
  'blind-tune10',
  'blind-tune11',
  'blind-twelfth',
] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

/** How the report names each set (docs/drafting-eval.md), and the leave-one-out run. */
export const EVAL_SET_LABELS: Record<EvalSet | 'leave-one-out', string> = {
  heldout: 'held-out',
  tune: 'tuned',
  'blind-heldout': 'blind held-out',
  'blind-tune': 'blind tuning',
  'blind-fresh': 'blind fresh (second held-out)',
  'blind-third': 'blind third (third held-out)',
  'blind-tune2': 'blind second tuning',
  'blind-fourth': 'blind fourth (fourth held-out)',
  'blind-tune3': 'blind third tuning',
  'blind-fifth': 'blind fifth (fifth held-out)',
  'blind-tune4': 'blind fourth tuning',
  'blind-sixth': 'blind sixth (sixth held-out)',
  'blind-tune5': 'blind fifth tuning',
  'blind-seventh': 'blind seventh (seventh held-out)',
  'blind-tune6': 'blind sixth tuning',
  'blind-eighth': 'blind eighth (eighth held-out)',
  'blind-ninth': 'blind ninth (ninth held-out)',
  'blind-dev': 'blind validation (chooses the classifier’s threshold)',
  'blind-dev2': 'blind second validation',
  'blind-tenth': 'blind tenth (tenth held-out)',
  'blind-tune7': 'blind seventh tuning',
  'blind-tune8': 'blind eighth tuning',
  'blind-tune9': 'blind ninth tuning',
  'blind-eleventh': 'blind eleventh (eleventh held-out)',
  'blind-tune10': 'blind tenth tuning',
  'blind-tune11': 'blind eleventh tuning',
  'blind-twelfth': 'blind twelfth (twelfth held-out)',
  'leave-one-out': 'leave-one-out (curated)',
};

function setDirs(root: string, set: EvalSet): { articles: string; gold: string } {
  const [base, half] = set.startsWith('blind-')
    ? [join(root, EVAL_DIR, 'blind'), set.slice(6)]
    : [join(root, EVAL_DIR), set];
  return { articles: join(base, 'articles', half), gold: join(base, 'gold', half) };
}

export interface ArticleResult {
  set: EvalSet | 'leave-one-out';
  article: string;
  millis: number;
  score: ArticleScore;
  /** The same draft scored by spelling alone (no match by graph id): the scoring before it was fairer. */
  scoreBySpelling: ArticleScore;
}

/** The file of an evaluation article (`name` without `.txt`). */
export function evalArticleFile(root: string, set: EvalSet, name: string): string {
  return join(setDirs(root, set).articles, `${name}.txt`);
}

export function evalArticles(root: string, set: EvalSet): Array<{ name: string; text: string; gold: Gold }> {
  const { articles: dir, gold } = setDirs(root, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = basename(f, '.txt');
      const goldFile = join(gold, `${name}.json`);
      return {
        name,
        text: readFileSync(join(dir, f), 'utf8'),
        gold: JSON.parse(readFileSync(goldFile, 'utf8')) as Gold,
      };
    });
}

export interface EvalOptions {
  root: string;
  driver: Driver;
  database: string;
  log?: (line: string) => void;
  /** Read each article with the language model, as `npm run draft` does (`--no-language-model`: the surface rules alone). */
  languageModel?: boolean;
  /** Draft with the learned rule (src/draft/learned/), as `npm run draft` does (false: the hand-written rules alone). */
  relationClassifier?: boolean;
}

export async function draftAndScore(
  o: EvalOptions,
  set: ArticleResult['set'],
  name: string,
  text: string,
  gold: Gold,
  extra: { allowCorpusText?: boolean; date?: string } = {},
): Promise<{ result: ArticleResult; draft: Draft }> {
  const started = performance.now();
  const draft = await draftArticle(text, `${name}.txt`, {
    projectRoot: o.root,
    driver: o.driver,
    database: o.database,
    languageModel: o.languageModel ?? false,
    ...(o.relationClassifier === false ? { learned: { classifier: null } } : {}),
    ...extra,
  });
  const millis = performance.now() - started;
  return {
    result: {
      set,
      article: name,
      millis,
      score: scoreDraft(draft, gold),
      scoreBySpelling: scoreDraft(draft, gold, { byGraphId: false }),
    },
    draft,
  };
}

export async function runEvalSet(o: EvalOptions, set: EvalSet): Promise<ArticleResult[]> {
  const out: ArticleResult[] = [];
  for (const a of evalArticles(o.root, set)) {
    // Blind articles carry their publication date in the gold file, as a user gives it with --date.
    const date = set.startsWith('blind-') && a.gold.date ? { date: a.gold.date } : {};
    const { result } = await draftAndScore(o, set, a.name, a.text, a.gold, date);
    o.log?.(`  ${set}/${a.name}: ${(result.millis / 1000).toFixed(2)} s, ${result.score.valid ? 'valid' : 'INVALID'}`);
    out.push(result);
  }
  return out;
}
