// Runs `npm run import`'s entry point as its own process against a given Neo4j, so a test
// can kill it at any moment, as a user's Ctrl-C, an OOM killer or a power cut would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, type Neo4jConnectionConfig } from '../../src/config.js';

export interface ImportProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export function startImportProcess(neo4j: Neo4jConnectionConfig, args: string[] = []): ImportProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'import.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves once the process has printed `text` (or rejects when it exits first). */
export function waitForOutput(run: ImportProcess, text: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The import did not print "${text}" within ${timeoutMs} ms:\n${run.output()}`)),
      timeoutMs,
    );
    const check = () => {
      if (run.output().includes(text)) {
        clearTimeout(timer);
        run.child.stdout!.off('data', check);
        resolve();
      }
    };
    run.child.stdout!.on('data', check);
    check();
    void run.exited.then((code) => {
      clearTimeout(timer);
      if (!run.output().includes(text))
        reject(new Error(`The import exited (${code}) before printing "${text}":\n${run.output()}`));
    });
  });
}
