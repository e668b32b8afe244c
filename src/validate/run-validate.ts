// Shared by `npm run validate` and the end of `npm run import`: runs the validator and
// prints its findings.
import type { Driver } from 'neo4j-driver';
import { formatViolation, validateGraph, type Violation } from './validate-graph.js';

export async function reportValidation(
  driver: Driver,
  database: string,
  projectRoot: string,
  log: (line: string) => void,
): Promise<Violation[]> {
  const violations = await validateGraph(driver, { database, projectRoot });
  if (violations.length === 0) {
    log('Validation: the graph satisfies the model and every quote is verbatim in its document.');
  } else {
    log(`Validation: ${violations.length} violation${violations.length === 1 ? '' : 's'}:`);
    for (const v of violations) log(`  ${formatViolation(v)}`);
  }
  return violations;
}
