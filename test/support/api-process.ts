// Runs the API as its own process (`npm run serve`'s entry point, from source through tsx
// rather than the esbuild bundle, so the code under test is the working tree's), so tests
// can send it signals, read everything it prints and measure its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePorts } from './free-ports.js';
import { HEAP_PROBE_TAG } from './heap-probe-tag.js';

export interface ApiProcess {
  url: string;
  pid: number;
  /** What it printed, stdout and stderr interleaved (the last few MB of a long run). */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident set size in bytes (Linux /proc). */
  rssBytes(): number;
  /**
   * Bytes of JavaScript heap in use after a full garbage collection; only for a process
   * started with `heapProbe: true`.
   */
  heapAfterGc(): Promise<number>;
  kill(signal?: NodeJS.Signals): void;
  /**
   * Whether the process still runs, what the kernel says it is doing (state, CPU seconds,
   * where it waits) and the end of its output: for the message of a test that lost it.
   */
  describe(): string;
  /** False once the process has exited. */
  running(): boolean;
}

const START_TIMEOUT_MS = 60_000;

/** Output kept from a long run (its request log grows without bound otherwise). */
const OUTPUT_TAIL_BYTES = 4 * 1024 * 1024;

const HEAP_PROBE_TIMEOUT_MS = 30_000;

export interface ApiProcessOptions {
  /** Load test/support/heap-probe.ts into the process (with --expose-gc), for heapAfterGc(). */
  heapProbe?: boolean;
}

/** Starts `src/cli/serve.ts` on a free loopback port with the test's database settings. */
export async function startApiProcess(
  env: NodeJS.ProcessEnv = {},
  options: ApiProcessOptions = {},
): Promise<ApiProcess> {
  const [port] = await freePorts(1);
  const probe = options.heapProbe
    ? ['--expose-gc', '--import', join(PROJECT_ROOT, 'test', 'support', 'heap-probe.ts')]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', ...probe, join(PROJECT_ROOT, 'src', 'cli', 'serve.ts')],
    {
      cwd: PROJECT_ROOT,
      // NODE_ENV as in production, not vitest's `test`: libraries behave differently under
      // `test` (Apollo Server, for one, installs its own signal handlers only outside it).
      env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > OUTPUT_TAIL_BYTES * 2) output = output.slice(-OUTPUT_TAIL_BYTES);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve((exit = { code, signal })));
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The API did not start within ${START_TIMEOUT_MS / 1000} s. It printed:\n${output}`));
    }, START_TIMEOUT_MS);
    const check = () => {
      const m = /(http:\/\/[^\s]+\/graphql)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`The API exited (code ${code}) before it was up. It printed:\n${output}`));
    });
  });

  return {
    url,
    pid: child.pid!,
    output: () => output,
    exited,
    rssBytes() {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return Number(m?.[1] ?? 0) * 1024;
    },
    heapAfterGc() {
      if (!options.heapProbe) throw new Error('heapAfterGc() needs an API process started with heapProbe: true');
      return new Promise<number>((resolve, reject) => {
        let printed = '';
        const timer = setTimeout(() => {
          child.stderr!.off('data', read);
          reject(new Error(`The API printed no heap figure within ${HEAP_PROBE_TIMEOUT_MS / 1000} s of SIGUSR2`));
        }, HEAP_PROBE_TIMEOUT_MS);
        const read = (chunk: Buffer) => {
          printed += chunk.toString();
          const at = printed.indexOf(HEAP_PROBE_TAG);
          const end = at < 0 ? -1 : printed.indexOf('\n', at);
          if (end < 0) return;
          clearTimeout(timer);
          child.stderr!.off('data', read);
          const figure = JSON.parse(printed.slice(at + HEAP_PROBE_TAG.length, end)) as {
            heapUsed: number;
            collected: boolean;
          };
          if (!figure.collected)
            reject(new Error('The API ran without --expose-gc: no collection before the heap figure'));
          else resolve(figure.heapUsed);
        };
        child.stderr!.on('data', read);
        child.kill('SIGUSR2');
      });
    },
    kill(signal: NodeJS.Signals = 'SIGTERM') {
      child.kill(signal);
    },
    running: () => exit === null,
    describe() {
      const tail = `its last output:\n${output.slice(-3_000)}`;
      if (exit) return `the API process exited (code ${exit.code}, signal ${exit.signal}); ${tail}`;
      return `the API process (pid ${child.pid}) runs: ${kernelView(child.pid!)}; ${tail}`;
    },
  };
}

/** State, CPU seconds and wait channel of a process, from Linux /proc ("" elsewhere). */
function kernelView(pid: number): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const state = /^State:\s+(.+)$/m.exec(status)?.[1] ?? '?';
    const rss = /^VmRSS:\s+(.+)$/m.exec(status)?.[1] ?? '?';
    // Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 per second).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    const wchan = readFileSync(`/proc/${pid}/wchan`, 'utf8');
    return `state ${state}, RSS ${rss}, ${cpu.toFixed(1)} s CPU, waiting in ${wchan || '-'}`;
  } catch {
    return 'no /proc view';
  }
}
