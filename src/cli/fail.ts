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

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a command's `main` and sets the process's exit code: main's own, else `failureCode`
 * when it throws. Errors meant for people (UserError, ConfigError and `alsoForPeople`)
 * print their message only; anything else its stack, which is a bug to report.
 */
export function runCommand(main: () => Promise<number>, failureCode = 1, alsoForPeople: ErrorClass[] = []): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const forPeople =
        error instanceof UserError ||
        error instanceof ConfigError ||
        alsoForPeople.some((errorClass) => error instanceof errorClass);
      console.error(forPeople ? (error as Error).message : error);
      process.exitCode = failureCode;
    },
  );
}
