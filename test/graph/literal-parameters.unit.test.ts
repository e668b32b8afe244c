// How the importer sends a script statement: its literals as parameters. A pure function:
// no database needed (test/graph/import.test.ts checks that both ways build the same graph).
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCypherScript } from '../../src/graph-import/cypher-script.js';
import { parameteriseLiterals } from '../../src/graph-import/literal-parameters.js';
import { listScripts } from '../../src/graph-import/run-import.js';
import { SEED_CYPHER_DIR } from '../support/seed-graph.js';

describe('parameteriseLiterals', () => {
  it('turns strings and numbers into parameters, integers as Neo4j Integers', () => {
    const { text, params } = parameteriseLiterals(
      `MERGE (n:Award {id: 'award:x'}) SET n.name = "Mayor's Award", n.year = 2019, n.share = 4.5`,
    );
    expect(text).toBe('MERGE (n:Award {id: $lit0}) SET n.name = $lit1, n.year = $lit2, n.share = $lit3');
    expect(params).toEqual({ lit0: 'award:x', lit1: "Mayor's Award", lit2: neo4j.int(2019), lit3: 4.5 });
    expect(neo4j.isInt(params.lit2)).toBe(true);
  });

  it('decodes Cypher escapes as Cypher does', () => {
    const { params } = parameteriseLiterals(String.raw`RETURN 'it\'s', "a\"b", 'tab\there', '\u00e9', 'back\\slash'`);
    expect(Object.values(params)).toEqual(["it's", 'a"b', 'tab\there', 'é', 'back\\slash']);
  });

  it('sends a list of literals as one list parameter, nested lists too', () => {
    const { text, params } = parameteriseLiterals(
      `WITH r, [['000_a', 'quote one'], ['001_b', 'quote two']] AS pairs SET r.aliases = ['A', 'B'], r.years = [2017, 2018]`,
    );
    expect(text).toBe('WITH r, $lit0 AS pairs SET r.aliases = $lit1, r.years = $lit2');
    expect(params.lit0).toEqual([
      ['000_a', 'quote one'],
      ['001_b', 'quote two'],
    ]);
    expect(params.lit2).toEqual([neo4j.int(2017), neo4j.int(2018)]);
  });

  it('gives statements that differ only in their values one text', () => {
    const a = parameteriseLiterals(`MATCH (a:Entity {id: 'x'}) MATCH (b:Entity {id: 'y'}) MERGE (a)-[r:PART_OF]->(b)`);
    const b = parameteriseLiterals(`MATCH (a:Entity {id: 'p'}) MATCH (b:Entity {id: 'q'}) MERGE (a)-[r:PART_OF]->(b)`);
    expect(a.text).toBe(b.text);
    expect(a.params).not.toEqual(b.params);
  });

  it('leaves indexing, slicing, names with digits, labels, types and variable-length bounds alone', () => {
    const statement =
      'MATCH p = (a:Zone2)-[:PART_OF*1..4]->(b) WITH a, b, nodes(p)[0] AS first, a.aliases[1..] AS rest, `x 1` AS n2 RETURN first, rest[k], n2';
    expect(parameteriseLiterals(statement)).toEqual({
      text: 'MATCH p = (a:Zone2)-[:PART_OF*1..4]->(b) WITH a, b, nodes(p)[$lit0] AS first, a.aliases[1..] AS rest, `x 1` AS n2 RETURN first, rest[k], n2',
      params: { lit0: neo4j.int(0) },
    });
  });

  it('opens a list literal after keywords such as IN and UNWIND, not after a value', () => {
    expect(parameteriseLiterals(`UNWIND ['a', 'b'] AS x WITH x WHERE x IN ['a'] RETURN x`).text).toBe(
      'UNWIND $lit0 AS x WITH x WHERE x IN $lit1 RETURN x',
    );
  });

  it('folds white space and comments into single spaces, ignoring quotes inside comments', () => {
    const { text, params } = parameteriseLiterals(
      "MATCH (n) // it's a comment\n/* and 'this'\n too */\n    RETURN n.id = 'x'  ",
    );
    expect(text).toBe('MATCH (n) RETURN n.id = $lit0');
    expect(params).toEqual({ lit0: 'x' });
  });

  it('sends a statement it does not fully understand as written', () => {
    for (const statement of [
      'MATCH (n {id: $id}) RETURN n', // has parameters of its own
      String.raw`RETURN 'bad \q escape'`, // an escape Cypher would refuse: Neo4j must say so
      "RETURN 'never closed",
    ]) {
      expect(parameteriseLiterals(statement)).toEqual({ text: statement, params: {} });
    }
  });

  it('brings the seed scripts down to far fewer statement shapes', () => {
    const shapes = new Set<string>();
    let statements = 0;
    for (const script of listScripts(SEED_CYPHER_DIR).filter((s) => s.kind === 'data')) {
      for (const st of splitCypherScript(readFileSync(script.path, 'utf8'))) {
        statements += 1;
        shapes.add(parameteriseLiterals(st.text).text);
      }
    }
    expect(statements).toBeGreaterThan(250);
    expect(shapes.size).toBeLessThan(statements / 2.5);
  });
});
