// Sums per-article scores into one row per set and renders the markdown table of
// docs/drafting-eval.md.
import { addCounts, prf, type Counts } from './score.js';
import type { ArticleResult } from './run-eval.js';

export interface SetSummary {
  set: string;
  articles: number;
  entities: Counts;
  resolution: { existing: number; correct: number; falseMerges: string[] };
  facts: Counts;
  factsByType: Record<string, Counts>;
  figures: Counts & { yearAgrees: number; subjectAgrees: number; withSubject: number };
  factsByRule: Record<string, { drafted: number; tp: number }>;
  inferredFacts: { gold: number; found: number };
  /** Corrections a reviewer makes (misses + extras + wrong resolutions), per article. */
  corrections: { total: number; perArticle: Record<string, number> };
  quotes: { total: number; verbatim: number };
  valid: number;
  millis: { mean: number; max: number };
}

const zero = (): Counts => ({ tp: 0, drafted: 0, gold: 0 });

export function summarise(set: string, results: ArticleResult[]): SetSummary {
  let entities = zero();
  let facts = zero();
  const factsByType: Record<string, Counts> = {};
  let figures = zero();
  let yearAgrees = 0;
  let subjectAgrees = 0;
  let withSubject = 0;
  const factsByRule: Record<string, { drafted: number; tp: number }> = {};
  const inferredFacts = { gold: 0, found: 0 };
  const corrections = { total: 0, perArticle: {} as Record<string, number> };
  const resolution = { existing: 0, correct: 0, falseMerges: [] as string[] };
  const quotes = { total: 0, verbatim: 0 };
  for (const r of results) {
    const s = r.score;
    entities = addCounts(entities, s.entities);
    for (const [type, c] of Object.entries(s.facts)) {
      facts = addCounts(facts, c);
      factsByType[type] = addCounts(factsByType[type] ?? zero(), c);
    }
    figures = addCounts(figures, s.figures);
    yearAgrees += s.figures.yearAgrees;
    subjectAgrees += s.figures.subjectAgrees;
    withSubject += s.figures.withSubject;
    for (const [rule, c] of Object.entries(s.factsByRule)) {
      const sum = (factsByRule[rule] ??= { drafted: 0, tp: 0 });
      sum.drafted += c.drafted;
      sum.tp += c.tp;
    }
    inferredFacts.gold += s.inferredFacts.gold;
    inferredFacts.found += s.inferredFacts.found;
    corrections.total += s.corrections;
    corrections.perArticle[r.article] = s.corrections;
    resolution.existing += s.resolution.existing;
    resolution.correct += s.resolution.correct;
    resolution.falseMerges.push(...s.resolution.falseMerges.map((m) => `${r.article}: ${m}`));
    quotes.total += s.quotes.total;
    quotes.verbatim += s.quotes.verbatim;
  }
  const ms = results.map((r) => r.millis);
  return {
    set,
    articles: results.length,
    entities,
    resolution,
    facts,
    factsByType,
    figures: { ...figures, yearAgrees, subjectAgrees, withSubject },
    factsByRule,
    inferredFacts,
    corrections,
    quotes,
    valid: results.filter((r) => r.score.valid).length,
    millis: { mean: ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length), max: Math.max(0, ...ms) },
  };
}

const f2 = (n: number) => n.toFixed(2);
const prfCells = (c: Counts) => {
  const x = prf(c);
  return `${f2(x.p)} / ${f2(x.r)} / ${f2(x.f1)}`;
};

const HEADER =
  '| set | articles | entities P / R / F1 | resolution | false merges | facts P / R / F1 | inferred facts found | figures P / R / F1 | figure year right | figure subject right | corrections per article | and figure fields to fix | quotes verbatim | valid drafts | s per article (mean / max) |';
const RULE = '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|';

/** Years and subjects of found figures that are wrong: a reviewer edits each, though no item is missed or extra. */
function figureFieldsToFix(s: SetSummary): number {
  return s.figures.tp - s.figures.yearAgrees + (s.figures.withSubject - s.figures.subjectAgrees);
}

