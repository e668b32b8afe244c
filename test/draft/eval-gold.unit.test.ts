// Every gold file of the eval sets is consistent with its article and the model: quotes
// verbatim, facts between listed entities, types from the registry. A gold file that drifts
// from its article would score the drafter against nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationshipType } from '../../src/model/relationship-types.js';
import { EVAL_SETS, evalArticles } from '../../src/draft/eval/run-eval.js';
import type { Gold } from '../../src/draft/eval/score.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The second readers' gold (data/eval/blind/gold-second/<set>/), each with the article it reads. */
function secondReaderGold(): Array<{ set: string; articles: Array<{ name: string; text: string; gold: Gold }> }> {
  const dir = join(ROOT, 'data', 'eval', 'blind', 'gold-second');
  return readdirSync(dir).map((set) => ({
    set: `second reader, ${set}`,
    articles: readdirSync(join(dir, set)).map((f) => ({
      name: f,
      text: readFileSync(join(ROOT, 'data', 'eval', 'blind', 'articles', set, f.replace(/\.json$/, '.txt')), 'utf8'),
      gold: JSON.parse(readFileSync(join(dir, set, f), 'utf8')) as Gold,
    })),
  }));
}

describe('eval gold files', () => {
  for (const { set, articles } of [
    ...EVAL_SETS.map((set) => ({ set: set as string, articles: evalArticles(ROOT, set) })),
    ...secondReaderGold(),
  ]) {
    it(`${set}: every fact joins listed entities by a registry type, every quote is verbatim`, () => {
      expect(articles.length).toBeGreaterThan(0);
      for (const a of articles) {
        const names = new Set(a.gold.entities.map((e) => e.name));
        for (const f of a.gold.facts) {
          expect(relationshipType(f.type), `${a.name}: ${f.type}`).toBeDefined();
          expect(names.has(f.from) && names.has(f.to), `${a.name}: ${f.from} → ${f.to}`).toBe(true);
          if (f.quote) expect(a.text, `${a.name}: fact quote`).toContain(f.quote);
        }
        for (const g of a.gold.figures) {
          if (g.quote) expect(a.text, `${a.name}: figure quote`).toContain(g.quote);
          if (g.subject) expect(names.has(g.subject), `${a.name}: subject ${g.subject}`).toBe(true);
        }
      }
    });
  }

  it('blind held-out and validation gold names only ids the graph scripts define', () => {
    const scripts = readdirSync(join(ROOT, 'cypher'))
      .map((f) => readFileSync(join(ROOT, 'cypher', f), 'utf8'))
      .join('\n');
    for (const a of [
      ...evalArticles(ROOT, 'blind-heldout'),
      ...evalArticles(ROOT, 'blind-fresh'),
      ...evalArticles(ROOT, 'blind-third'),
      ...evalArticles(ROOT, 'blind-fourth'),
      ...evalArticles(ROOT, 'blind-fifth'),
      ...evalArticles(ROOT, 'blind-sixth'),
      ...evalArticles(ROOT, 'blind-seventh'),
      ...evalArticles(ROOT, 'blind-eighth'),
      ...evalArticles(ROOT, 'blind-ninth'),
      ...evalArticles(ROOT, 'blind-tenth'),
      ...evalArticles(ROOT, 'blind-eleventh'),
      ...evalArticles(ROOT, 'blind-twelfth'),
      ...evalArticles(ROOT, 'blind-dev'),
      ...evalArticles(ROOT, 'blind-dev2'),
    ])
      for (const e of a.gold.entities)
        for (const id of [e.existing, ...(e.mustNotBe ?? [])].filter(Boolean))
          expect(scripts, `${a.name}: ${id}`).toContain(`'${id}'`);
  });
});
