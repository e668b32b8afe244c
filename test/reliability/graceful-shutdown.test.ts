// SIGTERM while a request is in flight: the API finishes that request, refuses new
// connections, closes the driver and exits 0 — a rolling restart loses no answer.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startApiProcess } from '../support/api-process.js';

interface RawAnswer {
  status: number;
  body: string;
}

/**
 * Sends a POST whose body arrives in two halves `pauseMs` apart: the request is in
 * flight (headers read, body pending) for as long as the test wants.
 */
function slowPost(url: string, body: string, pauseMs: number, onFirstHalfSent: () => void): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half), () => {
      onFirstHalfSent();
      setTimeout(() => req.end(body.slice(half)), pauseMs);
    });
  });
}

describe('graceful shutdown on SIGTERM', () => {
  it('drains the in-flight request, refuses new ones, then exits 0', async () => {
    const api = await startApiProcess();
    try {
      // Warm up: the first request loads the schema paths and opens a pooled connection.
      const warm = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      });
      expect(warm.status).toBe(200);

      let sentAt = 0;
      const inFlight = slowPost(api.url, JSON.stringify({ query: '{ documents { id title } }' }), 1_500, () => {
        sentAt = performance.now();
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(sentAt, 'the first half of the body was sent').toBeGreaterThan(0);
      api.kill('SIGTERM');
      const signalledAt = performance.now();

      // A new connection after SIGTERM is refused (the listener is closed first).
      await new Promise((r) => setTimeout(r, 300));
      const late = await fetch(api.url.replace('/graphql', '/health'), { signal: AbortSignal.timeout(5_000) }).then(
        (r) => `answered ${r.status}`,
        (e: Error) => `refused: ${(e.cause as Error | undefined)?.message ?? e.message}`,
      );
      expect(late).toMatch(/^refused: .*ECONNREFUSED/);

      const answer = await inFlight;
      expect(answer.status).toBe(200);
      const body = JSON.parse(answer.body) as { data?: { documents: Array<{ id: string }> }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.documents.length).toBeGreaterThan(0);

      const exit = await Promise.race([
        api.exited,
        new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000)),
      ]);
      expect(exit, `exit after SIGTERM; output:\n${api.output()}`).toEqual({ code: 0, signal: null });
      const out = api.output();
      // The order of the log lines is the order of the shutdown steps.
      expect(out).toMatch(/SIGTERM: draining/);
      expect(out.indexOf('SIGTERM: draining')).toBeLessThan(out.lastIndexOf('API stopped.'));
      console.log(
        `[shutdown] in-flight request answered ${((performance.now() - signalledAt) / 1000).toFixed(1)} s after SIGTERM; exit code 0`,
      );
    } finally {
      api.kill('SIGKILL');
    }
  }, 90_000);
});
