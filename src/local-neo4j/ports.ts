// Finds out whether a TCP port on loopback is taken and, on Linux, by which process,
// so "port taken" errors can name the culprit.
import { createServer } from 'node:net';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A listening TCP socket as /proc/net/tcp{,6} shows it (address still hex-encoded). */
export interface ListenRow {
  family: 'ipv4' | 'ipv6';
  addressHex: string;
  port: number;
  inode: string;
}

/** Every listening TCP socket on this machine (Linux; empty elsewhere). */
export function listeningRows(): ListenRow[] {
  const rows: ListenRow[] = [];
  for (const [file, family] of [
    ['/proc/net/tcp', 'ipv4'],
    ['/proc/net/tcp6', 'ipv6'],
  ] as const) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [addressHex, portHex] = (cols[1] ?? '').split(':');
      if (cols[3] !== '0A' || !cols[9] || !addressHex || !portHex) continue; // 0A = LISTEN
      rows.push({ family, addressHex, port: parseInt(portHex, 16), inode: cols[9] });
    }
  }
  return rows;
}

/** Inodes of the sockets a process holds open. */
export function socketInodesOf(pid: number | string): Set<string> {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m?.[1]) inodes.add(m[1]);
    } catch {
      /* fd closed meanwhile */
    }
  }
  return inodes;
}

export interface PortOwner {
  pid: number;
  command: string;
}

/** Best effort: null when the owner cannot be seen (other OS, other user). */
export function portOwner(port: number): PortOwner | null {
  const inodes = new Set(
    listeningRows()
      .filter((r) => r.port === port)
      .map((r) => r.inode),
  );
  if (inodes.size === 0) return null;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  for (const pid of pids) {
    if (![...socketInodesOf(pid)].some((inode) => inodes.has(inode))) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      /* process ended meanwhile */
    }
    return { pid: Number(pid), command: command.length > 160 ? `${command.slice(0, 157)}…` : command };
  }
  return null;
}
