// The Cypher and parameters generated for a few operations, pinned without a database (as
// neo4j/graphql's tck tests do): a change to a spec or planner shows up here as a diff of
// the statement. The same operations run against the database in questions.test.ts.
import { buildASTSchema, getArgumentValues, getOperationAST, parse, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PLANNERS } from '../../src/graphql/planners/index.js';
import { SPECS } from '../../src/graphql/resolvers/registry.js';
import { typeDefs } from '../../src/graphql/schema.js';
import { translateRoot } from '../../src/graphql/translate/root.js';
import { IGNORED_CHARACTERS } from '../../src/model/name-key.js';

const schema = buildASTSchema(typeDefs);

function translate(source: string) {
  const operation = getOperationAST(parse(source))!;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const def = schema.getQueryType()!.getFields()[field.name.value]!;
  const args = getArgumentValues(def, field, {});
  const { cypher, params } = translateRoot(
    SPECS,
    { schema, fragments: {}, variableValues: {} },
    [field],
    def.type,
    args,
    PLANNERS[field.name.value as keyof typeof PLANNERS],
  );
  // neo4j Integers as plain numbers and the punctuation list by name, so the pins read naturally.
  const readable = (_key: string, v: unknown) =>
    v === IGNORED_CHARACTERS
      ? 'IGNORED_CHARACTERS'
      : (v as { low?: number })?.low !== undefined
        ? (v as { low: number }).low
        : v;
  return { cypher, params: JSON.parse(JSON.stringify(params, readable)) as Record<string, unknown> };
}

