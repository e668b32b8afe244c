// npm run validate: checks the graph in Neo4j against the model and its provenance.
// Exit code 0 when sound, 1 on violations, 2 when the database cannot be reached.
import { PROJECT_ROOT, loadConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { reportValidation } from '../validate/run-validate.js';
import { connectOrExplain } from './connect.js';
import { runCommand } from './fail.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  try {
    if (!(await connectOrExplain(driver, config.neo4j))) return 2;
    const violations = await reportValidation(driver, config.neo4j.database, PROJECT_ROOT, (l) => console.log(l));
    if (violations.length > 0) {
      console.error('Fix the scripts in cypher/ named by the ids above, then run `npm run import`.');
      return 1;
    }
    return 0;
  } finally {
    await driver.close();
  }
}

runCommand(main, 2);
