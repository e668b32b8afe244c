// Turns the literals of a script statement into parameters before the importer sends it,
// so that statements which differ only in their values share one query text, and Neo4j
// parses and plans each shape once instead of once per statement. On a just-started
// server, planning is what an import spends its time on (docs/performance.md, "A fast
// start"): the seed scripts' 312 statements come down to under a hundred shapes.
//
// The scripts themselves stay plain Cypher that runs as it is in Neo4j Browser; this is
// only how the importer sends them. Values are the ones Cypher itself would read: strings
// with Cypher's escapes decoded, integers as Neo4j Integers (a JavaScript number would be
// stored as a Float), lists of literals as one list parameter; white space and comments
// fold into single spaces. Whatever this does not fully
// understand is sent exactly as written: a statement that has parameters of its own, a
// string with an escape it does not know, a number in a place that takes only a literal
// (variable-length bounds such as `*1..4`).
import neo4j from 'neo4j-driver';
import { CYPHER_ESCAPES } from './cypher-script.js';

export interface ParameterisedStatement {
  text: string;
  params: Record<string, unknown>;
}

/** The prefix of generated parameter names; a statement that already uses `$` is left alone. */
const PREFIX = 'lit';

class NotUnderstood extends Error {}

/** Reads a quoted string starting at `at`; returns its value and the offset after it. */
function readString(text: string, at: number): [string, number] {
  const quote = text[at];
  let value = '';
  let i = at + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') {
      const e = text[i + 1] ?? '';
      if (e === 'u' || e === 'U') {
        const digits = e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + digits);
        if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) throw new NotUnderstood();
        value += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + digits;
      } else {
        const decoded = CYPHER_ESCAPES[e];
        if (decoded === undefined) throw new NotUnderstood();
        value += decoded;
        i += 2;
      }
    } else {
      value += text[i];
      i += 1;
    }
  }
  if (i >= text.length) throw new NotUnderstood();
  return [value, i + 1];
}

const NUMBER = /^(?:\d+\.\d+(?:[eE][-+]?\d+)?|\d+(?![.\w]))/;

function numberValue(literal: string): unknown {
  return /^\d+$/.test(literal) ? neo4j.int(literal) : Number(literal);
}

/** Reads a list of nothing but literals (strings, numbers, such lists) at `at`, or returns null. */
function readConstantList(text: string, at: number): [unknown[], number] | null {
  const values: unknown[] = [];
  let i = at + 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i += 1;
  };
  skipSpace();
  if (text[i] === ']') return null; // `[]` says nothing a parameter would save
  for (;;) {
    skipSpace();
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      const [value, end] = readString(text, i);
      values.push(value);
      i = end;
    } else if (ch === '[') {
      const inner = readConstantList(text, i);
      if (!inner) return null;
      values.push(inner[0]);
      i = inner[1];
    } else {
      const m = NUMBER.exec(text.slice(i));
      if (!m) return null;
      values.push(numberValue(m[0]));
      i += m[0].length;
    }
    skipSpace();
    if (text[i] === ',') i += 1;
    else if (text[i] === ']') return [values, i + 1];
    else return null;
  }
}

/** Words after which `[` opens a list literal; after any other name it indexes or slices a value. */
const KEYWORDS_BEFORE_A_VALUE = new Set([
  'in',
  'unwind',
  'return',
  'with',
  'when',
  'then',
  'else',
  'and',
  'or',
  'xor',
  'not',
  'distinct',
  'contains',
]);

/** Whether what precedes ends a value (`n`, `f(x)`, `xs[0]`, `{…}`), so that a `[` now indexes it. */
function followsValue(before: string): boolean {
  const trimmed = before.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '';
  if (/[)\]}`$]/.test(last)) return true;
  if (!/\w/.test(last)) return false;
  const word = /(\w+)$/.exec(trimmed)![1]!;
  return !KEYWORDS_BEFORE_A_VALUE.has(word.toLowerCase());
}

/** The statement with its literals as parameters, or the statement as written (see above). */
export function parameteriseLiterals(statement: string): ParameterisedStatement {
  try {
    return extract(statement);
  } catch (error) {
    if (error instanceof NotUnderstood) return { text: statement, params: {} };
    throw error;
  }
}

function extract(text: string): ParameterisedStatement {
  const params: Record<string, unknown> = {};
  let out = '';
  let i = 0;
  // Runs of white space and comments become one space: statements laid out differently
  // still share one text (the database's messages are about the text as written; see run-import.ts).
  const space = () => {
    if (out !== '' && !out.endsWith(' ')) out += ' ';
  };
  const param = (value: unknown) => {
    const name = `${PREFIX}${Object.keys(params).length}`;
    params[name] = value;
    out += `$${name}`;
  };
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '$') throw new NotUnderstood();
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      space();
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new NotUnderstood();
      i = end + 2;
      space();
      continue;
    }
    if (/\s/.test(ch)) {
      space();
      i += 1;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end === -1) throw new NotUnderstood();
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const [value, end] = readString(text, i);
      param(value);
      i = end;
      continue;
    }
    if (ch === '[' && !followsValue(out)) {
      const list = readConstantList(text, i);
      if (list) {
        param(list[0]);
        i = list[1];
        continue;
      }
    }
    // A number that starts a token (not the digits of a name such as `n2`).
    if (/\d/.test(ch) && !/[\w.$]/.test(text[i - 1] ?? '')) {
      const m = NUMBER.exec(text.slice(i));
      const before = out.trimEnd();
      if (m && !before.endsWith('*') && !before.endsWith('..') && !text.startsWith('..', i + m[0].length)) {
        param(numberValue(m[0]));
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return { text: out.trimEnd(), params };
}
