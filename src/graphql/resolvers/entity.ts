// The Entity interface: how any entity's common fields are read, and which concrete type a
// node is (its kind label). Concrete types reuse these specs (see `entityType`).
import { DOMAIN_LABELS, type DomainLabel } from '../../model/graph-model.js';
import { checkRange, checkTypes } from '../errors.js';
import type { Entity as EntityFields, EntityKind, EntityResolvers } from '../generated/resolvers-types.js';
import {
  constant,
  defineType,
  nodes,
  prop,
  relationships,
  scalar,
  type FieldSpecs,
  type NodeBinding,
  type ObjectSpec,
  type TypeSpec,
} from '../translate/spec.js';
import { toJsonValue } from './json-object.js';
import { NAME_KEY_PROPERTY } from '../../db/name-keys.js';

/**
 * EntityKind → Neo4j label, derived from the model's one label list (a kind is its label in
 * upper case): the whitelist every label in a statement comes from.
 */
export const KIND_LABELS = Object.fromEntries(DOMAIN_LABELS.map((label) => [label.toUpperCase(), label])) as {
  readonly [L in DomainLabel as Uppercase<L>]: L;
};
export type Kind = keyof typeof KIND_LABELS;
// The schema's EntityKind enum and the model's labels must name the same kinds, both ways.
const kindsMatchSchema: [Kind, EntityKind] extends [EntityKind, Kind] ? true : never = true;
void kindsMatchSchema;

/** The label for a kind argument, or `Entity` for none. */
export function labelOf(kind: unknown): string {
  return kind ? (KIND_LABELS[kind as Kind] ?? 'Entity') : 'Entity';
}

const LABEL_LIST = `[${DOMAIN_LABELS.map((l) => `'${l}'`).join(', ')}]`;
export const typenameOf = (node: string): string => `head([l IN labels(${node}) WHERE l IN ${LABEL_LIST}])`;

/** Largest `first` of `mentionedIn`. */
const MAX_MENTIONED_IN = 1000;

/** How `Entity.relationships` sees one relationship: from `self` to `other`. */
export type EntityRelationshipBinding = { readonly rel: string; readonly self: string; readonly other: string };

const relationshipsOfEntity = relationships<NodeBinding, EntityRelationshipBinding>({
  names: ['r', 'o'],
  match: (b, { rel: r, other: o }, args, s) => {
    const types = checkTypes(args.types);
    return `MATCH ${directedPattern(b.node, r, o, args.direction)}${types ? ` WHERE type(${r}) IN ${s.param(types)}` : ''}`;
  },
  bind: (b, { rel, other }) => ({ rel, self: b.node, other }),
  order: ({ rel: r, other: o }) => [`type(${r})`, `${o}.name`, `${o}.id`, `elementId(${r})`],
  limit: (args, s) => s.int(checkRange('first', args.first, 1, 100)),
});

/** How `Entity.relationshipGroups` sees one group: the entity, the type, the direction and the size. */
export type RelationshipGroupBinding = {
  readonly self: string;
  readonly type: string;
  readonly outgoing: string;
  readonly count: string;
};

/** The pattern from `n` to another entity `o` over `r` for a Direction argument (an enum: never user text). */
function directedPattern(n: string, r: string, o: string, direction: unknown): string {
  if (direction === 'OUTGOING') return `(${n})-[${r}]->(${o}:Entity)`;
  if (direction === 'INCOMING') return `(${n})<-[${r}]-(${o}:Entity)`;
  return `(${n})-[${r}]-(${o}:Entity)`;
}

/**
 * The groups, counted in one pass over the entity's relationships that reads only each
 * one's type and direction (no property of it or of the other entity), so a hub's counts
 * cost one expansion. The counting is list arithmetic, not count(): Neo4j 5.26 takes an
 * aggregation anywhere inside the projection for one of the enclosing RETURN.
 */
