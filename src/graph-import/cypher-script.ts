// Splits a multi-statement Cypher script (as Neo4j Browser and cypher-shell accept it)
// into single statements, because the driver runs one statement per call. A `;` ends a
// statement only outside string literals, backtick-quoted names and comments.

export interface CypherStatement {
  /** The statement without its terminating `;`, trimmed. Comments inside are kept. */
  text: string;
  /** 1-based line where the statement starts, for error messages. */
  line: number;
  /** 1-based position among the script's statements. */
  index: number;
  /** Offsets in the script: `start` where `text` begins, `end` just after its `;` (or the script's end). */
  start: number;
  end: number;
}

export class CypherScriptError extends Error {
  override name = 'CypherScriptError';
}

type State = 'code' | 'single' | 'double' | 'backtick' | 'line-comment' | 'block-comment';

/** True when a chunk holds nothing but whitespace and comments. */
function isBlank(chunk: string): boolean {
  return (
    chunk
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/[^\n]*/g, '')
      .trim() === ''
  );
}

/** Leading comment lines belong to the file, not the statement; drop them from the reported start line. */
function firstCodeOffset(chunk: string): number {
  let i = 0;
  for (;;) {
    while (i < chunk.length && /\s/.test(chunk[i] ?? '')) i += 1;
    if (chunk.startsWith('//', i)) {
      const end = chunk.indexOf('\n', i);
      i = end === -1 ? chunk.length : end + 1;
    } else if (chunk.startsWith('/*', i)) {
      const end = chunk.indexOf('*/', i + 2);
      i = end === -1 ? chunk.length : end + 2;
    } else {
      return i;
    }
  }
}

export function splitCypherScript(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let state: State = 'code';
  let start = 0;
  let line = 1;
  let startLine = 1;
  let openedAt = 0;

  const flush = (end: number) => {
    const chunk = script.slice(start, end);
    if (!isBlank(chunk)) {
      const offset = firstCodeOffset(chunk);
      const leadingLines = chunk.slice(0, offset).split('\n').length - 1;
      statements.push({
        text: chunk.slice(offset).trim(),
        line: startLine + leadingLines,
        index: statements.length + 1,
        start: start + offset,
        end: Math.min(end + 1, script.length),
      });
    }
  };

  for (let i = 0; i < script.length; i += 1) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '\n') line += 1;
    switch (state) {
      case 'code':
        if (ch === "'") {
          state = 'single';
          openedAt = line;
        } else if (ch === '"') {
          state = 'double';
          openedAt = line;
        } else if (ch === '`') {
          state = 'backtick';
          openedAt = line;
        } else if (ch === '/' && next === '/') {
          state = 'line-comment';
          i += 1;
        } else if (ch === '/' && next === '*') {
          state = 'block-comment';
          openedAt = line;
          i += 1;
        } else if (ch === ';') {
          flush(i);
          start = i + 1;
          startLine = line;
        }
        break;
      case 'single':
      case 'double':
        // A backslash escapes the next character, including a quote or another backslash.
        if (ch === '\\') {
          if (next === '\n') line += 1;
          i += 1;
        } else if ((state === 'single' && ch === "'") || (state === 'double' && ch === '"')) {
          state = 'code';
        }
        break;
      case 'backtick':
        // Inside backticks a doubled backtick is a literal backtick.
        if (ch === '`') {
          if (next === '`') i += 1;
          else state = 'code';
        }
        break;
      case 'line-comment':
        if (ch === '\n') state = 'code';
        break;
      case 'block-comment':
        if (ch === '*' && next === '/') {
          state = 'code';
          i += 1;
        }
        break;
    }
  }

  const unterminated: Partial<Record<State, string>> = {
    single: 'a single-quoted string',
    double: 'a double-quoted string',
    backtick: 'a backtick-quoted name',
    'block-comment': 'a /* comment',
  };
  const what = unterminated[state];
  if (what) throw new CypherScriptError(`${what} opened on line ${openedAt} is never closed`);
  // A last statement without `;` still counts, as in Neo4j Browser.
  flush(script.length);
  return statements;
}

/** Cypher's one-character string escapes (`\\n`, `\\'` …) and what they stand for. */
export const CYPHER_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  "'": "'",
  '"': '"',
  '\\': '\\',
};

/**
 * The values of the string literals of a statement (or script), in order, with Cypher's
 * escapes decoded; literals inside comments do not count. For checks that read what a
 * script refers to (ids, documents) without matching its source text with regexes.
 */
export function cypherStringLiterals(text: string): string[] {
  const values: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === "'" || ch === '"') {
      let value = '';
      let j = i + 1;
      while (j < text.length && text[j] !== ch) {
        if (text[j] === '\\') {
          const e = text[j + 1] ?? '';
          if (e === 'u' || e === 'U') {
            const digits = e === 'u' ? 4 : 8;
            value += String.fromCodePoint(parseInt(text.slice(j + 2, j + 2 + digits), 16));
            j += 2 + digits;
          } else {
            value += CYPHER_ESCAPES[e] ?? e;
            j += 2;
          }
        } else {
          value += text[j];
          j += 1;
        }
      }
      if (j >= text.length) throw new CypherScriptError('a string literal is never closed');
      values.push(value);
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return values;
}

/**
 * The id a statement creates when it MERGEs a node by id (`MERGE (n:Label {id: '…'}) …`, its
 * first literal), as catalogue entries and drafted entities and Indicators do; else null.
 */
export function mergedNodeId(statement: string): string | null {
  if (!/^MERGE\s*\(/.test(statement)) return null;
  return cypherStringLiterals(statement)[0] ?? null;
}
