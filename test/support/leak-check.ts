// What an answer of the API must never contain, whatever the input: stack traces,
// Cypher, database error codes, connection details or the database password.
import { expect } from 'vitest';

const LEAK_PATTERNS: Array<[string, RegExp]> = [
  ['a stack trace', /\bat [\w$.<>]+ \(|\bat (file|node):|\.ts:\d+:\d+|\.js:\d+:\d+|"stacktrace"/],
  ['a Neo4j error code', /Neo\.(Client|Transient|Database)Error\./],
  ['a Bolt or Neo4j URI', /\b(bolt|neo4j)(\+s|\+ssc)?:\/\//i],
  [
    'Cypher',
    /\b(MATCH|MERGE|OPTIONAL MATCH|UNWIND|DETACH DELETE)\s*\(|\bRETURN\s+[\w.]+\s+AS\b|\bCALL\s+db\.|\$\w+\s*(,|\})|\bWITH\s+\w+\s*(,|WHERE)/,
  ],
  [
    'a driver class or internal error name',
    /Neo4jError|ServiceUnavailable:|SessionExpired|ECONNREFUSED|EADDRINUSE|TypeError|ReferenceError|RangeError/,
  ],
];

/**
 * Names of the leaks found in `text` (empty when clean). `echoes` are inputs the answer
 * may legitimately quote back (a name that matched nothing): a hostile name that looks
 * like Cypher is not a leak when it is the client's own text.
 */
export function leaksIn(text: string, secrets: string[] = [], echoes: string[] = []): string[] {
  let scanned = text;
  for (const echo of echoes) {
    if (!echo) continue;
    for (const form of [echo, JSON.stringify(echo).slice(1, -1), JSON.stringify(JSON.stringify(echo)).slice(1, -1)]) {
      scanned = scanned.split(form).join(' ');
    }
  }
  const found = LEAK_PATTERNS.filter(([, pattern]) => pattern.test(scanned)).map(([name]) => name);
  for (const secret of secrets) {
    if (secret && text.includes(secret)) found.push('a secret (the database password)');
  }
  return found;
}

export function expectNoLeaks(
  text: string,
  secrets: string[] = [],
  what = 'the response',
  echoes: string[] = [],
): void {
  const found = leaksIn(text, secrets, echoes);
  expect(found, `${what} leaks ${found.join(', ')}:\n${text.slice(0, 2_000)}`).toEqual([]);
}
