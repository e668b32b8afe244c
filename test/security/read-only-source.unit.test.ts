// Static proof to go with the dynamic one in read-only.test.ts: every database call the API
// can make, read from the parsed source (TypeScript's own parser, so comments, strings and
// line breaks cannot hide or fake a call), asks for READ.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

/** Everything on the request path that can reach the database. */
const REQUEST_PATH = ['src/graphql', 'src/server', 'src/db/executor.ts'];

function typeScriptFiles(path: string): string[] {
  const full = join(PROJECT_ROOT, path);
  if (statSync(full).isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(full).flatMap((entry) => typeScriptFiles(join(path, entry)));
}

function property(node: ts.Node | undefined, name: string): ts.Expression | undefined {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  }
  return undefined;
}

const isString = (node: ts.Node | undefined, value: string) =>
  node !== undefined && ts.isStringLiteralLike(node) && node.text === value;

/** Database calls in one file that do not ask for READ, as `file:line: what`. */
function writeOffences(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const offences: string[] = [];
  const report = (node: ts.Node, what: string) =>
    offences.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (name === 'executeWrite' || name === 'writeTransaction') report(node, `${name}: a write transaction`);
      if (name === 'WRITE' && node.expression.getText().endsWith('session')) report(node, 'a WRITE access mode');
    }
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'routing' && !isString(node.initializer, 'READ'))
      report(node, `routing: ${node.initializer.getText()}`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === 'executeQuery' && !isString(property(node.arguments[2], 'routing'), 'READ'))
        report(node, "executeQuery without routing: 'READ'");
      if (method === 'session' && property(node.arguments[0], 'defaultAccessMode')?.getText() !== 'neo4j.session.READ')
        report(node, 'a session without defaultAccessMode: neo4j.session.READ');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return offences;
}

describe('the request path', () => {
  it('opens no write session and sends no write query anywhere', () => {
    const files = REQUEST_PATH.flatMap(typeScriptFiles);
    expect(files.length).toBeGreaterThan(10);
    const offences = files.flatMap((file) => writeOffences(file, readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(offences).toEqual([]);
  });

  it('would be caught: each way of asking for a write is reported', () => {
    const offences = writeOffences(
      'example.ts',
      [
        'driver.session();',
        'driver.session({ database });',
        'driver.session({ defaultAccessMode: neo4j.session.WRITE });',
        's.executeWrite((tx) => tx.run(q));',
        's.writeTransaction((tx) => tx.run(q));',
        "driver.executeQuery(q, {}, { database, routing: 'WRITE' });",
        'driver.executeQuery(q, {});',
        '// driver.executeQuery(q) in a comment is no call',
        "driver.executeQuery(q, {}, { database, routing: 'READ' });",
        'driver.session({ database, defaultAccessMode: neo4j.session.READ });',
      ].join('\n'),
    );
    expect(offences.map((o) => Number(o.split(':')[1]))).toEqual([1, 2, 3, 3, 4, 5, 6, 6, 7]);
  });
});
