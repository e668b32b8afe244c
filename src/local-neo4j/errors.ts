/** A failure of the local Neo4j that the user can act on; the message says what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
