// One measured run: autocannon drives a comparator with a rotating list of requests, at a
// fixed number of connections (closed loop) or at a fixed overall rate (open loop).
// Latencies are taken from autocannon's per-response event, in fractional milliseconds:
// its own histogram keeps whole milliseconds, too coarse for sub-millisecond lookups.
import autocannon from 'autocannon';
import type { HttpRequestSpec } from '../workloads/workloads.js';

export interface LoadOptions {
  baseUrl: string;
  requests: HttpRequestSpec[];
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; closed loop when absent. */
  overallRate?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
}

function percentile(sortedValues: Float64Array, p: number): number {
  if (sortedValues.length === 0) return NaN;
  const index = Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)] as number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.baseUrl);
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  let finish!: (error: Error | null, result: autocannon.Result) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: url.origin,
      connections: options.connections,
      duration: options.durationSeconds,
      ...(options.overallRate ? { overallRate: Math.max(1, Math.round(options.overallRate)) } : {}),
      timeout: 30,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            const spec = options.requests[next++ % options.requests.length] as HttpRequestSpec;
            return { ...request, path: spec.path, body: spec.body };
          },
          // A GraphQL error arrives with status 200: look for it in the body.
          onResponse: (status, body) => {
            if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) errors += 1;
          },
        },
      ],
    },
    (error, result) => finish(error, result),
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await done;
  const sortedLatencies = Float64Array.from(latencies).sort();
  const requests = result.requests.total;
  const seconds = result.duration;
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: percentile(sortedLatencies, 50),
    p90: percentile(sortedLatencies, 90),
    p99: percentile(sortedLatencies, 99),
    errors: errors + result.errors + result.timeouts,
  };
}
