// The local server's password: NEO4J_PASSWORD if given, else generated once and kept
// in .env so every later command, the tests and the Browser login use the same one.
import { ensureEnvSecret } from '../env-secret.js';

export interface PasswordChoice {
  password: string;
  generated: boolean;
}

export function ensureLocalPassword(env: NodeJS.ProcessEnv = process.env): PasswordChoice {
  const { value, generated } = ensureEnvSecret(
    'NEO4J_PASSWORD',
    "npm run db:start: the local Neo4j's password",
    24,
    env,
  );
  return { password: value, generated };
}
