// What an incremental import runs, decided without a database: the statements added to a
// script since the stored manifest, each at its line of the file.
import { describe, expect, it } from 'vitest';
import { splitCypherScript } from '../../src/graph-import/cypher-script.js';
import { sha256, statementHash, type StatementManifest } from '../../src/graph-import/import-fingerprint.js';
import { addedStatements, type ScriptToRun } from '../../src/graph-import/run-import.js';

const BEFORE = "// the entities\nMERGE (a:Place {id: 'a'});\nMERGE (b:Place {id: 'b'}); MERGE (c:Place {id: 'c'});\n";

const script = (text: string, name = '12_places.cypher'): ScriptToRun => ({ name, path: name, kind: 'data', text });

function manifestOf(...scripts: ScriptToRun[]): StatementManifest {
  return Object.fromEntries(
    scripts.map((s) => [
      s.name,
      { hash: sha256(s.text), statements: splitCypherScript(s.text).map((st) => statementHash(st.text)) },
    ]),
  );
}

describe('addedStatements', () => {
  it('runs only the appended statements, each at its line of the file', () => {
    const grown = `${BEFORE}\n// added\nMERGE (d:Place {id: 'd'});\nMERGE (e:Place {id: 'e'}) SET e.x = 1;\n`;
    const added = addedStatements([script(grown)], manifestOf(script(BEFORE)));
    expect(added).toHaveLength(1);
    const statements = splitCypherScript(added![0]!.text);
    expect(statements.map((s) => [s.text, s.line])).toEqual([
      ["MERGE (d:Place {id: 'd'})", 6],
      ["MERGE (e:Place {id: 'e'}) SET e.x = 1", 7],
    ]);
    expect(added![0]!.text.split('\n')).toHaveLength(grown.split('\n').length);
  });

  it('runs nothing for a script that did not change, and a new script whole', () => {
    const other = script("MERGE (z:Place {id: 'z'});\n", '13_more.cypher');
    expect(addedStatements([script(BEFORE), other], manifestOf(script(BEFORE)))).toEqual([other]);
  });

  it('gives up (a full import) when a statement was edited or a script removed', () => {
    const edited = BEFORE.replace("{id: 'b'}", "{id: 'B'}");
    expect(addedStatements([script(edited)], manifestOf(script(BEFORE)))).toBeNull();
    expect(addedStatements([], manifestOf(script(BEFORE)))).toBeNull();
  });
});
