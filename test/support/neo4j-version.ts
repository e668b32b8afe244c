// The pinned Neo4j release series, as the tests check it on the server they run against.
import { NEO4J_SERIES } from '../../src/local-neo4j/distribution.js';

export { NEO4J_SERIES };

const escaped = NEO4J_SERIES.replace(/\./g, '\\.');

/** A version string of the pinned series (`5.26.x`). */
export const SERIES_VERSION = new RegExp(`^${escaped}\\.`);
