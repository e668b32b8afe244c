// Scores a draft against a hand-made gold file: entities (name and kind), resolution to
// existing nodes (and false merges), facts by type and by rule, figures (value and unit,
// year, subject), and the corrections a reviewer would make. Pure. How two facts match
// (year-keyed, status) comes from the relationship registry.
import { relationshipType } from '../../model/relationship-types.js';
import { nameKey } from '../names.js';
import type { Draft, DraftEntity } from '../types.js';

export interface GoldEntity {
  name: string;
  kind: string;
  existing: string | null;
  aliases?: string[];
  /** Graph ids it resembles but is not: resolving to one is a false merge. */
  mustNotBe?: string[];
  /** What a careful reader could leave out: not missed if absent, not spurious if drafted. */
  optional?: boolean;
  /** The writer's remark (e.g. an official's role the model has no fact for). */
  note?: string;
}
export interface GoldFact {
  type: string;
  from: string;
  to: string;
  year?: number | null;
  status?: string;
  role?: string;
  /** What a careful reader could take either way: not missed if absent, not spurious if drafted. */
  optional?: boolean;
  /** Inferred, not stated (leave-one-out over curated scripts): scored apart from stated facts. */
  inferred?: boolean;
  quote?: string;
}
export interface GoldFigure {
  value: number;
  unit: string;
  year: number | null;
  change?: string;
  /** Gold entity name the figure is about. */
  subject?: string | null;
  optional?: boolean;
  quote?: string;
}
export interface Gold {
  title?: string;
  date: string | null;
  entities: GoldEntity[];
  facts: GoldFact[];
  figures: GoldFigure[];
}

export interface Counts {
  tp: number;
  drafted: number;
  gold: number;
  /** Drafted items that match a gold one, when that differs from `tp` (two drafted names of one gold entity). */
  tpDrafted?: number;
}

export interface ArticleScore {
  entities: Counts;
  /** Gold entities that exist in the graph, and how many the draft resolved to exactly that node. */
  resolution: { existing: number; correct: number; falseMerges: string[] };
  facts: Record<string, Counts>;
  /** Drafted facts per rule, and how many of them match the gold. */
  factsByRule: Record<string, { drafted: number; tp: number }>;
  /** Gold facts marked inferred (leave-one-out), and how many were drafted: kept out of `facts`. */
  inferredFacts: { gold: number; found: number };
  figures: Counts & { yearAgrees: number; subjectAgrees: number; withSubject: number };
  /** What a reviewer must fix: misses + extras + wrong resolutions. */
  corrections: number;
  quotes: { total: number; verbatim: number };
  valid: boolean;
  missedEntities: string[];
  spuriousEntities: string[];
  missedFacts: string[];
  spuriousFacts: string[];
  missedFigures: string[];
  /** Figures found with another year or subject than the gold's: what a reviewer edits. */
  figureFieldsWrong: string[];
}

const UNIT_SYNONYMS: Record<string, string> = {
  tonnes: 'tons',
  companies: 'enterprises',
  firms: 'enterprises',
  metres: 'meters',
  '%': 'percent',
  'per cent': 'percent',
};
/** Units written in several scales, as (unit, factor) to one base unit: gold files may use either. */
const UNIT_SCALES: Record<string, [string, number]> = {
  'square kilometers': ['square meters', 1e6],
  'square kilometres': ['square meters', 1e6],
  'sq km': ['square meters', 1e6],
  hectares: ['square meters', 1e4],
  kilometers: ['meters', 1e3],
  kilometres: ['meters', 1e3],
  km: ['meters', 1e3],
  'square metres': ['square meters', 1],
  megawatts: ['mw', 1],
  gigawatts: ['gw', 1],
};
const unitKey = (u: string | null) => {
  const last = (u ?? '').toLowerCase().trim();
  return UNIT_SYNONYMS[last] ?? last;
};
/** The counted thing's head word ("Fortune Global 500 companies" → enterprises, "tons per year" → tons). */
const unitHead = (u: string | null) => {
  const words = unitKey(u).split(' per ')[0]?.split(/\s+/) ?? [];
  const head = words[words.length - 1] ?? '';
  return UNIT_SYNONYMS[head] ?? head;
};
/** Value and unit in the base unit of their scale. */
function normalized(value: number, unit: string | null): [number, string] {
  const scale = UNIT_SCALES[unitKey(unit)];
  return scale ? [value * scale[1], scale[0]] : [value, unitKey(unit)];
}
/** A drafted figure states the gold one: the same value in the same unit, or the same count of the same thing. */
export function sameFigure(value: number, unit: string | null, g: GoldFigure): boolean {
  const [dv, du] = normalized(value, unit);
  const [gv, gu] = normalized(g.value, g.unit);
  if (Math.abs(dv - gv) > 1e-9 * Math.max(1, Math.abs(gv))) return false;
  return du === gu || unitHead(du) === unitHead(gu);
}

