// The local server's password: NEO4J_PASSWORD if given, else generated once and kept
// in .env so every later command, the tests and the Browser login use the same one.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DOTENV_PATH, readEnvironment } from '../config.js';

export interface PasswordChoice {
  password: string;
  generated: boolean;
}

export function ensureLocalPassword(env: NodeJS.ProcessEnv = process.env): PasswordChoice {
  const existing = readEnvironment(env).NEO4J_PASSWORD;
  if (existing) return { password: existing, generated: false };
  // Letters and digits only, so it survives shells, URLs and .env quoting unchanged.
  const password = randomBytes(24)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 24);
  const line = `NEO4J_PASSWORD=${password}\n`;
  if (existsSync(DOTENV_PATH)) {
    const text = readFileSync(DOTENV_PATH, 'utf8');
    appendFileSync(DOTENV_PATH, text.endsWith('\n') || text === '' ? line : `\n${line}`);
  } else {
    writeFileSync(DOTENV_PATH, `# Written by npm run db:start: the local Neo4j's password (git-ignored).\n${line}`, {
      mode: 0o600,
    });
  }
  return { password, generated: true };
}
