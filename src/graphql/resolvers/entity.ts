// The Entity interface: how any entity's common fields are read, and which concrete type a
// node is (its kind label). Concrete types reuse these specs (see `entityType`).
import type { EntityResolvers, ZoneResolvers } from '../generated/resolvers-types.js';
import { checkRange, checkTypes } from '../errors.js';
import {
  constant,
  defineType,
  nodes,
  prop,
  scalar,
  type Binding,
  type FieldSpec,
  type FieldsOf,
  type ObjectSpec,
  type TypeSpec,
} from '../translate/spec.js';
import { toJsonValue } from './json-object.js';
import { NAME_KEY_PROPERTY } from '../../db/name-keys.js';

/** EntityKind → Neo4j label: the whitelist every label in a statement comes from. */
export const KIND_LABELS = {
  ENTERPRISE: 'Enterprise',
  ZONE: 'Zone',
  UNIVERSITY: 'University',
  BRAND: 'Brand',
  AWARD: 'Award',
  CLUSTER: 'Cluster',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  PLACE: 'Place',
} as const;
export type Kind = keyof typeof KIND_LABELS;

/** The label for a kind argument, or `Entity` for none. */
export function labelOf(kind: unknown): string {
  return kind ? (KIND_LABELS[kind as Kind] ?? 'Entity') : 'Entity';
}

const LABEL_LIST = `[${Object.values(KIND_LABELS)
  .map((l) => `'${l}'`)
  .join(', ')}]`;
export const typenameOf = (node: string): string => `head([l IN labels(${node}) WHERE l IN ${LABEL_LIST}])`;

const relationships: ObjectSpec = {
  kind: 'object',
  query: (b, args, s) => {
    const types = checkTypes(args.types);
    const first = checkRange('first', args.first, 1, 100);
    const n = b.node!;
    const r = s.fresh('r');
    const o = s.fresh('o');
    const pattern =
      args.direction === 'OUTGOING'
        ? `(${n})-[${r}]->(${o}:Entity)`
        : args.direction === 'INCOMING'
          ? `(${n})<-[${r}]-(${o}:Entity)`
          : `(${n})-[${r}]-(${o}:Entity)`;
    return {
      clauses: `MATCH ${pattern}${types ? ` WHERE type(${r}) IN ${s.param(types)}` : ''}`,
      binding: { rel: r, self: n, other: o },
      orderBy: [`type(${r})`, `${o}.name`, `${o}.id`, `elementId(${r})`],
      limit: s.int(first),
    };
  },
};

type EntityFieldName = FieldsOf<ZoneResolvers> &
  ('id' | 'kind' | 'name' | 'aliases' | 'note' | 'properties' | 'mentionedIn' | 'indicators' | 'relationships');

/** Specs of the Entity interface's fields; `kind` is a constant when the concrete kind is known. */
export function entityFields(kind?: Kind): Record<EntityFieldName, FieldSpec> {
  return {
    id: prop('id'),
    kind: kind ? constant(`'${kind}'`) : scalar((b) => `toUpper(${typenameOf(b.node!)})`),
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
    ),
    indicators: nodes(
      (n, i) => `MATCH (${n})-[:REPORTED]->(${i}:Indicator)`,
      (i) => [`${i}.year`, `${i}.name`, `${i}.id`],
    ),
    relationships,
  };
}

/** A concrete entity type: the interface's fields plus its own, tested by its label. */
export function entityType<R>(
  name: (typeof KIND_LABELS)[Kind],
  own: Record<Exclude<FieldsOf<R>, EntityFieldName>, FieldSpec>,
): TypeSpec {
  const kind = (Object.keys(KIND_LABELS) as Kind[]).find((k) => KIND_LABELS[k] === name)!;
  return defineType<R>(name, { ...entityFields(kind), ...own } as never, {
    condition: (b: Binding) => `${b.node}:${name}`,
  });
}

export const EntitySpec: TypeSpec = { name: 'Entity', typename: (b) => typenameOf(b.node!), fields: entityFields() };

export const Entity: EntityResolvers = {
  __resolveType: (parent) => parent.__typename as never,
};

function withoutNameKeys(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const { [NAME_KEY_PROPERTY]: _keys, ...rest } = raw as Record<string, unknown>;
  return rest;
}
