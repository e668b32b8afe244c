// Checks the imported graph against the contract (SPEC §1) and the provenance rules:
// every violation names the rule and the offending ids, so a person can find and fix
// the script line that caused it.
import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FOLDERS, corpusFiles, type DocumentKind } from '../corpus/corpus.js';
import { AWARD_STATUSES, DOCUMENT_KINDS, DOMAIN_LABELS, MENTIONS, YEAR_KEYED_TYPES } from '../model/graph-model.js';
import { relationshipType, type RelationshipProperty } from '../model/relationship-types.js';
import { normalizeName } from '../model/name-key.js';
import { NAME_KEY_INDEX, NAME_KEY_PROPERTY, nameKeyQuery } from '../db/name-keys.js';

export type Rule =
  | 'entity-fields'
  | 'entity-label'
  | 'provenance-missing'
  | 'unknown-source'
  | 'quote-not-found'
  | 'document-text'
  | 'duplicate-name'
  | 'entity-without-fact'
  | 'entity-not-mentioned'
  | 'indicator-fields'
  | 'relationship-properties'
  | 'relationship-type'
  | 'duplicate-fact';

export interface Violation {
  rule: Rule;
  /** Ids of the nodes involved; for a relationship `fromId -[TYPE]-> toId` and its endpoints. */
  ids: string[];
  message: string;
}

/**
 * Rules that hold after every single import script, not only at the end: the importer checks
 * them inside each script's transaction, so a script that breaks one changes nothing. The
 * other two (every entity has a fact, every entity is mentioned) need the later scripts.
 */
export const RULES_CHECKED_PER_SCRIPT: ReadonlySet<Rule> = new Set<Rule>([
  'entity-fields',
  'entity-label',
  'provenance-missing',
  'unknown-source',
  'quote-not-found',
  'document-text',
  'duplicate-name',
  'indicator-fields',
  'relationship-properties',
  'relationship-type',
  'duplicate-fact',
]);

/** Runs one read query and returns its rows: through the driver, or inside an open transaction. */
export type ReadQuery = (cypher: string, params?: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

export function readThroughDriver(driver: Driver, database: string): ReadQuery {
  return async (cypher, params = {}) => {
    const { records } = await driver.executeQuery(cypher, params, { database, routing: 'READ' });
    return records.map((r) => r.toObject() as Record<string, unknown>);
  };
}

export function readInTransaction(tx: ManagedTransaction | Transaction): ReadQuery {
  return async (cypher, params = {}) =>
    (await tx.run(cypher, params)).records.map((r) => r.toObject() as Record<string, unknown>);
}

export interface ValidateOptions {
  database: string;
  /** Repository root: documents are compared with data/articles/ and data/reference/ here. */
  projectRoot: string;
  /**
   * Check only what these ids name (documents, entities, Indicators) and the relationships
   * between two of them, through the id indexes: what an import script or a withdrawal can
   * have changed, without reading the whole graph. Duplicate names are still looked for
   * among all entities. Absent: the whole graph.
   */
  scope?: readonly string[];
}

type Scope = ValidateOptions['scope'];

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const show = (s: string, max = 80) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return i;
  return n;
}

interface DocRow {
  id: string;
  kind: unknown;
  file: unknown;
  text: unknown;
}

