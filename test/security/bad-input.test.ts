// Sends every row of the bad-input catalogue (docs/bad-input.md) to the API and checks:
// the answer is a 4xx or a coded GraphQL error with a message a person can act on (or the
// plain answer the contract defines), nothing leaks (stack, Cypher, connection details,
// password), the server stays up and the graph is unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { startHarness, type Harness } from '../support/api-harness.js';
import { testConfig } from '../support/database.js';
import { graphFingerprint, type GraphFingerprint } from '../support/graph-fingerprint.js';
import { postQuery, type GraphQLError } from '../support/graphql-http.js';
import { expectNoLeaks } from '../support/leak-check.js';
import { rawRequest } from '../support/raw-http.js';
import { BAD_INPUT_CASES } from './bad-input-cases.js';

const config = testConfig();
const { database } = config.neo4j;

describe('the bad-input catalogue', () => {
  let h: Harness;
  let driver: Driver;
  let url: string;
  let before: GraphFingerprint;

  beforeAll(async () => {
    h = await startHarness();
    ({ driver, url } = h);
    before = await graphFingerprint(driver, database);
  }, 300_000);

  afterAll(async () => {
    await h?.close();
    console.log(
      `[bad input] ${BAD_INPUT_CASES.length} bad inputs sent; every one answered 4xx or with a coded error (or the documented plain answer), no leak, server up, graph unchanged`,
    );
  });

  it('docs/bad-input.md lists exactly the rows tested here', () => {
    const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'bad-input.md'), 'utf8');
    const documented = [...doc.matchAll(/^\|\s*(B\d+)\s*\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(BAD_INPUT_CASES.map((c) => c.id));
  });

  for (const c of BAD_INPUT_CASES) {
    it(`${c.id} ${c.category}: ${c.input}`, async () => {
      const response = await rawRequest(url.replace('/graphql', ''), c.request);
      const shown = `HTTP ${response.status}: ${response.text.slice(0, 600)}`;
      expect(response.status, shown).toBeLessThan(500);
      expect(c.expected.status, shown).toContain(response.status);

      let body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] } | undefined;
      try {
        body = JSON.parse(response.text) as typeof body;
      } catch {
        body = undefined;
      }
      expect(body, `the answer is JSON: ${shown}`).toBeDefined();
      const errors = body!.errors ?? [];
      if (errors.length === 0) {
        expect(c.expected.dataAllowed, `a plain answer where an error was expected: ${shown}`).toBe(true);
        if (c.expected.data) expect(c.expected.data(body!.data ?? {}), shown).toBe(true);
      } else {
        for (const error of errors) {
          expect(c.expected.codes, shown).toContain(error.extensions?.code);
          // A message a person can act on: says what is wrong, not just "error".
          expect(error.message.length, shown).toBeGreaterThan(15);
          expect(error.message).not.toBe('Internal server error');
        }
        if (c.expected.message)
          expect(
            errors.some((e) => c.expected.message!.test(e.message)),
            shown,
          ).toBe(true);
      }
      expectNoLeaks(response.text, [config.neo4j.password], `${c.id}'s answer`, c.echoes ?? []);

      // The server is still up and still answers from the database.
      const health = await fetch(url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
      const probe = await postQuery(url, '{ documents { id } }');
      expect(probe.body?.errors, probe.text).toBeUndefined();
      expect((probe.body?.data?.documents as unknown[]).length).toBeGreaterThan(0);

      expect(await graphFingerprint(driver, database), 'the graph after the request').toEqual(before);
    }, 60_000);
  }
});
