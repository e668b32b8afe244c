// Child process that serves one comparator (floor, ours or peer) for the benchmark, on a
// free port. It reports over IPC: `ready` with its URL once it answers, and, when asked,
// its CPU time, memory and the number of Cypher statements it has sent so far — so those
// figures belong to the server alone, not to the load generator.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import type { ChildMessage, Comparator, ComparatorStats } from './protocol.js';
import { installStatementCounter, statementsSent } from './statement-counter.js';

const started = performance.now();
// The benchmark runs the servers from TypeScript through tsx, which turns source maps on;
// `npm start` runs a bundle without them. neo4j-driver captures a stack trace for every
// statement, and with source maps on each capture maps every frame back to TypeScript —
// CPU the production server never spends. Off, the three comparators run as deployed.
process.setSourceMapsEnabled(false);
installStatementCounter(process.env.BENCH_CAPTURE_CYPHER);
const comparator = process.argv[2] as Comparator;
const config = loadConfig();
const driver = createDriver(config.neo4j);
const database = config.neo4j.database;

function stats(): ComparatorStats {
  const cpu = process.cpuUsage();
  return {
    statements: statementsSent(),
    cpuMicros: cpu.user + cpu.system,
    rssBytes: process.memoryUsage.rss(),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

async function start(): Promise<string> {
  if (comparator === 'floor') {
    const { createFloorServer } = await import('./floor-server.js');
    const server = createFloorServer(
      driver,
      database,
      process.env.BENCH_FLOOR_TRANSACTION === 'managed' ? 'managed' : 'auto-commit',
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  if (comparator === 'ours') {
    const { createServer } = await import('../../src/server/create-server.js');
    const server = await createServer({ driver, config });
    return server.listen(0, '127.0.0.1');
  }
  if (comparator === 'peer') {
    const { startPeerServer } = await import('./peer-server.js');
    const { url } = await startPeerServer(driver, database, 0);
    return url;
  }
  throw new Error(`Unknown comparator ${comparator}`);
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', stats: stats() } satisfies ChildMessage);
  if (message.type === 'stop') void driver.close().finally(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));

start()
  .then((url) => process.send?.({ type: 'ready', url, startupMs: performance.now() - started } satisfies ChildMessage))
  .catch((error: unknown) => {
    process.send?.({ type: 'failed', message: (error as Error).stack ?? String(error) } satisfies ChildMessage);
    process.exit(1);
  });
