import { UserError } from './user-error.js';

/** The API's own port (PORT) is taken; the message says how to choose another. */
export class PortInUseError extends UserError {
  override name = 'PortInUseError';
  constructor(
    readonly port: number,
    message: string,
  ) {
    super('PORT_IN_USE', message);
  }
}