/**
 * Comparison key: the name's key (case, punctuation, legal form ignored) without a plural
 * ending ("high-tech enterprises" / "High-tech enterprise") or a leading article ("the United
 * States" / "United States", "the European Union"): spellings a reviewer has nothing to fix in.
 */
export const scoreKey = (name: string) => nameKey(name.replace(/^the\s+/i, '')).replace(/s$/, '');
const key = scoreKey;

function goldKeys(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.aliases ?? [])].map(key));
}

/**
 * The gold entity a drafted one names: same spelling (ignoring case, punctuation and legal
 * form) and kind; or, with `byGraphId`, an existing entity resolved to the graph node the
 * gold names ("Chaoyang" resolved to place:chaoyang where the gold spells it "Chaoyang City":
 * the reviewer has nothing to fix).
 */
export function matchEntity(d: DraftEntity, gold: GoldEntity[], byGraphId: boolean): GoldEntity | undefined {
  const forms = (d.surfaceForms.length > 0 ? d.surfaceForms : [d.name]).map(key);
  return (
    gold.find((g) => g.kind === d.kind && forms.some((f) => goldKeys(g).has(f))) ??
    (byGraphId && d.existing ? gold.find((g) => g.existing === d.id) : undefined)
  );
}

export interface ScoreOptions {
  /** Match an existing drafted entity to the gold entity of the same graph id, whatever its spelling (default true). */
  byGraphId?: boolean;
}

