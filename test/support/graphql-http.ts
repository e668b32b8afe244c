// Minimal GraphQL-over-HTTP client for the reliability and security suites: raw status,
// raw text and the parsed body, so a test can check both the code and what leaks.
export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: Array<string | number>;
}

export interface GraphQLAnswer {
  status: number;
  text: string;
  /** Parsed body when it was JSON, else undefined. */
  body?: { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
  elapsedMs: number;
}

export interface PostOptions {
  contentType?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** POSTs a raw body to the GraphQL endpoint. */
export async function postRaw(
  url: string,
  body: string | Uint8Array,
  options: PostOptions = {},
): Promise<GraphQLAnswer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json', ...options.headers },
    body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  let parsed: GraphQLAnswer['body'];
  try {
    parsed = JSON.parse(text) as GraphQLAnswer['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed, elapsedMs: performance.now() - started };
}

export function postQuery(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: PostOptions = {},
): Promise<GraphQLAnswer> {
  return postRaw(url, JSON.stringify(variables === undefined ? { query } : { query, variables }), options);
}

/** The `extensions.code` of every error in the answer. */
export function errorCodes(answer: GraphQLAnswer): string[] {
  return (answer.body?.errors ?? []).map((e) => e.extensions?.code ?? '<no code>');
}
