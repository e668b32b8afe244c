// The batch planner's pure parts: how a statement becomes the body of a per-row subquery,
// and which scripts may run together (src/graph-import/batch-plan.ts).
import { describe, expect, it } from 'vitest';
import { batchQuery, planBatches, prepareScript, scriptLevels } from '../../src/graph-import/batch-plan.js';

describe('batchQuery', () => {
  it('reads the literals from the row and carries the row through every WITH', () => {
    const shapes = prepareScript(
      'a.cypher',
      "MATCH (a {id: 'x'}) WITH DISTINCT a, 1 AS one WHERE a.name STARTS WITH 'D' WITH a SET a.n = 2;",
    ).statements;
    expect(batchQuery(shapes[0]!.shape)).toBe(
      'UNWIND $rows AS _batch CALL (_batch) { MATCH (a {id: _batch.lit0}) WITH DISTINCT _batch, a, _batch.lit1 AS one WHERE a.name STARTS WITH _batch.lit2 WITH _batch, a SET a.n = _batch.lit3 }',
    );
  });

  it('leaves statement by statement what returns, calls or holds a subquery expression', () => {
    for (const statement of [
      "MATCH (n {id: 'x'}) RETURN n",
      "MATCH (n {id: 'x'}) CALL (n) { SET n.a = 1 }",
      "MATCH (n {id: 'x'}) WHERE EXISTS { (n)--() } SET n.a = 1",
    ]) {
      expect(batchQuery(prepareScript('a.cypher', statement).statements[0]!.shape), statement).toBeNull();
    }
  });

  it('does not read a backtick-quoted name as a keyword', () => {
    const shape = prepareScript('a.cypher', "MERGE (n:`WITH` {id: 'x'})").statements[0]!.shape;
    expect(batchQuery(shape)).toBe('UNWIND $rows AS _batch CALL (_batch) { MERGE (n:`WITH` {id: _batch.lit0}) }');
  });
});

describe('scriptLevels', () => {
  const script = (file: string, text: string) => prepareScript(file, text);

  it('puts a script after the scripts that MERGE what it refers to, or refer to what it MERGEs', () => {
    const levels = scriptLevels([
      script('01.cypher', "MERGE (d:Document {id: 'doc:1'}) SET d.kind = 'article';"),
      script('10.cypher', "MERGE (n:Place {id: 'place:a'}) SET n.name = 'A';"),
      script(
        '20.cypher',
        "MATCH (d:Document {id: 'doc:1'}) MATCH (p:Entity {id: 'place:a'}) MERGE (d)-[:MENTIONS]->(p);",
      ),
      script('21.cypher', "MATCH (p:Entity {id: 'place:a'}) SET p.note = 'x';"),
      script('22.cypher', "MERGE (n:Place {id: 'place:b'}) SET n.name = 'B';"),
      script('23.cypher', "MATCH (b:Entity {id: 'place:b'}) SET b.note = 'y';"),
    ]);
    expect(levels).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it('runs a script whose effect cannot be read from its literals alone, between the others', () => {
    const levels = scriptLevels([
      script('10.cypher', "MERGE (n:Place {id: 'place:a'});"),
      script('20.cypher', 'MATCH (n:Place) DETACH DELETE n;'),
      script('30.cypher', "MERGE (n:Place {id: 'place:c'});"),
    ]);
    expect(levels).toEqual([0, 1, 2]);
  });
});

describe('planBatches', () => {
  it('runs the statements of one shape across scripts as one batch, each script in its own order', () => {
    const a = prepareScript(
      'a.cypher',
      "MERGE (n:Zone {id: 'z:1'}) SET n.name = 'One';\nMATCH (n:Zone {id: 'z:1'}) SET n.x = 1;",
    );
    const b = prepareScript(
      'b.cypher',
      "MERGE (n:Zone {id: 'z:2'}) SET n.name = 'Two';\nMATCH (n:Zone {id: 'z:2'}) SET n.x = 2;",
    );
    const batches = planBatches([a, b]);
    expect(batches.map((x) => x.rows.map((r) => `${r.script}:${r.statement.statement.index}`))).toEqual([
      ['0:1', '1:1'],
      ['0:2', '1:2'],
    ]);
    expect(batches.every((x) => x.query !== null)).toBe(true);
  });
});
