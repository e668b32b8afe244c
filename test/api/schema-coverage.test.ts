// Every field of the schema can be read. The compiler already demands a spec for every
// field (src/graphql/translate/spec.ts); this walks the schema at run time: each object
// type's fields have a spec and each root field a planner, and then, against the real
// database, one query per root field (and per entity kind) that selects every field two
// levels deep answers without an error. Argument values come from the graph itself.
import {
  buildASTSchema,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANNERS } from '../../src/graphql/planners/index.js';
import { SPECS } from '../../src/graphql/resolvers/registry.js';
import { typeDefs } from '../../src/graphql/schema.js';
import { ok, startHarness, type Harness } from './support.js';

const schema = buildASTSchema(typeDefs);
const queryType = schema.getQueryType()!;
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__') && t !== queryType,
);

describe('every schema field has a way to be read', () => {
  it('each object and interface type has a spec for each of its fields, and nothing more', () => {
    for (const type of objectTypes) {
      const spec = SPECS[type.name];
      expect(spec, `spec for ${type.name}`).toBeDefined();
      const fields = Object.keys((type as { getFields(): object }).getFields()).sort();
      expect(Object.keys(spec!.fields).sort(), `fields of ${type.name}`).toEqual(fields);
    }
  });

  it('each root field has a planner', () => {
    expect(Object.keys(PLANNERS).sort()).toEqual(Object.keys(queryType.getFields()).sort());
  });
});

/** Type.field pairs a generated query selected. */
const selected = new Set<string>();

/**
 * Every field of `type`, objects expanded `depth` more levels (then only `__typename`). An
 * interface gets its own fields; the kinds' fields are read per kind (second test).
 */
function selectAll(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    selected.add(`${type.name}.${field.name}`);
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else parts.push(`${field.name} { ${depth > 0 ? selectAll(named, depth - 1) : '__typename'} }`);
  }
  return parts.join(' ');
}

function argumentsOf(field: GraphQLField<unknown, unknown>, samples: Record<string, string>): string {
  const given = field.args
    .filter((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${JSON.stringify(samples[a.name] ?? samples.id)}`);
  return given.length > 0 ? `(${given.join(', ')})` : '';
}

describe('every field answers against the database', () => {
  let h: Harness;
  let samples: Record<string, string>;

  beforeAll(async () => {
    // Reading everything at once is what the cost limit exists to refuse; it is not under test here.
    h = await startHarness({ api: { maxCost: 10_000_000 } });
    const first = ok(
      await h.run<{
        awards: { edges: Array<{ node: { id: string; name: string } }> };
        documents: Array<{ id: string }>;
      }>('{ awards(first: 1) { edges { node { id name } } } documents { id } }'),
    );
    const award = first.awards.edges[0]!.node;
    samples = { id: award.id, name: award.name, query: award.name, award: award.id, from: award.id, to: award.id };
    samples.documentId = first.documents[0]!.id;
  }, 600_000);

  afterAll(async () => {
    await h?.close();
  });

  it('each root field, every field two levels deep', async () => {
    for (const field of Object.values(queryType.getFields())) {
      const args = argumentsOf(field, field.name === 'document' ? { id: samples.documentId! } : samples);
      const named = getNamedType(field.type);
      const query = `{ ${field.name}${args} ${isLeafType(named) ? '' : `{ ${selectAll(named, 2)} }`} }`;
      const result = await h.run(query);
      expect(result.errors, `${field.name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect(result.data?.[field.name], field.name).not.toBeNull();
    }
  }, 600_000);

  it('each entity kind, every field of the kind two levels deep', async () => {
    const kinds = schema.getPossibleTypes(schema.getType('Entity') as never);
    for (const kind of kinds) {
      const query = `{ entities(kind: ${kind.name.toUpperCase()}, first: 2) { edges { node { ... on ${kind.name} { ${selectAll(kind, 1)} } } } } }`;
      const data = ok<{ entities: { edges: unknown[] } }>(await h.run(query));
      expect(data.entities.edges.length, `${kind.name} entities`).toBeGreaterThan(0);
    }
  }, 600_000);

  it('the generated queries selected every field of every type', () => {
    const all = objectTypes.flatMap((t) =>
      Object.keys((t as { getFields(): object }).getFields()).map((f) => `${t.name}.${f}`),
    );
    expect(all.filter((f) => !selected.has(f))).toEqual([]);
  });
});