function mainRow(s: SetSummary): string {
  return `| ${s.set} | ${s.articles} | ${prfCells(s.entities)} | ${f2(s.resolution.existing ? s.resolution.correct / s.resolution.existing : 0)} (${s.resolution.correct}/${s.resolution.existing}) | ${s.resolution.falseMerges.length} | ${prfCells(s.facts)} | ${s.inferredFacts.gold ? `${s.inferredFacts.found}/${s.inferredFacts.gold}` : '—'} | ${prfCells(s.figures)} | ${s.figures.yearAgrees}/${s.figures.tp} | ${s.figures.withSubject ? `${s.figures.subjectAgrees}/${s.figures.withSubject}` : '—'} | ${(s.corrections.total / Math.max(1, s.articles)).toFixed(1)} | +${(figureFieldsToFix(s) / Math.max(1, s.articles)).toFixed(1)} | ${s.quotes.verbatim}/${s.quotes.total} | ${s.valid}/${s.articles} | ${f2(s.millis.mean / 1000)} / ${f2(s.millis.max / 1000)} |`;
}

/** `bySpelling`: the same drafts scored without matching existing entities by graph id (the scoring before it). */
export function renderMarkdown(summaries: SetSummary[], when: string, bySpelling: SetSummary[] = []): string {
  const lines = [
    '# Drafting eval',
    '',
    `Generated by \`npm run draft:eval\` on ${when}. P / R / F1 = precision / recall / F1. Entities count`,
    'when name and kind match the gold file, or when the draft resolved an existing entity to the',
    'graph node the gold file names, however spelled; resolution is the share of gold entities that exist in',
    'the graph which the draft resolved to exactly that node; a false merge is a drafted entity',
    'resolved to an existing node the gold file says it is not. Facts match on type and both ends',
    '(and year for year-keyed types, status where the type has one — src/model/relationship-types.ts);',
    'stated facts only (gold facts marked optional or inferred count neither way; inferred ones are',
    'reported apart). Figures match on value and unit; "year right" and "subject right" are shares of',
    'the matched ones. Corrections are what a reviewer must fix: missed and extra entities, facts and',
    'figures, and wrong resolutions; "and figure fields to fix" adds, per article, the wrong years and',
    'subjects of the figures found, which a reviewer edits too.',
    '',
    HEADER,
    RULE,
    ...summaries.map(mainRow),
  ];
  if (bySpelling.length > 0)
    lines.push(
      '',
      '## The same drafts scored by spelling only',
      '',
      'As every figure before the match by graph id was scored: an existing entity spelled otherwise',
      'than the gold file spells it ("Chaoyang" for "Chaoyang City") counts as a miss and an extra, and',
      'so do its facts.',
      '',
      HEADER,
      RULE,
      ...bySpelling.map(mainRow),
    );
  lines.push('', '## Facts by type', '');
  const types = [...new Set(summaries.flatMap((s) => Object.keys(s.factsByType)))].sort();
  lines.push(`| type | ${summaries.map((s) => `${s.set} P / R (drafted, gold)`).join(' | ')} |`);
  lines.push(`|---|${summaries.map(() => '---').join('|')}|`);
  for (const t of types) {
    const cells = summaries.map((s) => {
      const c = s.factsByType[t];
      if (!c) return '—';
      const x = prf(c);
      return `${f2(x.p)} / ${f2(x.r)} (${c.drafted}, ${c.gold})`;
    });
    lines.push(`| ${t} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## Facts by rule (drafted, and how many match the gold)', '');
  const rules = [...new Set(summaries.flatMap((s) => Object.keys(s.factsByRule)))].sort();
  lines.push(`| rule | ${summaries.map((s) => `${s.set} matched / drafted`).join(' | ')} |`);
  lines.push(`|---|${summaries.map(() => '---').join('|')}|`);
  for (const r of rules) {
    const cells = summaries.map((s) => {
      const c = s.factsByRule[r];
      return c ? `${c.tp} / ${c.drafted}` : '—';
    });
    lines.push(`| ${r} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## Corrections per article', '');
  for (const s of summaries) {
    const per = Object.entries(s.corrections.perArticle).map(([a, n]) => `${a} ${n}`);
    lines.push(`- ${s.set}: ${per.join(', ')}`);
  }
  const merges = summaries.flatMap((s) => s.resolution.falseMerges.map((m) => `- ${s.set}: ${m}`));
  lines.push('', '## False merges', '', ...(merges.length > 0 ? merges : ['None.']), '');
  return lines.join('\n');
}
