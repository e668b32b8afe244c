// A person's review decisions and how they turn a draft into the draft that gets accepted.
// Pure: the draft and the graph's names go in, a new draft comes out (the original is not
// changed), so the web accept, `npm run draft:accept` and the tests all get the same result
// from the same decisions file. The script is then written by the drafter's own writer.
import { assertVerbatim } from '../draft/evidence.js';
import type { GraphEntity } from '../draft/graph-names.js';
import { isGenericName, slug } from '../draft/names.js';
import {
  KINDS,
  type Draft,
  type DraftEntity,
  type DraftFact,
  type DraftIndicator,
  type EntityKind,
} from '../draft/types.js';
import { normalizeName } from '../model/name-key.js';
import { relationshipType } from '../model/relationship-types.js';

export type { EntityCandidate } from '../draft/types.js';
/** What the review page shows of a draft: the drafter's own shapes (candidates and rule names included). */
export type ReviewedEntity = DraftEntity;
export type ReviewedFact = DraftFact;
export type ReviewedIndicator = DraftIndicator;

/** An entity of the graph a decision points at (kept with the decision, so applying it needs no lookup). */
export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface EntityDecision {
  /** `new`: a new entity (also undoes a merge the drafter made); `same-as`: the existing entity `sameAs`. */
  action: 'new' | 'same-as';
  sameAs?: EntityRef;
  /** For a new entity: its name and kind, if the person changed them. */
  name?: string;
  kind?: EntityKind;
}

/** The relationship properties the review form edits. */
export interface FactFields {
  type: string;
  from: string;
  to: string;
  year?: number | null;
  status?: string | null;
  role?: string | null;
  via?: string[] | null;
}

export interface FactDecision extends Partial<FactFields> {
  verdict: 'accept' | 'reject';
}

export interface FigureFields {
  value: number | null;
  unit: string | null;
  year: number | null;
  subject: string;
}

export interface FigureDecision extends Partial<FigureFields> {
  verdict: 'accept' | 'reject';
}

/** A fact the person added from a selection of the article: the selection is its quote. */
export interface AddedFact extends FactFields {
  quote: string;
  /** Graph entities among the ends that the draft does not name. */
  graphEnds?: EntityRef[];
}

export interface AddedFigure extends FigureFields {
  name: string;
  quote: string;
  change?: string | null;
}

/**
 * One item's decision. Keys of `ReviewFile.decisions`: `entity:<draft entity id>`,
 * `fact:<index in draft.facts>`, `figure:<indicator id>`, `added-fact:<key>`, `added-figure:<key>`.
 */
export type Decision =
  | { item: 'entity'; value: EntityDecision }
  | { item: 'fact'; value: FactDecision }
  | { item: 'figure'; value: FigureDecision }
  | { item: 'added-fact'; value: AddedFact }
  | { item: 'added-figure'; value: AddedFigure };

export interface StoredDecision<D extends Decision = Decision> {
  decision: D;
  /** Who decided (the reviewer's name given at sign-in) and when (ISO time). */
  by: string;
  at: string;
}

export interface ReviewFile {
  docId: string;
  decisions: Record<string, StoredDecision>;
}

export class DecisionError extends Error {
  override name = 'DecisionError';
}

const ITEM_KEY = /^(entity|fact|figure|added-fact|added-figure):(.{1,200})$/;

export function itemKind(key: string): Decision['item'] {
  const m = ITEM_KEY.exec(key);
  if (!m)
    throw new DecisionError(
      `"${key}" is not a review item (entity:…, fact:…, figure:…, added-fact:…, added-figure:…).`,
    );
  return m[1] as Decision['item'];
}

