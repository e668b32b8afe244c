// The TCP sockets a process listens on, read from /proc (Linux), with addresses decoded:
// enough to prove a server is reachable from this machine only.
import { listeningRows, socketInodesOf } from '../../src/local-neo4j/ports.js';

export interface ListeningSocket {
  address: string;
  port: number;
}

/** /proc/net/tcp prints IPv4 as one little-endian 32-bit hex word. */
function ipv4(hex: string): string {
  const bytes = hex
    .match(/../g)!
    .map((b) => parseInt(b, 16))
    .reverse();
  return bytes.join('.');
}

/** /proc/net/tcp6 prints IPv6 as four little-endian 32-bit hex words. */
function ipv6(hex: string): string {
  const words = hex.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(''));
  const groups = words
    .join('')
    .match(/.{4}/g)!
    .map((g) => parseInt(g, 16).toString(16));
  const text = groups.join(':');
  // ::ffff:a.b.c.d — an IPv4 address on an IPv6 socket.
  if (groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') {
    const v4 = words[3]!
      .match(/../g)!
      .map((b) => parseInt(b, 16))
      .join('.');
    return `::ffff:${v4}`;
  }
  return text.replace(/(^|:)0(:0)+(:|$)/, '::');
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);
}

export function listeningSockets(pid: number): ListeningSocket[] {
  const mine = socketInodesOf(pid);
  return listeningRows()
    .filter((row) => mine.has(row.inode))
    .map((row) => ({ address: row.family === 'ipv4' ? ipv4(row.addressHex) : ipv6(row.addressHex), port: row.port }));
}
