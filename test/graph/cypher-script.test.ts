// The statement splitter is a pure function: no database needed.
import { describe, expect, it } from 'vitest';
import { CypherScriptError, cypherStringLiterals, splitCypherScript } from '../../src/graph-import/cypher-script.js';

const texts = (script: string) => splitCypherScript(script).map((s) => s.text);

describe('splitCypherScript', () => {
  it('splits on semicolons and trims', () => {
    expect(texts('RETURN 1;\n  RETURN 2 ;\n')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('keeps a last statement without a semicolon', () => {
    expect(texts('RETURN 1;\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('ignores semicolons inside single- and double-quoted strings', () => {
    expect(texts(`RETURN 'a;b' AS x;\nRETURN "c;d" AS y;`)).toEqual([`RETURN 'a;b' AS x`, `RETURN "c;d" AS y`]);
  });

  it('honours backslash escapes, so an escaped quote does not end the string', () => {
    const script = String.raw`RETURN 'it\'s; fine' AS a; RETURN "say \"hi;\"" AS b; RETURN 'ends in backslash \\' AS c; RETURN 4;`;
    expect(texts(script)).toEqual([
      String.raw`RETURN 'it\'s; fine' AS a`,
      String.raw`RETURN "say \"hi;\"" AS b`,
      String.raw`RETURN 'ends in backslash \\' AS c`,
      'RETURN 4',
    ]);
  });

  it('ignores semicolons inside backtick-quoted names, including doubled backticks', () => {
    expect(texts('MATCH (n:`odd;label`) RETURN n.`a``;b`;RETURN 2;')).toEqual([
      'MATCH (n:`odd;label`) RETURN n.`a``;b`',
      'RETURN 2',
    ]);
  });

  it('ignores semicolons and quotes inside // and /* */ comments', () => {
    const script = [
      "// header; with 'a quote",
      'RETURN 1; // trailing; comment with "quote',
      '/* block; comment',
      "   spanning lines ' */",
      'RETURN 2;',
    ].join('\n');
    expect(texts(script)).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('drops chunks that hold only comments or whitespace', () => {
    expect(texts('// only a comment\n;\n/* and a block */;\n\n;RETURN 1;\n// tail')).toEqual(['RETURN 1']);
  });

  it('does not treat // inside a string as a comment', () => {
    expect(texts(`RETURN 'http://example.org;x' AS url;`)).toEqual([`RETURN 'http://example.org;x' AS url`]);
  });

  it('reports the line each statement starts on and its position', () => {
    const script = '// header\n\nRETURN 1;\n\n// about the next one\nMATCH (n)\nRETURN n;\nRETURN\n3;';
    expect(splitCypherScript(script).map(({ line, index }) => ({ line, index }))).toEqual([
      { line: 3, index: 1 },
      { line: 6, index: 2 },
      { line: 8, index: 3 },
    ]);
  });

  it('counts lines inside multi-line strings for later statements', () => {
    const script = "RETURN 'a\nb\nc';\nRETURN 2;";
    expect(splitCypherScript(script)[1]).toMatchObject({ text: 'RETURN 2', line: 4 });
  });

  it('fails clearly on an unterminated string, name or comment', () => {
    expect(() => splitCypherScript("RETURN 1;\nRETURN 'open;")).toThrow(CypherScriptError);
    expect(() => splitCypherScript("RETURN 1;\nRETURN 'open;")).toThrow(/single-quoted string opened on line 2/);
    expect(() => splitCypherScript('RETURN `x;')).toThrow(/backtick/);
    expect(() => splitCypherScript('/* never closed')).toThrow(/comment/);
  });

  it('returns nothing for an empty script', () => {
    expect(splitCypherScript('')).toEqual([]);
    expect(splitCypherScript('  \n// nothing\n')).toEqual([]);
  });

  it('gives each statement its offsets in the script', () => {
    const script = '// head\nRETURN 1;\n\nRETURN 2;';
    const [a, b] = splitCypherScript(script);
    expect(script.slice(a!.start, a!.end)).toBe('RETURN 1;');
    expect(script.slice(b!.start, b!.end)).toBe('RETURN 2;');
  });
});

describe('cypherStringLiterals', () => {
  it('reads the values of string literals, decoding escapes, skipping comments and backticks', () => {
    const script = String.raw`// 'not this'
MATCH (n {id: 'zone:a'}) /* 'nor this' */ SET n.t = "say \"hi\"", n.u = 'it\'s\u00A0ok', n.\`x'y\` = 'z';`;
    expect(cypherStringLiterals(script)).toEqual(['zone:a', 'say "hi"', "it's\u00a0ok", 'z']);
  });

  it('refuses a literal that is never closed', () => {
    expect(() => cypherStringLiterals("RETURN 'open")).toThrow(CypherScriptError);
  });
});