export function scoreDraft(draft: Draft, gold: Gold, options: ScoreOptions = {}): ArticleScore {
  const text = draft.document.text;
  const goldOf = new Map<string, GoldEntity>();
  for (const d of draft.entities) {
    const g = matchEntity(d, gold.entities, options.byGraphId ?? true);
    if (g) goldOf.set(d.id, g);
  }
  // Optional gold entities count neither way: a draft of one is no extra, its absence no miss.
  const optionalDrafted = new Set([...goldOf].filter(([, g]) => g.optional).map(([id]) => id));
  const countedGold = gold.entities.filter((g) => !g.optional);
  const matchedGold = new Set([...goldOf.values()].filter((g) => !g.optional));
  const byName = new Map(gold.entities.map((g) => [g.name, g]));

  const falseMerges: string[] = [];
  let correct = 0;
  for (const d of draft.entities) {
    const g = goldOf.get(d.id);
    if (d.existing && g && g.existing !== d.id)
      falseMerges.push(`${d.surfaceForms.join(' / ')} → ${d.id} (gold: ${g.existing ?? 'new'})`);
    else if (d.existing && !g && gold.entities.some((x) => x.mustNotBe?.includes(d.id)))
      falseMerges.push(`${d.surfaceForms.join(' / ')} → ${d.id} (gold: must not be)`);
  }
  for (const g of countedGold.filter((x) => x.existing)) {
    if (draft.entities.some((d) => d.existing && d.id === g.existing && goldOf.get(d.id) === g)) correct += 1;
  }

  const factKey = (type: string, a: GoldEntity | undefined, b: GoldEntity | undefined, extra: string) =>
    a && b ? `${type}|${a.name}|${b.name}|${extra}` : null;
  const extraOf = (type: string, year: unknown, status: unknown) => {
    const t = relationshipType(type);
    const hasStatus = t?.properties.some((p) => p.valueType === 'award-status') ?? false;
    return `${t?.yearKeyed ? String(year ?? null) : ''}|${hasStatus ? String(status) : ''}`;
  };
  const goldFacts = new Map<string, GoldFact>();
  for (const f of gold.facts) {
    const k = factKey(f.type, byName.get(f.from), byName.get(f.to), extraOf(f.type, f.year, f.status));
    if (!k) throw new Error(`Gold fact names an entity not in the gold list: ${JSON.stringify(f)}`);
    goldFacts.set(k, f);
  }
  const facts: Record<string, Counts> = {};
  const bump = (type: string, field: keyof Counts) => {
    facts[type] ??= { tp: 0, drafted: 0, gold: 0 };
    facts[type][field] += 1;
  };
  const counted = (f: GoldFact) => !f.optional && !f.inferred;
  for (const f of gold.facts) if (counted(f)) bump(f.type, 'gold');
  const found = new Set<string>();
  const spuriousFacts: string[] = [];
  const factsByRule: Record<string, { drafted: number; tp: number }> = {};
  for (const f of draft.facts) {
    const k = factKey(
      f.type,
      goldOf.get(f.from),
      goldOf.get(f.to),
      extraOf(f.type, f.properties.year, f.properties.status),
    );
    const g = k ? goldFacts.get(k) : undefined;
    const byRule = (factsByRule[f.rule] ??= { drafted: 0, tp: 0 });
    // An official's role the gold records as a note on the person (its writer read LEADS as
    // Person → Enterprise only) is an optional fact: neither a hit nor an extra.
    const note = goldOf.get(f.from)?.note?.toLowerCase();
    if (!g && f.type === 'LEADS' && note && note.includes(String(f.properties.role ?? '').toLowerCase())) continue;
    if (k && g && !counted(g)) {
      // An optional or inferred gold fact: neither a hit nor an extra among the stated facts.
      found.add(k);
      continue;
    }
    bump(f.type, 'drafted');
    byRule.drafted += 1;
    if (k && g && !found.has(k)) {
      found.add(k);
      bump(f.type, 'tp');
      byRule.tp += 1;
    } else spuriousFacts.push(`${f.type} ${f.from} → ${f.to} ${JSON.stringify(f.properties)} [${f.rule}]`);
  }
  const missedFacts = [...goldFacts.entries()].filter(([k, f]) => counted(f) && !found.has(k)).map(([k]) => k);
  const inferredGold = [...goldFacts.entries()].filter(([, f]) => f.inferred);
  const inferredFacts = { gold: inferredGold.length, found: inferredGold.filter(([k]) => found.has(k)).length };

  const used = new Set<number>();
  let figTp = 0;
  let yearAgrees = 0;
  let subjectAgrees = 0;
  let withSubject = 0;
  let optionalFound = 0;
  const missedFigures: string[] = [];
  const figureFieldsWrong: string[] = [];
  const draftedSubject = new Map(draft.entities.map((d) => [d.id, goldOf.get(d.id)?.name]));
  for (const g of [...gold.figures].sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false))) {
    const i = draft.indicators.findIndex((d, n) => !used.has(n) && d.value !== null && sameFigure(d.value, d.unit, g));
    if (i < 0) {
      if (!g.optional) missedFigures.push(`${g.value} ${g.unit}`);
      continue;
    }
    used.add(i);
    if (g.optional) {
      optionalFound += 1;
      continue;
    }
    figTp += 1;
    const drafted = draft.indicators[i];
    if ((drafted?.year ?? null) === g.year) yearAgrees += 1;
    else figureFieldsWrong.push(`${g.value} ${g.unit}: year ${drafted?.year ?? null}, gold ${g.year}`);
    if (g.subject) {
      withSubject += 1;
      const subject = draftedSubject.get(drafted?.subject ?? '');
      if (key(subject ?? '') === key(g.subject)) subjectAgrees += 1;
      else figureFieldsWrong.push(`${g.value} ${g.unit}: subject ${subject ?? drafted?.subject}, gold ${g.subject}`);
    }
  }
  const figuresGold = gold.figures.filter((g) => !g.optional).length;
  const figuresDrafted = draft.indicators.length - optionalFound;

  const quotes = [
    ...draft.facts.flatMap((f) => f.evidence),
    ...draft.indicators.flatMap((i) => i.evidence),
    ...draft.entities.flatMap((e) => e.evidence),
  ];
  const existingGold = countedGold.filter((g) => g.existing).length;
  const spuriousEntities = draft.entities
    .filter((d) => !goldOf.has(d.id))
    .map((d) => `${d.kind} ${d.surfaceForms.join(' / ') || d.name}`);
  const missedEntities = countedGold.filter((g) => !matchedGold.has(g)).map((g) => `${g.kind} ${g.name}`);
  const corrections =
    missedEntities.length +
    spuriousEntities.length +
    (existingGold - correct) +
    falseMerges.length +
    missedFacts.length +
    spuriousFacts.length +
    missedFigures.length +
    (figuresDrafted - figTp);
  return {
    corrections,
    factsByRule,
    inferredFacts,
    entities: {
      tp: matchedGold.size,
      drafted: draft.entities.length - optionalDrafted.size,
      gold: countedGold.length,
      tpDrafted: goldOf.size - optionalDrafted.size,
    },
    resolution: { existing: existingGold, correct, falseMerges },
    facts,
    figures: { tp: figTp, drafted: figuresDrafted, gold: figuresGold, yearAgrees, subjectAgrees, withSubject },
    quotes: { total: quotes.length, verbatim: quotes.filter((q) => text.includes(q)).length },
    valid: draft.validation.valid,
    missedEntities,
    spuriousEntities,
    missedFacts,
    spuriousFacts,
    missedFigures,
    figureFieldsWrong,
  };
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const p = c.drafted === 0 ? 0 : (c.tpDrafted ?? c.tp) / c.drafted;
  const r = c.gold === 0 ? 0 : c.tp / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    drafted: a.drafted + b.drafted,
    gold: a.gold + b.gold,
    tpDrafted: (a.tpDrafted ?? a.tp) + (b.tpDrafted ?? b.tp),
  };
}
