// Cypher string literals for generated scripts. The generated file must reproduce each
// document byte for byte once Neo4j parses it, and stay readable in a diff, so only
// what Cypher would misread (quote, backslash) or what is invisible (line breaks,
// control and non-breaking/format characters) is escaped; visible Unicode stays as is.

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

// Invisible or easily confused code points: C0/C1 controls, Unicode spaces other than
// U+0020 (e.g. the no-break spaces in the articles), format characters, line/paragraph
// separators. Written as \uXXXX so a reader sees them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/u;

function escapeChar(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named !== undefined) return named;
  if (INVISIBLE.test(ch)) return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return ch;
}

/** A single-quoted Cypher string literal whose value is exactly `value`. */
export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    // Astral characters are fine raw in UTF-8 source; only BMP ones can need escaping.
    out += ch.length === 1 ? escapeChar(ch) : ch;
  }
  return `${out}'`;
}

/** A Cypher literal for a JSON-like value: null, boolean, number, string or a list of those. */
export function cypherValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a Cypher literal`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  throw new Error(`Cannot write a ${typeof value} as a Cypher literal`);
}
