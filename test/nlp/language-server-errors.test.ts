// What `npm run nlp:start` says on a machine without Java or without Maven: a message naming
// what to install, exit 1, nothing started. Real commands with a PATH that lacks the tool.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePorts } from '../support/free-ports.js';

const scratch = mkdtempSync(join(tmpdir(), 'language-server-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `nlp:start` with only the given programs on PATH, in a fresh state folder. */
async function startWith(programs: string[]) {
  const bin = mkdtempSync(join(scratch, 'bin-'));
  for (const program of programs) {
    const which = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(which, join(bin, program));
  }
  const [port] = await freePorts(1);
  const dir = mkdtempSync(join(scratch, 'nlp-'));
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/nlp.ts', 'start'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: bin, NLP_LOCAL_DIR: dir, NLP_PORT: String(port) },
    timeout: 60_000,
  });
  return { ...result, dir };
}

describe('nlp:start without its tools', () => {
  it('without Java: names the package to install, exits 1, starts nothing', async () => {
    const result = await startWith([]);
    expect(result.stderr).toContain('Java is needed to run the language server');
    expect(result.stderr).toContain('apt-get install -y openjdk-17-jre-headless');
    expect(result.status).toBe(1);
    expect(existsSync(join(result.dir, 'server.pid'))).toBe(false);
  });

  it('without Maven: names the package to install, exits 1, starts nothing', async () => {
    const result = await startWith(['java']);
    expect(result.stderr).toContain('Maven (mvn) is needed once per machine, to fetch Stanford CoreNLP 4.5.10');
    expect(result.stderr).toContain('apt-get install -y maven');
    expect(result.status).toBe(1);
    expect(existsSync(join(result.dir, 'server.pid'))).toBe(false);
  });
});