async function checkDocuments(
  read: ReadQuery,
  o: Pick<ValidateOptions, 'projectRoot' | 'scope'>,
  out: Violation[],
): Promise<Map<string, string>> {
  const rows = await read(
    `MATCH (d:Document) ${o.scope ? 'WHERE d.id IN $ids' : ''}
     RETURN d.id AS id, d.kind AS kind, d.file AS file, d.text AS text ORDER BY id`,
    { ids: o.scope ?? [] },
  );
  const inScope = o.scope ? new Set(o.scope) : null;
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  for (const row of rows) {
    const d = row as unknown as DocRow;
    if (typeof d.text === 'string') texts.set(d.id, d.text);
    if (!DOCUMENT_KINDS.includes(d.kind as DocumentKind)) {
      out.push({
        rule: 'document-text',
        ids: [d.id],
        message: `Document ${d.id} has kind ${JSON.stringify(d.kind)}; expected 'article' or 'reference'.`,
      });
      continue;
    }
    const kind = d.kind as DocumentKind;
    const path = typeof d.file === 'string' ? join(o.projectRoot, CORPUS_FOLDERS[kind], d.file) : null;
    if (!path || !existsSync(path)) {
      out.push({
        rule: 'document-text',
        ids: [d.id],
        message: `Document ${d.id} (${kind}) has no file ${CORPUS_FOLDERS[kind]}/${String(d.file)}.`,
      });
      continue;
    }
    seen.add(`${kind}/${d.file as string}`);
    const file = readFileSync(path, 'utf8');
    if (d.text !== file) {
      const at = typeof d.text === 'string' ? firstDifference(file, d.text) : 0;
      out.push({
        rule: 'document-text',
        ids: [d.id],
        message: `Document ${d.id}: text differs from ${CORPUS_FOLDERS[kind]}/${d.file as string} (first difference at UTF-16 offset ${at}). Run \`npm run corpus:generate\` and re-import.`,
      });
    }
  }
  for (const kind of DOCUMENT_KINDS) {
    for (const file of corpusFiles(o.projectRoot, kind)) {
      if (inScope && !inScope.has(file.replace(/\.txt$/, ''))) continue;
      if (!seen.has(`${kind}/${file}`)) {
        out.push({
          rule: 'document-text',
          ids: [file.replace(/\.txt$/, '')],
          message: `${CORPUS_FOLDERS[kind]}/${file} has no Document node. Run \`npm run corpus:generate\` and re-import.`,
        });
      }
    }
  }
  return texts;
}

/** Adds the texts of the cited documents that are not in `texts` yet (a scoped check read only its own). */
async function readCitedTexts(read: ReadQuery, texts: Map<string, string>, sources: unknown[]): Promise<void> {
  const missing = new Set<string>();
  for (const list of sources) {
    if (isStringList(list)) for (const id of list) if (!texts.has(id)) missing.add(id);
  }
  if (missing.size === 0) return;
  const rows = await read('MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.text AS text', {
    ids: [...missing],
  });
  for (const r of rows) if (typeof r.text === 'string') texts.set(r.id as string, r.text);
}

function checkProvenance(
  what: string,
  ids: string[],
  sources: unknown,
  evidence: unknown,
  texts: Map<string, string>,
  out: Violation[],
): void {
  if (!isStringList(sources) || !isStringList(evidence) || sources.length === 0 || evidence.length === 0) {
    out.push({
      rule: 'provenance-missing',
      ids,
      message: `${what} needs non-empty string lists \`sources\` and \`evidence\`.`,
    });
    return;
  }
  if (sources.length !== evidence.length) {
    out.push({
      rule: 'provenance-missing',
      ids,
      message: `${what} has ${sources.length} sources but ${evidence.length} evidence quotes; they are parallel lists (evidence[i] quotes sources[i]).`,
    });
    return;
  }
  sources.forEach((docId, i) => {
    const text = texts.get(docId);
    const quote = evidence[i] ?? '';
    if (text === undefined) {
      out.push({
        rule: 'unknown-source',
        ids: [...ids, docId],
        message: `${what} cites document ${JSON.stringify(docId)}, which does not exist.`,
      });
    } else if (quote.trim() === '' || !text.includes(quote)) {
      out.push({
        rule: 'quote-not-found',
        ids: [...ids, docId],
        message: `${what}: evidence[${i}] ${show(quote)} does not occur verbatim in document ${docId}.`,
      });
    }
  });
}

interface EntityRow {
  id: unknown;
  labels: string[];
  name: unknown;
  aliases: unknown;
  facts: number;
  mentions: number;
}

/** The entity's id, or a description of it when it has none. */
const entityName = (e: EntityRow): string =>
  typeof e.id === 'string' && e.id !== ''
    ? e.id
    : `(Entity without id, labels ${e.labels.join(':')}, name ${JSON.stringify(e.name)})`;

/** The normalised spellings of an entity: its name and aliases, as the duplicate-name rule compares them. */
function entitySpellings(e: EntityRow): Set<string> {
  return new Set(
    [e.name, ...(isStringList(e.aliases) ? e.aliases : [])]
      .filter((s): s is string => typeof s === 'string')
      .map(normalizeName),
  );
}

/** Every non-empty normalised spelling of the entity rows: what the name-key index is asked. */
function spellingsOf(rows: ReadonlyArray<Record<string, unknown>>): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const s of entitySpellings(row as unknown as EntityRow)) if (s !== '') keys.add(s);
  return [...keys];
}

const ENTITY_NAMES = 'n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases';

