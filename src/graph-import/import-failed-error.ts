import { UserError } from '../errors/user-error.js';

/** `npm run import` failed as a whole (it has printed why); what depends on the graph stops. */
export class ImportFailedError extends UserError {
  override name = 'ImportFailedError';
  constructor(message: string) {
    super('IMPORT_FAILED', message);
  }
}
