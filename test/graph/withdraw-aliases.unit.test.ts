// Which spellings another script still states: the file side of taking back a withdrawn
// article's aliases, on scripts written to a scratch folder (no database).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cypherString } from '../../src/graph-import/cypher-literal.js';
import { stringsStatedWithout, unescapedFragment } from '../../src/graph-import/withdraw-aliases.js';

let root: string | null = null;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});

function project(scripts: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'lig-aliases-'));
  mkdirSync(join(root, 'cypher'));
  for (const [name, text] of Object.entries(scripts)) writeFileSync(join(root, 'cypher', name), text);
  return root;
}

describe('unescapedFragment', () => {
  it('is the longest run of letters, digits and spaces', () => {
    expect(unescapedFragment("Governor's Quality Award")).toBe('s Quality Award');
    expect(unescapedFragment('DUT')).toBe('DUT');
    expect(unescapedFragment('大连')).toBe('');
  });
});

describe('stringsStatedWithout', () => {
  const alias = "Dalian Mayor's Quality Award";
  const entity = `MERGE (a:Award {id: 'award:x'}) SET a.aliases = [${cypherString(alias)}, 'DMQA'];\n`;

  it('finds a wanted spelling in another script, written with an escaped quote', () => {
    const dir = project({
      '15_awards.cypher': entity,
      '20_facts_001.cypher': `MERGE (d:Document {id: 'doc-1'}) SET d.aliases = ['Mayor Award'];\n`,
    });
    expect([...stringsStatedWithout(dir, 'doc-1', [alias, 'Mayor Award', 'DMQA'])].sort()).toEqual(['DMQA', alias]);
  });

  it("leaves out the withdrawn document's own script, and spellings no script states", () => {
    const dir = project({ '20_facts_001.cypher': `// cites 'doc-1'\nRETURN 'doc-1', ${cypherString(alias)};\n` });
    expect(stringsStatedWithout(dir, 'doc-1', [alias, 'Nowhere Award']).size).toBe(0);
  });

  it('lexes every script when a spelling has no plain run (e.g. Chinese)', () => {
    const dir = project({ '10_places.cypher': `MERGE (p:Place {id: 'place:dalian'}) SET p.aliases = ['大连'];\n` });
    expect([...stringsStatedWithout(dir, 'doc-9', ['大连'])]).toEqual(['大连']);
  });

  it('reads nothing when nothing is wanted', () => {
    expect(stringsStatedWithout('/nonexistent', 'doc-1', []).size).toBe(0);
  });
});