/**
 * The entities outside the scope that may share a spelling with one inside it: those whose
 * stored name keys (src/db/name-keys.ts) hold one of the scope's spellings, found through the
 * keyword full-text index, plus any entity that has no keys yet. Entities outside the scope
 * are not changed by what is being checked, so their stored keys are current (every write
 * path keeps them so); the comparison itself is made on their names and aliases as read.
 * Without the index online (a graph that was never imported by this project) every
 * entity's names are read, as the whole-graph check does.
 */
async function entitiesSharingSpellings(
  read: ReadQuery,
  scopeRows: ReadonlyArray<Record<string, unknown>>,
  scope: readonly string[],
): Promise<Array<Record<string, unknown>>> {
  const keys = spellingsOf(scopeRows);
  if (keys.length === 0) return [];
  const index = await read('SHOW INDEXES YIELD name, state WHERE name = $index RETURN state', {
    index: NAME_KEY_INDEX,
  });
  if (index[0]?.state !== 'ONLINE') {
    return read(`MATCH (n:Entity) WHERE NOT n.id IN $ids RETURN ${ENTITY_NAMES}`, { ids: scope });
  }
  return read(
    `CALL () {
       UNWIND $queries AS query
       CALL db.index.fulltext.queryNodes($index, query) YIELD node
       RETURN node AS n
       UNION
       MATCH (n:Entity) WHERE n.${NAME_KEY_PROPERTY} IS NULL
       RETURN n
     }
     WITH n WHERE NOT n.id IN $ids
     RETURN ${ENTITY_NAMES}`,
    { queries: keys.map(nameKeyQuery), index: NAME_KEY_INDEX, ids: scope },
  );
}

async function checkEntities(read: ReadQuery, scope: Scope, out: Violation[]): Promise<void> {
  const rows = await read(
    `
    MATCH (n:Entity) ${scope ? 'WHERE n.id IN $ids' : ''}
    RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases,
           COUNT { (n)-[r]-() WHERE type(r) <> $mentions } AS facts,
           COUNT { (:Document)-[:MENTIONS]->(n) } AS mentions
    ORDER BY id`,
    { mentions: MENTIONS, ids: scope ?? [] },
  );
  // A scoped check still compares names with the other entities': a new one may take an old name.
  const named = scope ? [...rows, ...(await entitiesSharingSpellings(read, rows, scope))] : rows;
  const inScope = scope ? new Set(scope) : null;

  for (const row of rows) {
    const e = row as unknown as EntityRow;
    const id = entityName(e);
    if (typeof e.id !== 'string' || e.id === '') {
      out.push({ rule: 'entity-fields', ids: [id], message: `${id} has no \`id\`.` });
    }
    if (typeof e.name !== 'string' || e.name.trim() === '') {
      out.push({ rule: 'entity-fields', ids: [id], message: `${id} has no \`name\`.` });
    }
    if (!isStringList(e.aliases)) {
      out.push({
        rule: 'entity-fields',
        ids: [id],
        message: `${id} needs \`aliases\`, a list of strings including its name.`,
      });
    } else if (typeof e.name === 'string' && !e.aliases.includes(e.name)) {
      out.push({
        rule: 'entity-fields',
        ids: [id],
        message: `${id}: \`aliases\` does not contain the name ${JSON.stringify(e.name)}.`,
      });
    }
    const domain = e.labels.filter((l) => (DOMAIN_LABELS as readonly string[]).includes(l));
    if (domain.length !== 1) {
      out.push({
        rule: 'entity-label',
        ids: [id],
        message: `${id} has ${domain.length === 0 ? 'no' : domain.length} domain labels (${e.labels.join(':')}); an Entity has exactly one of ${DOMAIN_LABELS.join(', ')}.`,
      });
    }
    if (e.facts === 0) {
      out.push({
        rule: 'entity-without-fact',
        ids: [id],
        message: `${id} has no relationship besides MENTIONS; add at least one fact about it or remove it.`,
      });
    }
    if (e.mentions === 0) {
      out.push({
        rule: 'entity-not-mentioned',
        ids: [id],
        message: `${id} is not MENTIONED by any Document; add it to the mentions list of the article that names it.`,
      });
    }
  }

  // normalised name -> ids per label, to find spellings shared by different nodes
  const byLabel = new Map<string, Map<string, Set<string>>>();
  for (const row of named) {
    const e = row as unknown as EntityRow;
    const id = entityName(e);
    const domain = e.labels.filter((l) => (DOMAIN_LABELS as readonly string[]).includes(l));
    const spellings = entitySpellings(e);
    for (const label of domain) {
      const names = byLabel.get(label) ?? new Map<string, Set<string>>();
      byLabel.set(label, names);
      for (const s of spellings) {
        const owners = names.get(s) ?? new Set<string>();
        owners.add(id);
        names.set(s, owners);
      }
    }
  }
  for (const [label, names] of byLabel) {
    for (const [spelling, owners] of names) {
      if (owners.size > 1 && (!inScope || [...owners].some((o) => inScope.has(o)))) {
        const ids = [...owners].sort();
        out.push({
          rule: 'duplicate-name',
          ids,
          message: `${label} nodes ${ids.join(', ')} share the name or alias "${spelling}" (normalised); merge them or tell them apart.`,
        });
      }
    }
  }

  const unlabelled = await read(
    'MATCH (n) WHERE NOT n:Entity AND any(l IN labels(n) WHERE l IN $domain) RETURN n.id AS id, labels(n) AS labels',
    { domain: [...DOMAIN_LABELS] },
  );
  for (const r of unlabelled) {
    const id = String(r.id);
    out.push({
      rule: 'entity-label',
      ids: [id],
      message: `${id} (${(r.labels as string[]).join(':')}) lacks the label Entity.`,
    });
  }
}

