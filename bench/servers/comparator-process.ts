// Starts a comparator's server in its own Node process and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, Comparator, ComparatorStats } from './protocol.js';

const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'serve-comparator.ts');

export interface ComparatorProcess {
  comparator: Comparator;
  url: string;
  /** Base URL without the /graphql path (the floor serves /w1 … /w5). */
  origin: string;
  pid: number;
  /** From spawning the process until its server listened, ms. */
  readyMs: number;
  stats(): Promise<ComparatorStats>;
  stop(): Promise<void>;
}

function nextMessage(child: ChildProcess, type: ChildMessage['type'], timeoutMs: number): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no '${type}' from the ${child.pid} server within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: ChildMessage) => {
      if (message.type === 'failed') {
        cleanup();
        reject(new Error(message.message));
        return;
      }
      if (message.type === type) {
        cleanup();
        resolve(message);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`server process exited (${code}) before '${type}'`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export async function startComparator(
  comparator: Comparator,
  options: { env?: NodeJS.ProcessEnv; extraExecArgv?: string[] } = {},
): Promise<ComparatorProcess> {
  const { env = process.env, extraExecArgv = [] } = options;
  const spawned = performance.now();
  // stdout (ours writes one log line per request) goes to /dev/null: the cost of logging stays in
  // the measurement, the bench's own output stays readable.
  const child = fork(ENTRY, [comparator], {
    execArgv: ['--import', 'tsx', ...extraExecArgv],
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, 'ready', 120_000);
  if (ready.type !== 'ready') throw new Error('unreachable');
  const url = new URL(ready.url);
  return {
    comparator,
    url: ready.url,
    origin: url.origin,
    pid: child.pid as number,
    readyMs: performance.now() - spawned,
    async stats() {
      const reply = nextMessage(child, 'stats', 10_000);
      child.send({ type: 'stats' });
      const message = await reply;
      if (message.type !== 'stats') throw new Error('unreachable');
      return message.stats;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
