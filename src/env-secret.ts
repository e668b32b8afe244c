// Secrets the project generates for itself on first use and keeps in the git-ignored .env,
// so every later command and the tests see the same value: the local Neo4j's password and
// the review workspace's reviewer token.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DOTENV_PATH, readEnvironment } from './config.js';

export interface SecretChoice {
  value: string;
  generated: boolean;
}

/** `variable` from the environment or .env, else a new random value appended to .env. */
export function ensureEnvSecret(
  variable: string,
  writtenBy: string,
  length = 24,
  env: NodeJS.ProcessEnv = process.env,
): SecretChoice {
  const existing = readEnvironment(env)[variable];
  if (existing) return { value: existing, generated: false };
  // Letters and digits only, so it survives shells, URLs and .env quoting unchanged.
  const value = randomBytes(length * 2)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, length);
  const line = `${variable}=${value}\n`;
  if (existsSync(DOTENV_PATH)) {
    const text = readFileSync(DOTENV_PATH, 'utf8');
    appendFileSync(DOTENV_PATH, text.endsWith('\n') || text === '' ? line : `\n${line}`);
  } else {
    writeFileSync(DOTENV_PATH, `# Written by ${writtenBy} (git-ignored).\n${line}`, { mode: 0o600 });
  }
  return { value, generated: true };
}
