import { UserError } from '../errors/user-error.js';

/**
 * The project's local Neo4j could not be fetched, configured, started or reached (Java,
 * Maven, its ports, its password); the message says what to do.
 */
export class LocalNeo4jError extends UserError {
  override name = 'LocalNeo4jError';
  constructor(message: string) {
    super('LOCAL_NEO4J', message);
  }
}
