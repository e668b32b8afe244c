// How far two careful readers agree: a second blind reader's gold file for the same article,
// read as if it were a draft and scored against the first reader's with the drafter's own
// scorer. What the second reader asserts (its items not marked optional) is the "draft"; the
// first reader's optional items count neither way, as they do for the drafter. The
// corrections one reader's reading needs to become the other's are the floor the drafter's
// corrections per article can be compared with. Pure.
import { slug } from '../names.js';
import type { Draft, DraftEntity, DraftFact, DraftIndicator, EntityKind } from '../types.js';
import type { Gold } from './score.js';

export const SECOND_READER_RULE = 'second-reader';

export function goldAsDraft(gold: Gold, text: string, file: string): Draft {
  const idOf = new Map(
    gold.entities.map((e) => [e.name, e.existing ?? `${e.kind.toLowerCase()}:${slug(e.name)}`] as const),
  );
  const asserted = gold.facts.filter((f) => !f.optional && !f.inferred);
  const named = new Set(asserted.flatMap((f) => [f.from, f.to]));
  const entities: DraftEntity[] = gold.entities
    .filter((e) => !e.optional || named.has(e.name))
    .map((e) => ({
      id: idOf.get(e.name) ?? e.name,
      kind: e.kind as EntityKind,
      name: e.name,
      aliases: [e.name, ...(e.aliases ?? [])],
      existing: e.existing !== null,
      confidence: 1,
      evidence: [],
      surfaceForms: [e.name, ...(e.aliases ?? [])],
      candidates: [],
    }));
  const facts: DraftFact[] = asserted.map((f) => ({
    type: f.type,
    from: idOf.get(f.from) ?? f.from,
    to: idOf.get(f.to) ?? f.to,
    properties: {
      ...(f.year !== undefined ? { year: f.year } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.role ? { role: f.role } : {}),
    },
    confidence: 1,
    evidence: f.quote ? [f.quote] : [],
    rule: SECOND_READER_RULE,
  }));
  const indicators: DraftIndicator[] = gold.figures
    .filter((g) => !g.optional)
    .map((g, i) => ({
      id: `figure:${i + 1}`,
      subject: g.subject ? (idOf.get(g.subject) ?? g.subject) : '',
      name: g.unit,
      value: g.value,
      unit: g.unit,
      year: g.year,
      change: g.change ?? null,
      confidence: 1,
      evidence: g.quote ? [g.quote] : [],
      rule: SECOND_READER_RULE,
    }));
  return {
    document: { id: file, title: gold.title ?? '', date: gold.date, dateDerivation: 'gold', file, text },
    entities,
    facts,
    indicators,
    review: [],
    validation: { valid: true, violations: [] },
  };
}
