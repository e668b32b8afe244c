// The language server, for real: a JVM running Stanford CoreNLP with the full pipeline, asked
// over loopback HTTP with its token; its reading of a test article asserted by value.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { isPortFree } from '../../src/local-neo4j/ports.js';
import { annotate } from '../../src/nlp/client.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';
import { LanguageServerDownError } from '../../src/nlp/errors.js';
import { runningLanguageServerPid } from '../../src/nlp/language-server.js';
import { languageServerPaths, serverUrl } from '../../src/nlp/server-paths.js';
import {
  LANGUAGE_SERVER_START_TIMEOUT_MS,
  throwawayLanguageServer,
  type ThrowawayLanguageServer,
} from '../support/language-server.js';
import { isLoopback, listeningSockets } from '../support/listening-sockets.js';

const ARTICLE =
  'Dalian Zone Welcomes Investors\n\n' +
  'The Dalian Lushun Economic Development Zone was founded in 1992 by Dalian University of Technology. ' +
  'It has formed three pillar industries.';

describe('the language server', () => {
  let server: ThrowawayLanguageServer;
  let document: CoreNlpDocument;

  const token = () => readFileSync(languageServerPaths(server.settings).tokenFile, 'utf8').trim();
  const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${serverUrl(server.settings)}${path}`, { method: 'POST', body, headers });
  const cli = (command: string) =>
    spawnSync('npx', ['tsx', 'src/cli/nlp.ts', command], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NLP_LOCAL_DIR: server.settings.dir, NLP_PORT: String(server.settings.port) },
    });

  beforeAll(async () => {
    server = await throwawayLanguageServer();
    document = await annotate(ARTICLE, server.settings);
  }, LANGUAGE_SERVER_START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.dispose();
  }, 60_000);

  it('keeps the headline, followed by a blank line, a sentence of its own', () => {
    expect(document.sentences.map((s) => s.tokens.map((t) => t.word).join(' '))).toEqual([
      'Dalian Zone Welcomes Investors',
      'The Dalian Lushun Economic Development Zone was founded in 1992 by Dalian University of Technology .',
      'It has formed three pillar industries .',
    ]);
  });

  it('gives every token its lemma, part of speech and offsets into the text sent', () => {
    const tokens = document.sentences[1]!.tokens;
    const founded = tokens.find((t) => t.word === 'founded')!;
    expect([founded.lemma, founded.pos]).toEqual(['found', 'VBN']);
    const was = tokens.find((t) => t.word === 'was')!;
    expect([was.lemma, was.pos]).toEqual(['be', 'VBD']);
    for (const token of document.sentences.flatMap((s) => s.tokens)) {
      expect(ARTICLE.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    }
  });

  it('finds the university as an ORGANIZATION entity mention', () => {
    const mentions = document.sentences[1]!.entitymentions!.map((m) => ({ text: m.text, ner: m.ner }));
    expect(mentions).toContainEqual({ text: 'Dalian University of Technology', ner: 'ORGANIZATION' });
    const university = document.sentences[1]!.entitymentions!.find(
      (m) => m.text === 'Dalian University of Technology',
    )!;
    expect(ARTICLE.slice(university.characterOffsetBegin, university.characterOffsetEnd)).toBe(university.text);
  });

  it('parses the zone as the passive subject of "founded"', () => {
    const edges = document.sentences[1]!.basicDependencies!.map(
      (d) => `${d.dep}(${d.governorGloss}, ${d.dependentGloss})`,
    );
    expect(edges).toContain('nsubj:pass(founded, Zone)');
    expect(edges).toContain('obl(founded, University)');
  });

  it('resolves "It" to the zone (coreference)', () => {
    const chains = Object.values(document.corefs ?? {}).map((chain) => chain.map((m) => m.text));
    expect(chains).toContainEqual(['The Dalian Lushun Economic Development Zone', 'It']);
  });

  it('listens on loopback only, on its own port', () => {
    const sockets = listeningSockets(server.info.pid);
    expect(sockets.map((s) => s.port)).toEqual([server.settings.port]);
    expect(
      sockets.filter((s) => !isLoopback(s.address)),
      'sockets reachable from other machines',
    ).toEqual([]);
  });

  it('keeps its token in a file only its owner can read', () => {
    expect(statSync(languageServerPaths(server.settings).tokenFile).mode & 0o777).toBe(0o600);
    expect(token().length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a request without the token or with a wrong one (401)', async () => {
    const without = await post('/annotate', ARTICLE);
    expect(without.status).toBe(401);
    const wrong = await post('/annotate', ARTICLE, { authorization: `Bearer ${'x'.repeat(token().length)}` });
    expect(wrong.status).toBe(401);
    const ready = await fetch(`${serverUrl(server.settings)}/ready`);
    expect(ready.status).toBe(401);
    const withToken = await fetch(`${serverUrl(server.settings)}/ready`, {
      headers: { authorization: `Bearer ${token()}` },
    });
    expect(await withToken.json()).toEqual({ ready: true });
  });

  it('refuses a body over 1 MB (413)', async () => {
    const response = await post('/annotate', Buffer.alloc(2 * 1024 * 1024, 'a'), {
      authorization: `Bearer ${token()}`,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/larger than 1048576 bytes/);
  });

  it('is reported by nlp:status, and nlp:stop leaves no process, no port and a clear error for the next request', async () => {
    const pid = server.info.pid;
    const status = cli('status');
    expect(status.stdout).toContain(`running, pid ${pid}`);
    expect(status.stdout).toContain('answers: ready');
    expect(status.status).toBe(0);

    const stop = cli('stop');
    expect(stop.stdout).toContain('no server process is left');
    expect(runningLanguageServerPid(server.settings)).toBeNull();
    // This test process started the JVM, so it is its parent and reaps it on its next turn.
    await expect.poll(() => existsSync(`/proc/${pid}`), { timeout: 5_000 }).toBe(false);
    expect(await isPortFree(server.settings.port)).toBe(true);

    const after = cli('status');
    expect(after.stdout).toContain('not running — start it with `npm run nlp:start`');
    expect(after.status).toBe(3);
    const refused = await annotate(ARTICLE, server.settings).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LanguageServerDownError);
    expect((refused as Error).message).toMatch(/npm run nlp:start/);
    expect((refused as Error).message).toMatch(/npm run nlp:status/);
  });
});
