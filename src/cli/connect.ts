// Checks that Neo4j answers before a command starts work, and says what to do if not.
import type { Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config.js';
import { isAuthError } from '../db/driver.js';

export async function connectOrExplain(driver: Driver, config: Neo4jConnectionConfig): Promise<boolean> {
  try {
    await driver.executeQuery('RETURN 1', {}, { database: config.database });
    return true;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    if (isAuthError(error)) {
      console.error(
        `Neo4j at ${config.uri} refused user '${config.user}': ${reason}\nCheck NEO4J_USER / NEO4J_PASSWORD (environment or .env).`,
      );
    } else {
      console.error(
        `Cannot reach Neo4j at ${config.uri} (database '${config.database}'): ${reason}\nStart the local server with \`npm run db:start\`, or set NEO4J_URI to a running one.`,
      );
    }
    return false;
  }
}
