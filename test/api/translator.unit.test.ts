// The translator as a pure function: the Cypher and parameters it generates for a few root
// fields, pinned. The same operations run against the database in questions.test.ts.
import { buildASTSchema, getOperationAST, Kind, parse, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { PLANNERS } from '../../src/graphql/planners/index.js';
import { SPECS } from '../../src/graphql/resolvers/registry.js';
import { typeDefs } from '../../src/graphql/schema.js';
import { decodeCursor, encodeCursor } from '../../src/graphql/translate/cursor.js';
import { normalizeName, searchQuery } from '../../src/graphql/translate/names.js';
import { translateRoot } from '../../src/graphql/translate/root.js';
import { getArgumentValues } from 'graphql';

const schema = buildASTSchema(typeDefs);

function translate(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  const def = schema.getQueryType()!.getFields()[field.name.value]!;
  const args = getArgumentValues(def, field, variables);
  return translateRoot(
    SPECS,
    { schema, fragments, variableValues: variables },
    [field],
    def.type,
    args,
    PLANNERS[field.name.value as keyof typeof PLANNERS],
  );
}

describe('translation of root fields', () => {
  it('entity(id) with a fragment: one statement, index lookup, label-guarded fragment fields', () => {
    const { cypher, params } = translate(
      '{ entity(id: "zone:lushunkou-district") { id name ... on Zone { enterprises { name } } } }',
    );
    expect(cypher).toBe(
      [
        'RETURN head(COLLECT {',
        'MATCH (v0:Entity {id: $p0})',
        'WITH * LIMIT 1',
        "RETURN {`__typename`: head([l IN labels(v0) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), `id`: v0.id, `name`: v0.name, `enterprises`: CASE WHEN v0:Zone THEN COLLECT {",
        'MATCH (n1:Enterprise)-[:LOCATED_IN]->(v0)',
        'WITH * ORDER BY n1.name, n1.id',
        'RETURN {`name`: n1.name}',
        '} END}',
        '}) AS value',
      ].join('\n'),
    );
    expect(params).toEqual({ p0: 'zone:lushunkou-district' });
  });

  it('aliases of one field with different arguments get their own subqueries and keys', () => {
    const { cypher, params } = translate(
      '{ entity(id: "award:mayors-quality-award") { ... on Award { won: recipients(status: AWARDED) { year } nominated: recipients(status: NOMINATED) { year } } } }',
    );
    expect(cypher).toContain('`won`: CASE WHEN v0:Award THEN COLLECT {');
    expect(cypher).toContain('`nominated`: CASE WHEN v0:Award THEN COLLECT {');
    expect(Object.values(params)).toEqual(['award:mayors-quality-award', 'AWARDED', 'NOMINATED']);
  });

  it('partnerships(zone) resolves the name inside the statement and keeps user input in parameters', () => {
    const { cypher, params, plan } = translate(
      '{ partnerships(zone: "Lushunkou District") { university { name } via } }',
    );
    expect(cypher.startsWith('CALL () {\n  CALL () {\n    MATCH (x1:Entity {id: $p0}) RETURN x1')).toBe(true);
    // The name key through its keyword full-text index: index lookups only, never a label scan.
    expect(cypher).toContain("CALL db.index.fulltext.queryNodes('entity_name_keys', $p1) YIELD node AS x1 RETURN x1");
    expect(cypher).not.toMatch(/MATCH \(x\d+:Zone\)/);
    expect(cypher).toContain('UNWIND m0 AS z3\nMATCH (z3)-[r4:PARTNERS_WITH]->(u5:University)');
    expect(cypher).toContain('[x IN m0 | x.id] AS m0Ids');
    expect(cypher).not.toContain('Lushunkou');
    expect(params).toMatchObject({ p0: 'Lushunkou District', p1: '"lushunkoudistrict"' });
    expect(plan.verify).toBeTypeOf('function');
  });

  it('a connection reads one page plus one with a keyset condition, and counts only when asked', () => {
    const after = encodeCursor(['NAME_ASC', 'Danai Pump Industry Co., Ltd.', 'enterprise:danai-pump-industry'])!;
    const { cypher, params } = translate(
      `{ enterprises(first: 2, after: "${after}") { edges { node { id } } pageInfo { hasNextPage } } }`,
    );
    expect(cypher).toContain('MATCH (n0:Enterprise) WHERE (n0.name > $p0 OR (n0.name = $p0 AND n0.id > $p1))');
    expect(cypher).toContain('WITH n0 ORDER BY n0.name, n0.id LIMIT $p2');
    expect(cypher).not.toContain('COUNT {');
    expect(params.p2).toEqual(neo4j.int(3));
    expect(translate('{ enterprises { totalCount } }').cypher).toContain('COUNT { MATCH (n2:Enterprise) }');
  });
});

describe('names, search text and cursors', () => {
  it('normalises names alike whatever the case, spacing or punctuation', () => {
    expect(normalizeName("Mayor's Quality Award")).toBe(normalizeName('MAYORS  quality-award'));
    expect(normalizeName('Provincial-level R & D Center')).toBe(normalizeName('provincial level R&D center'));
    expect(normalizeName('Dalian DHI·DCW Group Ltd.')).toBe('daliandhidcwgroupltd');
  });

  it('turns any text into a Lucene query of quoted words, or nothing', () => {
    expect(searchQuery('Dalian University')).toBe(
      '"dalian university"^4 OR "dalian"^2 OR dalian* OR "university"^2 OR university*',
    );
    expect(searchQuery('AND')).toBe('"and"^2 OR and*');
    expect(searchQuery('name:Dal* ~ [x TO y] \\ "')).toBe(
      '"name dal x to y"^4 OR "name"^2 OR name* OR "dal"^2 OR dal* OR "x"^2 OR "to"^2 OR "y"^2',
    );
    expect(searchQuery('大连理工')).toBe('"大连理工"^2');
    expect(searchQuery(' *~?"\\ ')).toBeNull();
  });

  it('round-trips cursors and refuses foreign ones', () => {
    const cursor = encodeCursor(['ID_ASC', 'Name', 'zone:x'])!;
    expect(decodeCursor(cursor, 'ID_ASC')).toEqual({ order: 'ID_ASC', name: 'Name', id: 'zone:x' });
    expect(() => decodeCursor(cursor, 'NAME_ASC')).toThrow(/orderBy ID_ASC/);
    expect(() => decodeCursor('eyJ4IjoxfQ', 'NAME_ASC')).toThrow(/not a cursor/);
  });
});
