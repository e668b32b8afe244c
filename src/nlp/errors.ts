import { UserError } from '../errors/user-error.js';

/**
 * The language server could not be fetched, started or used (Java, Maven, its port, an
 * article it refused); the message says what to do.
 */
export class LanguageServerError extends UserError {
  override name = 'LanguageServerError';
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('LANGUAGE_SERVER', message, options);
  }
}

/** Exit code of a command that needed the language server and found none answering. */
export const LANGUAGE_SERVER_DOWN_EXIT_CODE = 2;

/**
 * The language server does not answer (not started, stopped, still starting, or another
 * clone's server on the port); a command that meets it exits with LANGUAGE_SERVER_DOWN_EXIT_CODE.
 */
export class LanguageServerDownError extends LanguageServerError {
  override name = 'LanguageServerDownError';
}
