// The process of a server the project runs in the background (the local Neo4j, the language
// server): found through its pid file, and made sure gone when stopped.
import { existsSync, readFileSync } from 'node:fs';

/**
 * The pid in `pidFile` if that process runs and its command line contains `cmdlineMarker`
 * (a path only this server's command line holds), else null: a stale pid file, or its pid
 * reused by another process, is ignored.
 */
export function livePid(pidFile: string, cmdlineMarker: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  try {
    // A zombie (exited, not yet reaped) has an empty command line, so it counts as gone.
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(cmdlineMarker)) return null;
  } catch {
    /* no /proc (macOS): trust the pid file */
  }
  return pid;
}

/**
 * The end of a stop: the server was asked to shut down its own way; if it is still there after
 * `graceMs` it is killed, so a stop never leaves a process behind.
 */
export async function exitOrKill(
  pid: number,
  stillRunning: () => boolean,
  graceMs: number,
  log: (line: string) => void,
  what: string,
): Promise<void> {
  const deadline = Date.now() + graceMs;
  while (stillRunning() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (!stillRunning()) return;
  log(`${what} did not stop within ${graceMs / 1000} s; killing pid ${pid}.`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}