describe('generated Cypher, pinned', () => {
  it('an enterprise with its grants (relationships() helper) and leaders', () => {
    expect(
      translate(
        '{ entity(id: "enterprise:x") { ... on Enterprise { awards(status: AWARDED) { year award { name } } leaders { role person { name } } } } }',
      ),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "RETURN head(COLLECT {
      MATCH (v0:Entity {id: $p0})
      WITH * LIMIT 1
      RETURN {\`__typename\`: head([l IN labels(v0) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`awards\`: CASE WHEN v0:Enterprise THEN COLLECT {
      MATCH (v0)-[r1:RECEIVED]->(a2:Award) WHERE r1.status = $p1
      WITH * ORDER BY r1.status, coalesce(r1.year, 0) DESC, a2.name, a2.id
      RETURN {\`year\`: r1.year, \`award\`: {\`name\`: a2.name}}
      } END, \`leaders\`: CASE WHEN v0:Enterprise THEN COLLECT {
      MATCH (p4:Person)-[r3:LEADS]->(v0)
      WITH * ORDER BY p4.name, p4.id
      RETURN {\`role\`: coalesce(r3.role, ''), \`person\`: {\`name\`: p4.name}}
      } END}
      }) AS value",
        "params": {
          "p0": "enterprise:x",
          "p1": "AWARDED",
        },
      }
    `);
  });

  it('a relationship list with arguments on any entity', () => {
    expect(
      translate(
        '{ entity(id: "zone:x") { relationships(direction: OUTGOING, types: ["LOCATED_IN"], first: 5) { type other { id } } } }',
      ),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "RETURN head(COLLECT {
      MATCH (v0:Entity {id: $p0})
      WITH * LIMIT 1
      RETURN {\`__typename\`: head([l IN labels(v0) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`relationships\`: COLLECT {
      MATCH (v0)-[r1]->(o2:Entity) WHERE type(r1) IN $p1
      WITH * ORDER BY type(r1), o2.name, o2.id, elementId(r1) LIMIT $p2
      RETURN {\`type\`: type(r1), \`other\`: {\`__typename\`: head([l IN labels(o2) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: o2.id}}
      }}
      }) AS value",
        "params": {
          "p0": "zone:x",
          "p1": [
            "LOCATED_IN",
          ],
          "p2": 5,
        },
      }
    `);
  });

  it('search without a kind filter: the index keeps only the best `first` hits', () => {
    const { cypher, params } = translate('{ search(query: "Dalian", first: 5) { entity { id } } }');
    expect(cypher).toContain("CALL db.index.fulltext.queryNodes('entity_names', $p1, {limit: $p0}) YIELD node AS v0");
    expect(params.p0).toBe(5);
  });

  it("an entity's relationship groups: counted in one pass, each a page by name with SKIP and LIMIT", () => {
    expect(
      translate(
        '{ entity(id: "award:x") { relationshipGroups(first: 2) { type direction count relationships(first: 3, offset: 6) { other { id } } } } }',
      ),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "RETURN head(COLLECT {
      MATCH (v0:Entity {id: $p0})
      WITH * LIMIT 1
      RETURN {\`__typename\`: head([l IN labels(v0) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`relationshipGroups\`: COLLECT {
      WITH v0, COLLECT { MATCH (v0)-[r1]-(o2:Entity) RETURN [type(r1), startNode(r1) = v0] } AS keys3
      UNWIND reduce(acc = [], k5 IN keys3 | CASE WHEN k5 IN acc THEN acc ELSE acc + [k5] END) AS key4
      WITH v0, key4[0] AS t6, key4[1] AS out7, size([k5 IN keys3 WHERE k5 = key4]) AS c8
      WITH * ORDER BY t6, out7 DESC LIMIT $p1
      RETURN {\`type\`: t6, \`direction\`: CASE WHEN out7 THEN 'OUTGOING' ELSE 'INCOMING' END, \`count\`: c8, \`relationships\`: COLLECT {
      MATCH (v0)-[r9]-(o10:Entity) WHERE type(r9) = t6 AND (startNode(r9) = v0) = out7
      WITH * ORDER BY o10.name, o10.id, elementId(r9) SKIP $p3 LIMIT $p2
      RETURN {\`other\`: {\`__typename\`: head([l IN labels(o10) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: o10.id}}
      }}
      }}
      }) AS value",
        "params": {
          "p0": "award:x",
          "p1": 2,
          "p2": 3,
          "p3": 6,
        },
      }
    `);
  });

  it('search for free text', () => {
    expect(translate('{ search(query: "Dalian port", kinds: [ZONE], first: 5) { score entity { id } } }'))
      .toMatchInlineSnapshot(`
      {
        "cypher": "RETURN COLLECT {
      CALL db.index.fulltext.queryNodes('entity_names', $p1) YIELD node AS v0, score AS score1 WHERE any(l IN labels(v0) WHERE l IN $p0)
      WITH * ORDER BY score1 DESC, v0.id LIMIT $p2
      RETURN {\`score\`: score1, \`entity\`: {\`__typename\`: head([l IN labels(v0) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: v0.id}}
      } AS value",
        "params": {
          "p0": [
            "Zone",
          ],
          "p1": ""dalian port"^4 OR "dalian"^2 OR dalian* OR "port"^2 OR port*",
          "p2": 5,
        },
      }
    `);
  });

  it('a one-hop neighborhood', () => {
    expect(
      translate('{ neighborhood(id: "zone:x", hops: 1, limit: 10) { nodes { id } relationships { type } truncated } }'),
    ).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        CALL () {
          MATCH (x1:Entity {id: $p0}) RETURN x1
          UNION
          CALL db.index.fulltext.queryNodes('entity_name_keys', $p1) YIELD node AS x1 RETURN x1
        }
        WITH collect(DISTINCT x1) AS c2
        RETURN [x1 IN c2 WHERE x1:Entity] AS m0
      }
      WITH *, head(m0) AS c3
      WITH *, [c3] AS seen4, [c3] AS front5, false AS cut6
      CALL (front5, seen4) {
        UNWIND front5 AS f7
        MATCH (f7)-[r8]-(x9:Entity)
        WHERE NOT x9 IN seen4
        WITH DISTINCT x9 ORDER BY x9.id
        RETURN collect(x9) AS found10
      }
      WITH *, seen4 + found10[0..CASE WHEN $p2 - size(seen4) < 0 THEN 0 ELSE $p2 - size(seen4) END] AS seen11, found10[0..CASE WHEN $p2 - size(seen4) < 0 THEN 0 ELSE $p2 - size(seen4) END] AS front12, cut6 OR size(found10) > CASE WHEN $p2 - size(seen4) < 0 THEN 0 ELSE $p2 - size(seen4) END AS cut13
      CALL (seen11) {
        UNWIND seen11 AS a14
        MATCH (a14)-[r15]->(b16:Entity)
        WHERE b16 IN seen11
        WITH r15 ORDER BY type(r15), startNode(r15).id, endNode(r15).id, elementId(r15)
        RETURN collect(r15) AS rels17
      }
      RETURN CASE WHEN c3 IS NULL THEN null ELSE {\`nodes\`: COLLECT {
      UNWIND range(0, size(seen11) - 1) AS i18
      WITH *, seen11[i18] AS n19
      WITH * ORDER BY i18
      RETURN {\`__typename\`: head([l IN labels(n19) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: n19.id}
      }, \`relationships\`: COLLECT {
      UNWIND range(0, size(rels17[0..$p3]) - 1) AS i20
      WITH *, rels17[0..$p3][i20] AS r21
      WITH * ORDER BY i20
      RETURN {\`type\`: type(r21)}
      }, \`truncated\`: (cut13 OR size(rels17) > $p3)} END AS value, [x IN m0 | x.id] AS m0Ids",
        "params": {
          "p0": "zone:x",
          "p1": ""zonex"",
          "p2": 11,
          "p3": 1000,
        },
      }
    `);
  });

  it('a shortest path', () => {
    expect(translate('{ shortestPath(from: "a:x", to: "b:y", maxHops: 3) { length nodes { id } } }'))
      .toMatchInlineSnapshot(`
        {
          "cypher": "CALL () {
          CALL () {
            MATCH (x1:Entity {id: $p0}) RETURN x1
            UNION
            CALL db.index.fulltext.queryNodes('entity_name_keys', $p1) YIELD node AS x1 RETURN x1
          }
          WITH collect(DISTINCT x1) AS c2
          RETURN [x1 IN c2 WHERE x1:Entity] AS m0
        }
        CALL () {
          CALL () {
            MATCH (x4:Entity {id: $p2}) RETURN x4
            UNION
            CALL db.index.fulltext.queryNodes('entity_name_keys', $p3) YIELD node AS x4 RETURN x4
          }
          WITH collect(DISTINCT x4) AS c5
          RETURN [x4 IN c5 WHERE x4:Entity] AS m3
        }
        RETURN head(COLLECT {
        WITH m0[0] AS a6, m3[0] AS b7 WHERE size(m0) = 1 AND size(m3) = 1
        MATCH p8 = shortestPath((a6)-[*0..3]-(b7))
        WHERE all(x IN nodes(p8) WHERE x:Entity)
        WITH * LIMIT 1
        RETURN {\`length\`: length(p8), \`nodes\`: COLLECT {
        UNWIND range(0, size(nodes(p8)) - 1) AS i9
        WITH *, nodes(p8)[i9] AS n10
        WITH * ORDER BY i9
        RETURN {\`__typename\`: head([l IN labels(n10) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: n10.id}
        }}
        }) AS value, [x IN m0 | x.id] AS m0Ids, [x IN m3 | x.id] AS m3Ids",
          "params": {
            "p0": "a:x",
            "p1": ""ax"",
            "p2": "b:y",
            "p3": ""by"",
          },
        }
      `);
  });
});
