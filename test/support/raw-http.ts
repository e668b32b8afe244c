// A raw HTTP request that reports the server's answer even when the server answers (and
// hangs up) before the client has sent the whole body — how a body limit is meant to work.
import { request } from 'node:http';

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Sent in one piece; or, with `chunks`, streamed without a content-length. */
  body?: string | Buffer;
  chunks?: Iterable<Buffer>;
  timeoutMs?: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function rawRequest(baseUrl: string, options: RawRequest): Promise<RawResponse> {
  const target = new URL(options.path ?? '/graphql', baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'POST',
        headers: options.headers ?? {},
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const write = async () => {
      if (options.chunks) {
        for (const chunk of options.chunks) {
          if (answered || req.destroyed) break;
          if (!req.write(chunk))
            // Wait for room or for the end of the request, whichever comes first, and drop the
            // other listener: a long stream waits many times on the same request.
            await new Promise<void>((resolve) => {
              const done = () => {
                req.off('drain', done);
                req.off('close', done);
                resolve();
              };
              req.once('drain', done);
              req.once('close', done);
            });
        }
        req.end();
      } else {
        req.end(options.body);
      }
    };
    write().catch(() => undefined);
  });
}