// ---------------------------------------------------------------- checking what a browser sent

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, field: string, max = 300): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max) {
    throw new DecisionError(`${field} must be a non-empty text of at most ${max} characters.`);
  }
  return v.trim();
}
function optionalText(v: unknown, field: string, max = 300): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  return text(v, field, max);
}
function optionalYear(v: unknown, field = 'year'): number | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1800 || n > 2200) {
    throw new DecisionError(`${field} must be a year such as 2023, not ${JSON.stringify(v)}.`);
  }
  return n;
}
function optionalNumber(v: unknown, field: string): number | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  const n = typeof v === 'string' ? Number(v.replace(/,/g, '')) : v;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new DecisionError(`${field} must be a number, not ${JSON.stringify(v)}.`);
  return n;
}
function kind(v: unknown, field = 'kind'): EntityKind {
  if (typeof v !== 'string' || !(KINDS as readonly string[]).includes(v)) {
    throw new DecisionError(`${field} must be one of ${KINDS.join(', ')}.`);
  }
  return v as EntityKind;
}
function entityRef(v: unknown, field: string): EntityRef {
  if (!isObject(v)) throw new DecisionError(`${field} must name an entity ({ id, name, kind }).`);
  return {
    id: text(v.id, `${field}.id`, 200),
    name: text(v.name, `${field}.name`),
    kind: kind(v.kind, `${field}.kind`),
  };
}
function verdict(v: unknown): 'accept' | 'reject' {
  if (v !== 'accept' && v !== 'reject') throw new DecisionError('verdict must be "accept" or "reject".');
  return v;
}
function via(v: unknown): string[] | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  const list = typeof v === 'string' ? v.split(/[;,]/) : Array.isArray(v) ? v : null;
  if (!list) throw new DecisionError('via must be a list of programme names.');
  const names = list.map((x, i) => text(x, `via[${i}]`)).filter(Boolean);
  return names.length > 0 ? names : null;
}
function factFields(v: Json, required: boolean): Partial<FactFields> {
  const out: Partial<FactFields> = {};
  if (v.type !== undefined || required) {
    const type = text(v.type, 'type', 60);
    if (!relationshipType(type)) throw new DecisionError(`${type} is not a relationship type of the model.`);
    out.type = type;
  }
  if (v.from !== undefined || required) out.from = text(v.from, 'from', 200);
  if (v.to !== undefined || required) out.to = text(v.to, 'to', 200);
  const year = optionalYear(v.year);
  if (year !== undefined) out.year = year;
  const status = optionalText(v.status, 'status', 20);
  if (status !== undefined) {
    if (status !== null && status !== 'AWARDED' && status !== 'NOMINATED')
      throw new DecisionError('status must be AWARDED or NOMINATED.');
    out.status = status;
  }
  const role = optionalText(v.role, 'role', 100);
  if (role !== undefined) out.role = role;
  const programmes = via(v.via);
  if (programmes !== undefined) out.via = programmes;
  return out;
}
function figureFields(v: Json, required: boolean): Partial<FigureFields> {
  const out: Partial<FigureFields> = {};
  const value = optionalNumber(v.value, 'value');
  if (value !== undefined) out.value = value;
  const unit = optionalText(v.unit, 'unit', 40);
  if (unit !== undefined) out.unit = unit;
  const year = optionalYear(v.year);
  if (year !== undefined) out.year = year;
  if (v.subject !== undefined || required) out.subject = text(v.subject, 'subject', 200);
  return out;
}

/** Whether `key` names an item of the draft (added items may have any key). */
function namesItem(draft: Draft, key: string): boolean {
  const [item, ...rest] = key.split(':');
  const id = rest.join(':');
  if (item === 'entity') return draft.entities.some((e) => e.id === id);
  if (item === 'fact') return /^\d+$/.test(id) && Number(id) < draft.facts.length;
  if (item === 'figure') return draft.indicators.some((i) => i.id === id);
  return /^[A-Za-z0-9_-]{1,40}$/.test(id);
}

/** Checks a decision as a browser sent it for the item `key`; throws DecisionError saying what is wrong. */
export function parseDecision(key: string, body: unknown, draft: Draft): Decision {
  const item = itemKind(key);
  if (!namesItem(draft, key)) throw new DecisionError(`The draft has no item ${key}. Reload the page.`);
  if (!isObject(body)) throw new DecisionError('The decision must be a JSON object.');
  const articleText = draft.document.text;
  switch (item) {
    case 'entity': {
      if (body.action !== 'new' && body.action !== 'same-as')
        throw new DecisionError('action must be "new" or "same-as".');
      const value: EntityDecision = { action: body.action };
      if (body.action === 'same-as') value.sameAs = entityRef(body.sameAs, 'sameAs');
      const name = optionalText(body.name, 'name');
      if (name) value.name = name;
      if (body.kind !== undefined && body.kind !== '') value.kind = kind(body.kind);
      return { item, value };
    }
    case 'fact':
      return { item, value: { verdict: verdict(body.verdict), ...factFields(body, false) } };
    case 'figure':
      return { item, value: { verdict: verdict(body.verdict), ...figureFields(body, false) } };
    case 'added-fact': {
      const quote = verbatimQuote(body.quote, articleText);
      const fields = factFields(body, true) as FactFields;
      const graphEnds = Array.isArray(body.graphEnds)
        ? body.graphEnds.map((e, i) => entityRef(e, `graphEnds[${i}]`))
        : undefined;
      return { item, value: { ...fields, quote, ...(graphEnds?.length ? { graphEnds } : {}) } };
    }
    case 'added-figure': {
      const quote = verbatimQuote(body.quote, articleText);
      const fields = figureFields(body, true);
      return {
        item,
        value: {
          value: fields.value ?? null,
          unit: fields.unit ?? null,
          year: fields.year ?? null,
          subject: fields.subject!,
          name: text(body.name, 'name', 120),
          quote,
          change: optionalText(body.change, 'change', 40) ?? null,
        },
      };
    }
  }
}

