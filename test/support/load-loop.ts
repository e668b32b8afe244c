// Closed-loop load: `clients` workers, each sending its next request as soon as the
// previous one is answered, until stopped. Every answer goes to `onAnswer`, which
// classifies it, so the same loop serves the load test, the outage test and the soak.
import { postQuery, type GraphQLAnswer } from './graphql-http.js';

export interface LoadRequest {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface LoadAnswer {
  request: LoadRequest;
  /** Undefined when the request itself failed (connection refused, timeout). */
  answer?: GraphQLAnswer;
  failure?: string;
  startedAt: number;
  elapsedMs: number;
}

export interface LoadRun {
  /** Resolves when every worker has finished its last request. */
  stop(): Promise<void>;
  readonly sent: number;
  /**
   * When the oldest request still waiting for its answer was sent (Infinity when none is):
   * a caller deciding that the answers have settled must wait until nothing sent before its
   * cut-off is still in flight, since such a request can still come back bad.
   */
  oldestInFlightStart(): number;
}

export interface LoadOptions {
  url: string;
  clients: number;
  requests: LoadRequest[];
  onAnswer(answer: LoadAnswer): void;
  /** Per-request bound; a hang beyond it is recorded as a failure. */
  timeoutMs?: number;
}

export function startLoad(options: LoadOptions): LoadRun {
  let running = true;
  let sent = 0;
  let next = 0;
  /** One entry per worker waiting for an answer: when it sent its request. */
  const inFlight = new Set<{ startedAt: number }>();
  const worker = async () => {
    while (running) {
      const request = options.requests[next++ % options.requests.length]!;
      const startedAt = performance.now();
      sent += 1;
      const pending = { startedAt };
      inFlight.add(pending);
      try {
        const answer = await postQuery(options.url, request.query, request.variables, {
          timeoutMs: options.timeoutMs ?? 30_000,
        });
        options.onAnswer({ request, answer, startedAt, elapsedMs: performance.now() - startedAt });
      } catch (error) {
        options.onAnswer({
          request,
          failure: (error as Error).message,
          startedAt,
          elapsedMs: performance.now() - startedAt,
        });
      } finally {
        inFlight.delete(pending);
      }
    }
  };
  const workers = Array.from({ length: options.clients }, worker);
  return {
    async stop() {
      running = false;
      await Promise.all(workers);
    },
    get sent() {
      return sent;
    },
    oldestInFlightStart() {
      let oldest = Infinity;
      for (const { startedAt } of inFlight) oldest = Math.min(oldest, startedAt);
      return oldest;
    },
  };
}
