// Counts the Cypher statements a server process sends, the same way for every comparator:
// every statement, whoever sends it, goes through Session#run (auto-commit) or
// Transaction#run (explicit and managed transactions; ManagedTransaction delegates to it).
import { appendFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

let statements = 0;
let installed = false;

/**
 * With `captureFile`, each distinct statement text is also appended to that file (with the
 * parameters of its first use), for PROFILE-ing what a comparator really sends.
 */
export function installStatementCounter(captureFile?: string): void {
  if (installed) return;
  installed = true;
  const seen = new Set<string>();
  for (const klass of [neo4j.Session, neo4j.Transaction] as unknown as Array<{
    prototype: { run: (...args: unknown[]) => unknown };
  }>) {
    const original = klass.prototype.run;
    klass.prototype.run = function countedRun(this: unknown, ...args: unknown[]) {
      statements += 1;
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      if (captureFile && text && !seen.has(text)) {
        seen.add(text);
        appendFileSync(captureFile, `${JSON.stringify({ cypher: text, params: args[1] ?? {} })}\n`);
      }
      return original.apply(this, args);
    };
  }
}

export function statementsSent(): number {
  return statements;
}
