import { ConfigError } from '../config.js';
import { UserError } from '../errors/user-error.js';

/** Ends a CLI: errors meant for people print their message only, anything else its stack. */
export function exitWithError(error: unknown): never {
  if (error instanceof UserError || error instanceof ConfigError) {
    console.error(`\n${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