interface RelRow {
  type: string;
  from: string;
  to: string;
  fromDoc: boolean;
  toEntity: boolean;
  fromLabels: string[];
  toLabels: string[];
  props: Record<string, unknown>;
}

/** Relationships between an entity and an Indicator, checked with the indicators. */
const INDICATOR_TYPES: readonly string[] = ['REPORTED', 'MEASURES'];

function checkPropertyValue(p: RelationshipProperty, value: unknown): boolean {
  switch (p.valueType) {
    case 'integer':
      return Number.isInteger(value);
    case 'string':
      return typeof value === 'string' && value !== '';
    case 'string-list':
      return isStringList(value) && value.length > 0;
    case 'award-status':
      return AWARD_STATUSES.includes(value as (typeof AWARD_STATUSES)[number]);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/** The registry's rules for a fact: a known type, allowed endpoint labels, required and well-typed properties. */
function checkAgainstRegistry(r: RelRow, name: string, ids: string[], out: Violation[]): void {
  const known = relationshipType(r.type);
  if (known === undefined) {
    out.push({
      rule: 'relationship-type',
      ids,
      message: `${name}: ${r.type} is not a relationship type of the model; add it to src/model/relationship-types.ts or use one that is there.`,
    });
    return;
  }
  const badEnd = (labels: string[], allowed: readonly string[]) => !labels.some((l) => allowed.includes(l));
  if (badEnd(r.fromLabels, known.from) || badEnd(r.toLabels, known.to)) {
    out.push({
      rule: 'relationship-type',
      ids,
      message: `${name}: ${r.type} goes from ${known.from.join(' or ')} to ${known.to.join(' or ')}, not from ${r.fromLabels.join(':')} to ${r.toLabels.join(':')}.`,
    });
  }
  for (const p of known.properties) {
    const value = r.props[p.name];
    if (value === undefined || value === null) {
      if (p.required) {
        out.push({
          rule: 'relationship-properties',
          ids,
          message: `${name}: ${r.type} needs \`${p.name}\` (${p.description}).`,
        });
      }
    } else if (!checkPropertyValue(p, value)) {
      out.push({
        rule: 'relationship-properties',
        ids,
        message: `${name}: \`${p.name}\` is ${JSON.stringify(value)}; expected ${p.valueType === 'award-status' ? AWARD_STATUSES.join(' or ') : `a non-empty ${p.valueType}`} (${p.description}).`,
      });
    }
  }
}

async function checkRelationships(
  read: ReadQuery,
  scope: Scope,
  texts: Map<string, string>,
  out: Violation[],
): Promise<void> {
  // Scoped: the relationships from a document or entity of the scope to another node of it,
  // found from the scope's nodes through the id indexes.
  const rows = await read(
    `
    ${
      scope
        ? `CALL () {
             UNWIND $ids AS id MATCH (a:Entity {id: id}) RETURN a
             UNION
             UNWIND $ids AS id MATCH (a:Document {id: id}) RETURN a
           }
           MATCH (a)-[r]->(b) WHERE b.id IN $ids`
        : 'MATCH (a)-[r]->(b)'
    }
    RETURN type(r) AS type, a.id AS from, b.id AS to, a:Document AS fromDoc, b:Entity AS toEntity,
           labels(a) AS fromLabels, labels(b) AS toLabels, properties(r) AS props
    ORDER BY from, type, to`,
    { ids: scope ?? [] },
  );
  if (scope)
    await readCitedTexts(
      read,
      texts,
      rows.map((r) => (r.props as Record<string, unknown>).sources),
    );
  // A fact's key: its ends and type, plus the year for facts that hold for a year.
  const seen = new Set<string>();
  for (const row of rows) {
    const r = row as unknown as RelRow;
    const name = `(${r.from})-[:${r.type}]->(${r.to})`;
    const ids = [name, r.from, r.to];
    const year = YEAR_KEYED_TYPES.includes(r.type) ? (r.props.year ?? null) : undefined;
    const key = JSON.stringify([r.from, r.type, r.to, year]);
    if (seen.has(key)) {
      out.push({
        rule: 'duplicate-fact',
        ids,
        message: `${name}${year === undefined ? '' : ` (year ${String(year)})`} exists twice; a fact is one relationship per ${year === undefined ? 'pair of ends' : 'pair of ends and year'}, each article adding its (source, quote) pairs to it.`,
      });
    }
    seen.add(key);
    if (r.type === MENTIONS) {
      if (!r.fromDoc || !r.toEntity) {
        out.push({
          rule: 'relationship-properties',
          ids,
          message: `${name}: MENTIONS must go from a Document to an Entity.`,
        });
      }
      continue;
    }
    checkProvenance(name, ids, r.props.sources, r.props.evidence, texts, out);
    if (INDICATOR_TYPES.includes(r.type)) continue;
    checkAgainstRegistry(r, name, ids, out);
  }
}

interface IndicatorRow {
  id: string;
  name: unknown;
  value: unknown;
  year: unknown;
  sources: unknown;
  evidence: unknown;
  subjects: number;
}

async function checkIndicators(
  read: ReadQuery,
  scope: Scope,
  texts: Map<string, string>,
  out: Violation[],
): Promise<void> {
  const rows = await read(
    `
    MATCH (i:Indicator) ${scope ? 'WHERE i.id IN $ids' : ''}
    RETURN i.id AS id, i.name AS name, i.value AS value, i.year AS year, i.sources AS sources, i.evidence AS evidence,
           COUNT { (:Entity)-[:REPORTED]->(i) } AS subjects
    ORDER BY id`,
    { ids: scope ?? [] },
  );
  if (scope)
    await readCitedTexts(
      read,
      texts,
      rows.map((r) => r.sources),
    );
  for (const row of rows) {
    const i = row as unknown as IndicatorRow;
    checkProvenance(`Indicator ${i.id}`, [i.id], i.sources, i.evidence, texts, out);
    if (typeof i.name !== 'string' || i.name === '') {
      out.push({ rule: 'indicator-fields', ids: [i.id], message: `Indicator ${i.id} has no \`name\`.` });
    }
    if (i.value !== null && typeof i.value !== 'number') {
      out.push({
        rule: 'indicator-fields',
        ids: [i.id],
        message: `Indicator ${i.id}: value must be a number or absent.`,
      });
    }
    if (i.year !== null && !Number.isInteger(i.year)) {
      out.push({
        rule: 'indicator-fields',
        ids: [i.id],
        message: `Indicator ${i.id}: year must be an integer or absent.`,
      });
    }
    if (i.subjects !== 1) {
      out.push({
        rule: 'indicator-fields',
        ids: [i.id],
        message: `Indicator ${i.id} is REPORTED by ${i.subjects} entities; it needs exactly one subject.`,
      });
    }
  }
}

/** Every violation of the graph model and provenance rules; empty when the graph is sound. */
export async function validateGraph(driver: Driver, options: ValidateOptions): Promise<Violation[]> {
  return validateWith(readThroughDriver(driver, options.database), options);
}

/** The same checks through any read function, e.g. inside an import script's open transaction. */
export async function validateWith(
  read: ReadQuery,
  options: Pick<ValidateOptions, 'projectRoot' | 'scope'>,
): Promise<Violation[]> {
  const out: Violation[] = [];
  const texts = await checkDocuments(read, options, out);
  await checkEntities(read, options.scope, out);
  await checkRelationships(read, options.scope, texts, out);
  await checkIndicators(read, options.scope, texts, out);
  return out;
}

export function formatViolation(v: Violation): string {
  return `[${v.rule}] ${v.message}`;
}
