// Leave one out over the curated articles, on a scratch database: read what the curated
// scripts say about one article, withdraw it (withdrawDocument), draft its text against
// what is left, compare, then put the graph back by re-running the scripts (MERGE only).
import { join } from 'node:path';
import { loadCorpus } from '../../corpus/corpus.js';
import { listScripts, runDataScript } from '../../graph-import/run-import.js';
import { withdrawDocument } from '../../graph-import/withdraw.js';
import { validateGraph } from '../../validate/validate-graph.js';
import { readFileSync } from 'node:fs';
import { FACT_RULES } from '../rules/fact-rules.js';
import { kindOfLabel } from '../types.js';
import { draftAndScore, type ArticleResult, type EvalOptions } from './run-eval.js';
import type { Gold, GoldEntity, GoldFact } from './score.js';

/** Relationship types the drafter's rules propose; the curated scripts use more (MANUFACTURES, …), counted apart. */
export const DRAFTED_TYPES = new Set(FACT_RULES.map((r) => r.type));

async function curatedGold(
  o: EvalOptions,
  docId: string,
  date: string | null,
): Promise<{ gold: Gold; otherFacts: number }> {
  const q = async (cypher: string) =>
    (await o.driver.executeQuery(cypher, { docId }, { database: o.database, routing: 'READ' })).records.map((r) =>
      r.toObject(),
    );
  const entities = await q(
    `MATCH (:Document {id: $docId})-[:MENTIONS]->(e:Entity)
     RETURN e.id AS id, e.name AS name, e.aliases AS aliases, [l IN labels(e) WHERE l <> 'Entity'][0] AS label`,
  );
  const facts = await q(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONS' AND $docId IN coalesce(r.sources, [])
     RETURN type(r) AS type, a.id AS from, b.id AS to, r.year AS year, r.status AS status, coalesce(r.inferred, false) AS inferred`,
  );
  const figures = await q(
    `MATCH (i:Indicator) WHERE $docId IN i.sources RETURN i.value AS value, i.unit AS unit, i.year AS year`,
  );
  const goldEntities: GoldEntity[] = entities.map((e) => ({
    name: String(e.name),
    kind: kindOfLabel(String(e.label)) ?? String(e.label),
    existing: String(e.id),
    aliases: (e.aliases as string[]) ?? [],
  }));
  const nameOf = new Map(entities.map((e) => [String(e.id), String(e.name)]));
  const goldFacts: GoldFact[] = [];
  let otherFacts = 0;
  for (const f of facts) {
    const from = nameOf.get(String(f.from));
    const to = nameOf.get(String(f.to));
    if (!DRAFTED_TYPES.has(String(f.type)) || !from || !to) {
      otherFacts += 1;
      continue;
    }
    goldFacts.push({
      type: String(f.type),
      from,
      to,
      year: f.year === null || f.year === undefined ? null : Number(f.year),
      ...(f.status ? { status: String(f.status) } : {}),
      ...(f.inferred === true ? { inferred: true } : {}),
    });
  }
  return {
    gold: {
      date,
      entities: goldEntities,
      facts: goldFacts,
      figures: figures.map((f) => ({
        value: Number(f.value),
        unit: String(f.unit ?? ''),
        year: f.year === null || f.year === undefined ? null : Number(f.year),
      })),
    },
    otherFacts,
  };
}

/** Re-runs every data script (MERGE only, so what is there stays) and checks the graph is whole again. */
async function restoreGraph(o: EvalOptions): Promise<void> {
  for (const script of listScripts(join(o.root, 'cypher'))) {
    if (script.kind !== 'data') continue;
    await runDataScript(o.driver, o.database, script.name, readFileSync(script.path, 'utf8'), null);
  }
  const violations = await validateGraph(o.driver, { database: o.database, projectRoot: o.root });
  if (violations.length > 0) throw new Error(`The graph did not come back whole: ${violations[0]?.message}`);
}

export async function runLeaveOneOut(
  o: EvalOptions,
): Promise<Array<ArticleResult & { otherFacts: number; note?: string }>> {
  const out: Array<ArticleResult & { otherFacts: number; note?: string }> = [];
  for (const doc of loadCorpus(o.root).filter((d) => d.kind === 'article')) {
    const { gold, otherFacts } = await curatedGold(o, doc.id, doc.date);
    try {
      const summary = await withdrawDocument(o.driver, o.database, doc.id, { projectRoot: o.root });
      // What survives the withdrawal is "existing" for the drafter; the rest is new to it.
      const deleted = new Set(summary.entitiesDeleted);
      for (const e of gold.entities) if (e.existing && deleted.has(e.existing)) e.existing = null;
      const { result } = await draftAndScore(o, 'leave-one-out', doc.id, doc.text, gold, {
        allowCorpusText: true,
        date: doc.date ?? undefined,
      });
      o.log?.(
        `  leave-one-out/${doc.id}: ${(result.millis / 1000).toFixed(2)} s, ${result.score.valid ? 'valid' : 'INVALID'}`,
      );
      out.push({ ...result, otherFacts });
    } finally {
      await restoreGraph(o);
    }
  }
  return out;
}
