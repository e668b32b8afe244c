// Name resolution, hit and miss: `lookup(name)` on ours only (the floor and the peer have
// no normalised-name lookup to compare with). A hit is an enterprise's name written
// differently (case and punctuation changed, as users type it); a miss is a name no entity
// has. An argument that names nothing must cost index lookups, not a scan of the label,
// so a miss should cost about what a hit costs at any scale.
import type { Driver } from 'neo4j-driver';
import { resolveClause } from '../../src/graphql/translate/names.js';
import { CypherScope } from '../../src/graphql/translate/scope.js';
import { Random } from '../generator/random.js';
import type { HttpRequestSpec } from './workloads.js';

export type NameLookupKind = 'hit' | 'miss';

export interface NameLookupKeys {
  hit: string[];
  miss: string[];
}

const QUERY = 'query Lookup($name: String!) { lookup(name: $name) { id name } }';

export function nameLookupRequest(name: string): HttpRequestSpec {
  return { path: '/graphql', body: JSON.stringify({ query: QUERY, variables: { name } }) };
}

/** "Dalian Haosen Equipment Co., Ltd." → "dalian HAOSEN equipment co ltd" (same key, other spelling). */
function respell(name: string, random: Random): string {
  return name
    .replace(/[.,]/g, '')
    .split(' ')
    .map((w) => (random.chance(0.5) ? w.toUpperCase() : w.toLowerCase()))
    .join(' ');
}

export async function chooseNameLookupKeys(
  driver: Driver,
  database: string,
  count: number,
  seed: string,
): Promise<NameLookupKeys> {
  const random = new Random(`${seed}/name-lookups`);
  const { records } = await driver.executeQuery(
    'MATCH (n:Enterprise:Synthetic) RETURN n.name AS name ORDER BY n.id',
    {},
    { database },
  );
  const names = records.map((r) => r.get('name') as string);
  if (names.length === 0) throw new Error('No synthetic enterprises: is the synthetic graph imported?');
  return {
    hit: Array.from({ length: count }, () => respell(random.pick(names), random)),
    // Words of the synthetic vocabulary's shape, in a combination no generated name has.
    miss: Array.from(
      { length: count },
      (_, i) => `Nonexistent Holdings ${i} ${random.pick(names).split(' ')[1] ?? ''}`,
    ),
  };
}

/** Db hits of resolving `name` (PROFILE of the clause ours sends), summed over the plan. */
export async function resolutionDbHits(driver: Driver, database: string, name: string): Promise<number> {
  const s = new CypherScope();
  const cypher = `PROFILE ${resolveClause(s, name, 'Entity', 'found')}\nRETURN size(found) AS n`;
  const { summary } = await driver.executeQuery(cypher, s.params, { database });
  type Plan = { dbHits: number; children: Plan[] };
  const sum = (p: Plan): number => p.dbHits + p.children.reduce((t, c) => t + sum(c), 0);
  return summary.profile ? sum(summary.profile as unknown as Plan) : NaN;
}