function verbatimQuote(v: unknown, articleText: string): string {
  if (typeof v !== 'string' || v.trim() === '' || !articleText.includes(v)) {
    throw new DecisionError('The quote must be a passage selected in the article, character for character.');
  }
  return assertVerbatim(articleText, v);
}

// ---------------------------------------------------------------- applying the decisions

const decisionsOf = <I extends Decision['item']>(review: ReviewFile, item: I) =>
  Object.entries(review.decisions)
    .filter(([key, stored]) => key.startsWith(`${item}:`) && stored.decision.item === item)
    .map(
      ([key, stored]) =>
        [key.slice(item.length + 1), stored.decision.value] as [string, Extract<Decision, { item: I }>['value']],
    );

/** Properties a fact of `type` may carry, as the registry lists them. */
function allowedProperties(type: string): Set<string> {
  return new Set(relationshipType(type)?.properties.map((p) => p.name) ?? []);
}

function factProperties(
  type: string,
  fields: Partial<FactFields>,
  base: DraftFact['properties'],
): DraftFact['properties'] {
  const allowed = allowedProperties(type);
  const merged: DraftFact['properties'] = { ...base };
  for (const name of ['year', 'status', 'role', 'via'] as const) {
    if (fields[name] !== undefined) merged[name] = fields[name] ?? null;
  }
  return Object.fromEntries(Object.entries(merged).filter(([k, v]) => allowed.has(k) && v !== null && v !== undefined));
}

/**
 * The draft as the decisions make it: merged and renamed entities (their new spellings become
 * aliases of the entity they now are), rejected facts and figures left out, edited ones
 * changed, added ones included with their quotes. Items without a decision stay as drafted.
 */
