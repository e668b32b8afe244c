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
          MATCH (x1:Entity {name: $p0}) RETURN x1
          UNION
          CALL db.index.fulltext.queryNodes('entity_names', $p2, {limit: 100}) YIELD node AS x1 RETURN x1
        }
        WITH collect(DISTINCT x1) AS c2
        WITH [x1 IN c2 WHERE x1:Entity AND (x1.id = $p0 OR any(a5 IN [x1.name] + coalesce(x1.aliases, []) WHERE reduce(k = toLower(a5), ch IN $p3 | replace(k, ch, '')) = $p1))] AS found3
        CALL (found3) {
          UNWIND CASE WHEN size(found3) = 0 THEN [true] ELSE [] END AS scan6
          MATCH (x1:Entity) WHERE (x1.id = $p0 OR any(a5 IN [x1.name] + coalesce(x1.aliases, []) WHERE reduce(k = toLower(a5), ch IN $p3 | replace(k, ch, '')) = $p1))
          RETURN collect(x1) AS scanned4
        }
        RETURN CASE WHEN size(found3) > 0 THEN found3 ELSE scanned4 END AS m0
      }
      WITH *, head(m0) AS c7
      WITH *, [c7] AS seen8, [c7] AS front9, false AS cut10
      CALL (front9, seen8) {
        UNWIND front9 AS f11
        MATCH (f11)-[r12]-(x13:Entity)
        WHERE NOT x13 IN seen8
        WITH DISTINCT x13 ORDER BY x13.id
        RETURN collect(x13) AS found14
      }
      WITH *, seen8 + found14[0..CASE WHEN $p4 - size(seen8) < 0 THEN 0 ELSE $p4 - size(seen8) END] AS seen15, found14[0..CASE WHEN $p4 - size(seen8) < 0 THEN 0 ELSE $p4 - size(seen8) END] AS front16, cut10 OR size(found14) > CASE WHEN $p4 - size(seen8) < 0 THEN 0 ELSE $p4 - size(seen8) END AS cut17
      CALL (seen15) {
        UNWIND seen15 AS a18
        MATCH (a18)-[r19]->(b20:Entity)
        WHERE b20 IN seen15
        WITH r19 ORDER BY type(r19), startNode(r19).id, endNode(r19).id, elementId(r19)
        RETURN collect(r19) AS rels21
      }
      RETURN CASE WHEN c7 IS NULL THEN null ELSE {\`nodes\`: COLLECT {
      UNWIND range(0, size(seen15) - 1) AS i22
      WITH *, seen15[i22] AS n23
      WITH * ORDER BY i22
      RETURN {\`__typename\`: head([l IN labels(n23) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: n23.id}
      }, \`relationships\`: COLLECT {
      UNWIND range(0, size(rels21[0..$p5]) - 1) AS i24
      WITH *, rels21[0..$p5][i24] AS r25
      WITH * ORDER BY i24
      RETURN {\`type\`: type(r25)}
      }, \`truncated\`: (cut17 OR size(rels21) > $p5)} END AS value, [x IN m0 | x.id] AS m0Ids",
        "params": {
          "p0": "zone:x",
          "p1": "zonex",
          "p2": ""zone x"",
          "p3": "IGNORED_CHARACTERS",
          "p4": 11,
          "p5": 1000,
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
          MATCH (x1:Entity {name: $p0}) RETURN x1
          UNION
          CALL db.index.fulltext.queryNodes('entity_names', $p2, {limit: 100}) YIELD node AS x1 RETURN x1
        }
        WITH collect(DISTINCT x1) AS c2
        WITH [x1 IN c2 WHERE x1:Entity AND (x1.id = $p0 OR any(a5 IN [x1.name] + coalesce(x1.aliases, []) WHERE reduce(k = toLower(a5), ch IN $p3 | replace(k, ch, '')) = $p1))] AS found3
        CALL (found3) {
          UNWIND CASE WHEN size(found3) = 0 THEN [true] ELSE [] END AS scan6
          MATCH (x1:Entity) WHERE (x1.id = $p0 OR any(a5 IN [x1.name] + coalesce(x1.aliases, []) WHERE reduce(k = toLower(a5), ch IN $p3 | replace(k, ch, '')) = $p1))
          RETURN collect(x1) AS scanned4
        }
        RETURN CASE WHEN size(found3) > 0 THEN found3 ELSE scanned4 END AS m0
      }
      CALL () {
        CALL () {
          MATCH (x8:Entity {id: $p4}) RETURN x8
          UNION
          MATCH (x8:Entity {name: $p4}) RETURN x8
          UNION
          CALL db.index.fulltext.queryNodes('entity_names', $p6, {limit: 100}) YIELD node AS x8 RETURN x8
        }
        WITH collect(DISTINCT x8) AS c9
        WITH [x8 IN c9 WHERE x8:Entity AND (x8.id = $p4 OR any(a12 IN [x8.name] + coalesce(x8.aliases, []) WHERE reduce(k = toLower(a12), ch IN $p3 | replace(k, ch, '')) = $p5))] AS found10
        CALL (found10) {
          UNWIND CASE WHEN size(found10) = 0 THEN [true] ELSE [] END AS scan13
          MATCH (x8:Entity) WHERE (x8.id = $p4 OR any(a12 IN [x8.name] + coalesce(x8.aliases, []) WHERE reduce(k = toLower(a12), ch IN $p3 | replace(k, ch, '')) = $p5))
          RETURN collect(x8) AS scanned11
        }
        RETURN CASE WHEN size(found10) > 0 THEN found10 ELSE scanned11 END AS m7
      }
      RETURN head(COLLECT {
      WITH m0[0] AS a14, m7[0] AS b15 WHERE size(m0) = 1 AND size(m7) = 1
      MATCH p16 = shortestPath((a14)-[*0..3]-(b15))
      WHERE all(x IN nodes(p16) WHERE x:Entity)
      WITH * LIMIT 1
      RETURN {\`length\`: length(p16), \`nodes\`: COLLECT {
      UNWIND range(0, size(nodes(p16)) - 1) AS i17
      WITH *, nodes(p16)[i17] AS n18
      WITH * ORDER BY i17
      RETURN {\`__typename\`: head([l IN labels(n18) WHERE l IN ['Enterprise', 'Zone', 'University', 'Brand', 'Award', 'Cluster', 'Person', 'Organization', 'Project', 'Place']]), \`id\`: n18.id}
      }}
      }) AS value, [x IN m0 | x.id] AS m0Ids, [x IN m7 | x.id] AS m7Ids",
        "params": {
          "p0": "a:x",
          "p1": "ax",
          "p2": ""a x"",
          "p3": "IGNORED_CHARACTERS",
          "p4": "b:y",
          "p5": "by",
          "p6": ""b y"",
        },
      }
    `);
  });
});
