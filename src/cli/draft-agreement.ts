// npm run draft:agreement
// How far two blind readers agree on the same articles: for every set with a second reader's
// gold (data/eval/blind/gold-second/<set>/), each reader's gold is scored against the other's
// with the drafter's scorer (src/draft/eval/agreement.ts), both ways. Prints the table and
// writes bench/results/draft-agreement-<date>.json. Reads files only: no database, no model.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { goldAsDraft } from '../draft/eval/agreement.js';
import { summarise, type SetSummary } from '../draft/eval/report.js';
import type { ArticleResult } from '../draft/eval/run-eval.js';
import { prf, scoreDraft, type Gold } from '../draft/eval/score.js';
import { runCommand } from './fail.js';

const BLIND = join(PROJECT_ROOT, 'data', 'eval', 'blind');

async function main(): Promise<number> {
  const secondDir = join(BLIND, 'gold-second');
  const sets = existsSync(secondDir) ? readdirSync(secondDir).sort() : [];
  if (sets.length === 0) {
    console.error(`No second reader's gold in ${secondDir}: nothing to compare.`);
    return 2;
  }
  const rows: string[] = [
    '| set, read as draft → scored against | entities P / R | facts P / R | figures R (subject) | corrections / article |',
    '|---|---|---|---|---|',
  ];
  const out: Record<string, SetSummary> = {};
  const row = (label: string, results: ArticleResult[]) => {
    const s = summarise(label, results);
    out[label] = s;
    const e = prf(s.entities);
    const x = prf(s.facts);
    rows.push(
      `| ${label} | ${e.p.toFixed(2)} / ${e.r.toFixed(2)} | ${x.p.toFixed(2)} / ${x.r.toFixed(2)} | ${prf(s.figures).r.toFixed(2)} (${s.figures.subjectAgrees}/${s.figures.withSubject}) | ${(s.corrections.total / s.articles).toFixed(1)} |`,
    );
  };
  const allFirst: ArticleResult[] = [];
  const allSecond: ArticleResult[] = [];
  for (const set of sets) {
    const first: ArticleResult[] = [];
    const second: ArticleResult[] = [];
    for (const f of readdirSync(join(secondDir, set))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const name = basename(f, '.json');
      const text = readFileSync(join(BLIND, 'articles', set, `${name}.txt`), 'utf8');
      const a = JSON.parse(readFileSync(join(BLIND, 'gold', set, f), 'utf8')) as Gold;
      const b = JSON.parse(readFileSync(join(secondDir, set, f), 'utf8')) as Gold;
      const result = (score: ArticleResult['score']): ArticleResult => ({
        set: `blind-${set}` as ArticleResult['set'],
        article: name,
        millis: 0,
        score,
        scoreBySpelling: score,
      });
      second.push(result(scoreDraft(goldAsDraft(b, text, name), a)));
      first.push(result(scoreDraft(goldAsDraft(a, text, name), b)));
    }
    row(`${set}: second reader → first reader's gold`, second);
    row(`${set}: first reader → second reader's gold`, first);
    allFirst.push(...first);
    allSecond.push(...second);
  }
  if (sets.length > 1) {
    row(`all ${sets.length} sets: second reader → first reader's gold`, allSecond);
    row(`all ${sets.length} sets: first reader → second reader's gold`, allFirst);
  }
  console.log(rows.join('\n'));
  const when = new Date().toISOString().slice(0, 10);
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(PROJECT_ROOT, 'bench', 'results', `draft-agreement-${when}.json`),
    `${JSON.stringify({ when, summaries: out }, null, 2)}\n`,
  );
  console.log(`\nWrote bench/results/draft-agreement-${when}.json.`);
  return 0;
}

runCommand(main);