export function applyReview(draft: Draft, review: ReviewFile, graph: readonly GraphEntity[]): Draft {
  const text = draft.document.text;
  const graphById = new Map(graph.map((g) => [g.id, g]));
  const idMap = new Map<string, string>();
  const entities = new Map<string, DraftEntity>();
  const newSpellings = new Map<string, string[]>();
  const usedIds = new Set(draft.entities.map((e) => e.id));
  const decided = new Set<string>();

  const addEntity = (e: DraftEntity) => {
    const had = entities.get(e.id);
    entities.set(
      e.id,
      had
        ? {
            ...had,
            aliases: [...new Set([...had.aliases, ...e.aliases])],
            surfaceForms: [...new Set([...had.surfaceForms, ...e.surfaceForms])],
          }
        : e,
    );
  };
  const existingFromGraph = (ref: EntityRef): DraftEntity => {
    const g = graphById.get(ref.id);
    return {
      id: ref.id,
      kind: g?.kind ?? ref.kind,
      name: g?.name ?? ref.name,
      aliases: g?.aliases ?? [ref.name],
      existing: true,
      confidence: 1,
      evidence: [],
      surfaceForms: [],
      candidates: [],
    };
  };

  const entityDecisions = new Map(decisionsOf(review, 'entity'));
  for (const e of draft.entities) {
    const d = entityDecisions.get(e.id);
    if (!d) {
      addEntity(e);
      idMap.set(e.id, e.id);
      continue;
    }
    decided.add(e.id);
    const forms = e.surfaceForms.filter((s) => !isGenericName(s));
    if (d.action === 'same-as' && d.sameAs) {
      const target = existingFromGraph(d.sameAs);
      const known = new Set(target.aliases.map(normalizeName));
      const added = forms.filter((s) => !known.has(normalizeName(s)));
      addEntity({
        ...target,
        aliases: [...new Set([...target.aliases, ...added])],
        surfaceForms: forms,
        evidence: e.evidence,
      });
      if (added.length > 0) newSpellings.set(target.id, [...(newSpellings.get(target.id) ?? []), ...added]);
      idMap.set(e.id, target.id);
      continue;
    }
    // A new entity: as drafted, renamed, re-kinded, or split off an existing one the drafter chose.
    const name = d.name ?? e.name;
    const entityKind = d.kind ?? e.kind;
    let id = e.id;
    if (e.existing || name !== e.name || entityKind !== e.kind) {
      const base = `${entityKind.toLowerCase()}:${slug(name)}`;
      id = base;
      for (let n = 2; graphById.has(id) || (usedIds.has(id) && id !== e.id); n += 1) id = `${base}-${n}`;
      usedIds.add(id);
    }
    addEntity({
      ...e,
      id,
      name,
      kind: entityKind,
      existing: false,
      aliases: [...new Set([name, ...forms])],
      surfaceForms: forms,
    });
    idMap.set(e.id, id);
  }
  const mapId = (id: string) => idMap.get(id) ?? id;
  const ensureEnd = (id: string, refs: EntityRef[] = []) => {
    if (entities.has(id)) return;
    const ref =
      refs.find((r) => r.id === id) ??
      (graphById.has(id) ? { ...graphById.get(id)!, kind: graphById.get(id)!.kind } : undefined);
    if (ref) addEntity(existingFromGraph(ref));
  };

  const factDecisions = new Map(decisionsOf(review, 'fact'));
  const facts: DraftFact[] = [];
  draft.facts.forEach((f, index) => {
    const d = factDecisions.get(String(index));
    if (d?.verdict === 'reject') return;
    const type = d?.type ?? f.type;
    const fact: DraftFact = {
      ...f,
      type,
      from: mapId(d?.from ?? f.from),
      to: mapId(d?.to ?? f.to),
      properties: d ? factProperties(type, d, f.properties) : f.properties,
      ...(d ? { confidence: 1 } : {}),
    };
    facts.push(fact);
  });
  for (const [, a] of decisionsOf(review, 'added-fact')) {
    const fact: DraftFact & { rule: string } = {
      type: a.type,
      from: mapId(a.from),
      to: mapId(a.to),
      properties: factProperties(a.type, a, {}),
      confidence: 1,
      evidence: [assertVerbatim(text, a.quote)],
      rule: 'reviewer',
    };
    ensureEnd(fact.from, a.graphEnds);
    ensureEnd(fact.to, a.graphEnds);
    facts.push(fact);
  }

  const figureDecisions = new Map(decisionsOf(review, 'figure'));
  const indicators: DraftIndicator[] = [];
  for (const i of draft.indicators) {
    const d = figureDecisions.get(i.id);
    if (d?.verdict === 'reject') continue;
    indicators.push({
      ...i,
      subject: mapId(d?.subject ?? i.subject),
      value: d?.value !== undefined ? d.value : i.value,
      unit: d?.unit !== undefined ? d.unit : i.unit,
      year: d?.year !== undefined ? d.year : i.year,
      ...(d ? { confidence: 1 } : {}),
    });
  }
  const figureIds = new Set(indicators.map((i) => i.id));
  for (const [, a] of decisionsOf(review, 'added-figure')) {
    const subject = mapId(a.subject);
    ensureEnd(subject);
    const subjectName = entities.get(subject)?.name ?? subject;
    const base = `indicator:${slug(subjectName)}:${slug(a.name)}${a.year ? `:${a.year}` : ''}`;
    let id = base;
    for (let n = 2; figureIds.has(id); n += 1) id = `${base}-${n}`;
    figureIds.add(id);
    indicators.push({
      id,
      subject,
      name: a.name,
      value: a.value,
      unit: a.unit,
      year: a.year,
      change: a.change ?? null,
      confidence: 1,
      evidence: [assertVerbatim(text, a.quote)],
      rule: 'reviewer',
    });
  }

  // Review notes: those about a decided entity are settled; a merge's new spellings are noted
  // as the writer expects them, so it adds them to the existing entity's aliases.
  const review2 = draft.review.filter((r) => !decided.has(r.about) || r.reason.startsWith('New spelling'));
  for (const [id, forms] of newSpellings) {
    review2.push({
      about: id,
      reason: `New spelling(s) of an existing entity added to its aliases: ${forms.map((f) => JSON.stringify(f)).join(', ')}.`,
    });
  }
  return {
    ...draft,
    entities: [...entities.values()],
    facts,
    indicators,
    review: review2,
  };
}

/** Counts for the queue: how many items the draft has and how many have a decision. */
export function reviewProgress(
  draft: Draft,
  review: ReviewFile | null,
): { items: number; decided: number; added: number } {
  const keys = new Set(Object.keys(review?.decisions ?? {}));
  const items = [
    ...draft.entities.map((e) => `entity:${e.id}`),
    ...draft.facts.map((_, i) => `fact:${i}`),
    ...draft.indicators.map((i) => `figure:${i.id}`),
  ];
  return {
    items: items.length,
    decided: items.filter((k) => keys.has(k)).length,
    added: [...keys].filter((k) => k.startsWith('added-')).length,
  };
}