const relationshipGroupsOfEntity: ObjectSpec<NodeBinding, RelationshipGroupBinding> = {
  kind: 'object',
  query: (b, args, s) => {
    const types = checkTypes(args.types);
    const [r, o, keys, key, k] = [s.fresh('r'), s.fresh('o'), s.fresh('keys'), s.fresh('key'), s.fresh('k')];
    const [type, outgoing, count] = [s.fresh('t'), s.fresh('out'), s.fresh('c')];
    const n = b.node;
    const where = types ? ` WHERE type(${r}) IN ${s.param(types)}` : '';
    const distinct = `reduce(acc = [], ${k} IN ${keys} | CASE WHEN ${k} IN acc THEN acc ELSE acc + [${k}] END)`;
    return {
      clauses: `WITH ${n}, COLLECT { MATCH ${directedPattern(n, r, o, args.direction)}${where} RETURN [type(${r}), startNode(${r}) = ${n}] } AS ${keys}
UNWIND ${distinct} AS ${key}
WITH ${n}, ${key}[0] AS ${type}, ${key}[1] AS ${outgoing}, size([${k} IN ${keys} WHERE ${k} = ${key}]) AS ${count}`,
      binding: { self: n, type, outgoing, count },
      orderBy: [type, `${outgoing} DESC`],
      ...(args.first === null || args.first === undefined
        ? {}
        : { limit: s.int(checkRange('first', args.first, 1, 100)) }),
    };
  },
};

/** Fields every entity has: those of the Entity interface. */
type EntityFieldName = Exclude<keyof EntityFields, '__typename'>;

/** Specs of the Entity interface's fields; `kind` is a constant when the concrete kind is known. */
export function entityFields(kind?: Kind): FieldSpecs<Record<EntityFieldName, unknown>, NodeBinding> {
  return {
    id: prop('id'),
    kind: kind ? constant(`'${kind}'`) : scalar((b) => `toUpper(${typenameOf(b.node)})`),
    name: prop('name'),
    aliases: scalar((b) => `coalesce(${b.node}.aliases, [${b.node}.name])`),
    note: prop('note'),
    // nameKeys is the resolver's lookup structure (src/db/name-keys.ts), not a stored fact.
    properties: scalar(
      (b) => `properties(${b.node})`,
      (raw) => toJsonValue(withoutNameKeys(raw)),
    ),
    mentionedIn: nodes(
      (n, d) => `MATCH (${d}:Document)-[:MENTIONS]->(${n})`,
      (d) => [`${d}.id`],
      (args, s) =>
        args.first === null || args.first === undefined
          ? undefined
          : s.int(checkRange('first', args.first, 1, MAX_MENTIONED_IN)),
    ),
    indicators: nodes(
      (n, i) => `MATCH (${n})-[:REPORTED]->(${i}:Indicator)`,
      (i) => [`${i}.year`, `${i}.name`, `${i}.id`],
    ),
    relationships: relationshipsOfEntity,
    relationshipGroups: relationshipGroupsOfEntity,
    // Each neighbour once, however many relationships (years of an award…) lead to it.
    neighborCount: scalar((b, _args, s) => {
      const o = s.fresh('o');
      return `size(COLLECT { MATCH (${b.node})--(${o}:Entity) RETURN DISTINCT ${o} })`;
    }),
  };
}

/** A concrete entity type: the interface's fields plus its own, tested by its label. */
export function entityType<R>(
  name: DomainLabel,
  own: FieldSpecs<Omit<R, EntityFieldName>, NodeBinding>,
): TypeSpec<NodeBinding> {
  const fields = { ...entityFields(name.toUpperCase() as Kind), ...own } as unknown as FieldSpecs<R, NodeBinding>;
  return defineType<R>(name, fields, { condition: (b) => `${b.node}:${name}` });
}

export const EntitySpec = defineType<Record<EntityFieldName, unknown>>('Entity', entityFields(), {
  typename: (b) => typenameOf(b.node),
});

export const Entity: EntityResolvers = {
  __resolveType: (parent) => parent.__typename as never,
};

function withoutNameKeys(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const { [NAME_KEY_PROPERTY]: _keys, ...rest } = raw as Record<string, unknown>;
  return rest;
}
