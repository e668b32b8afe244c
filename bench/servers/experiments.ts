// What-if switches for the `ours` process, to measure a proposed fix before it is made
// in the API's own code (BENCH_EXPERIMENT=auto-commit,no-source-maps). Never on in
// `npm run bench`; docs/performance.md reports what each one measured.
import neo4j from 'neo4j-driver';

type Work = (tx: { run: (query: string, params?: Record<string, unknown>) => unknown }) => Promise<unknown>;
type SessionLike = { run: (query: string, params?: Record<string, unknown>, config?: unknown) => unknown };

export function applyExperiments(list: string | undefined): string[] {
  const names = (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (name === 'auto-commit') {
      // executeRead → one auto-commit RUN: what src/db/executor.ts would do with session.run.
      const proto = (neo4j.Session as unknown as { prototype: Record<string, unknown> }).prototype;
      proto.executeRead = function executeReadAutoCommit(this: SessionLike, work: Work, config?: unknown) {
        return work({ run: (query, params) => this.run(query, params, config) });
      };
    } else if (name === 'no-source-maps') {
      // tsx turns source maps on; every `new Error().stack` (the driver takes one per
      // statement) then maps each frame back to TypeScript.
      process.setSourceMapsEnabled(false);
    } else {
      throw new Error(`Unknown BENCH_EXPERIMENT ${name}`);
    }
  }
  return names;
}
