// Facts as the explorer shows them: one relationship between two entities, with its
// details and the quotes that state it, turned into a plain sentence a reader can check
// ("Danai Pump Industry Co., Ltd. — nominated for the Mayor's Quality Award, 2022").
import { anchorId } from './urls.js';

export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface Quote {
  documentId: string;
  documentTitle: string;
  quote: string;
}

export interface Fact {
  type: string;
  from: EntityRef;
  to: EntityRef;
  properties: Record<string, unknown>;
  evidence: Quote[];
}

/** What a relationship type says, read from its start to its end. */
const PHRASES: Record<string, string> = {
  LOCATED_IN: 'located in',
  PART_OF: 'part of',
  PARTNERS_WITH: 'partners with',
  IMPLEMENTS: 'implements',
  MANUFACTURES: 'manufactures',
  PROMOTES: 'promotes',
  MEMBER_OF: 'member of',
  INCLUDES: 'includes',
  HOLDS: 'holds',
  APPLIED_FOR: 'applied for',
  RELIES_ON: 'relies on',
  OWNS: 'owns',
  OPERATES: 'operates',
  LEADS: 'leads',
  HELD_IN: 'held in',
  FORMULATED_STANDARD: 'formulated the standard',
  ESTABLISHED: 'established',
  COVERS: 'covers',
  CONFERRED_BY: 'conferred by',
  APPLIED_IN: 'applied in',
  USES: 'uses',
  SOLD_IN: 'sold in',
  PURSUES: 'pursues',
  PRESENTS: 'presents',
  PARTICIPATES_IN: 'participates in',
  GOVERNS: 'governs',
  DEVELOPS: 'develops',
  CONTRIBUTES_TO: 'contributes to',
  COOPERATES_WITH: 'cooperates with',
};

/** A relationship type a person can read: `LOCATED_IN` → "located in". */
export function phraseOf(type: string, properties: Record<string, unknown> = {}): string {
  if (type === 'RECEIVED') return properties.status === 'NOMINATED' ? 'nominated for' : 'received';
  return PHRASES[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

export type Direction = 'OUTGOING' | 'INCOMING';

/** A group of an entity's facts: one relationship type, one direction. */
export interface GroupRef {
  type: string;
  direction: Direction;
}

/** A group's key in URLs and element ids: `RECEIVED-in`, `LOCATED_IN-out`. */
export function groupKey({ type, direction }: GroupRef): string {
  return `${type}-${direction === 'OUTGOING' ? 'out' : 'in'}`;
}

/** The group a key names, or null when it is not a key `groupKey` makes. */
export function parseGroupKey(key: string): GroupRef | null {
  const match = /^([A-Z][A-Z0-9_]{0,63})-(out|in)$/.exec(key);
  return match ? { type: match[1]!, direction: match[2] === 'out' ? 'OUTGOING' : 'INCOMING' } : null;
}

/**
 * Heading of a group: what the entity does ("Located in") for the relationships it starts,
 * what is done to it ("Located in Lushunkou District") for those that end at it.
 */
export function groupTitle({ type, direction }: GroupRef, selfName: string): string {
  const phrase = type === 'RECEIVED' ? 'received or nominated for' : phraseOf(type);
  const title = direction === 'OUTGOING' ? phrase : `${phrase} ${selfName}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === '' ? [] : [String(value)];
}

/** The details after the object: year, role, programme… as ", 2022" or " (via X; role: Y)". */
function details(properties: Record<string, unknown>): string {
  const parts: string[] = [];
  const via = strings(properties.via);
  if (via.length) parts.push(`via ${via.join(', ')}`);
  const role = strings(properties.role);
  if (role.length) parts.push(`as ${role.join(', ')}`);
  const year = strings(properties.year);
  if (year.length) parts.push(year.join(', '));
  return parts.length ? `, ${parts.join(', ')}` : '';
}

/** Awards read better with an article: "nominated for the Mayor's Quality Award". */
function objectName(fact: Fact): string {
  const name = fact.to.name;
  if (fact.to.kind === 'AWARD' && fact.type === 'RECEIVED' && !/^the\s/i.test(name)) return `the ${name}`;
  return name;
}

export function sentence(fact: Fact): string {
  return `${fact.from.name} — ${phraseOf(fact.type, fact.properties)} ${objectName(fact)}${details(fact.properties)}`;
}

/** Stable anchor of a fact on any page: type and both ends. */
export function factAnchor(fact: Pick<Fact, 'type' | 'from' | 'to'>): string {
  return anchorId('fact', fact.type, fact.from.id, fact.to.id);
}

/** Properties worth showing besides those the sentence already says. */
export function extraProperties(properties: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(properties)
    .filter(([key]) => !['via', 'role', 'year', 'status'].includes(key))
    .map(([key, value]) => [key, strings(value).join(', ')]);
}

/** The same relationship seen from both ends counts once. */
export function uniqueFacts(facts: Fact[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const fact of facts) if (!seen.has(factAnchor(fact))) seen.set(factAnchor(fact), fact);
  return [...seen.values()];
}

/** A relationship seen from `self` (Entity.relationships) as a fact. */
export function factFromRelationship(
  self: EntityRef,
  rel: {
    type: string;
    direction: string;
    other: EntityRef;
    properties: Record<string, unknown>;
    evidence: Array<{ quote: string; document: { id: string; title: string } }>;
  },
): Fact {
  const outgoing = rel.direction === 'OUTGOING';
  return {
    type: rel.type,
    from: outgoing ? self : rel.other,
    to: outgoing ? rel.other : self,
    properties: rel.properties,
    evidence: rel.evidence.map((e) => ({ documentId: e.document.id, documentTitle: e.document.title, quote: e.quote })),
  };
}
