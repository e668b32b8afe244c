// The graph's own names and aliases: the strongest entity list the drafter has. Read once
// per draft, in a READ session, so drafting never changes the database.
import type { Driver } from 'neo4j-driver';
import { DOMAIN_LABELS } from '../model/graph-model.js';
import { kindOfLabel, type EntityKind } from './types.js';

export interface GraphEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export async function readGraphNames(driver: Driver, database: string): Promise<GraphEntity[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity)
     RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases
     ORDER BY id`,
    { labels: [...DOMAIN_LABELS] },
    { database, routing: 'READ' },
  );
  const out: GraphEntity[] = [];
  for (const r of records) {
    const kind = kindOfLabel(String(r.get('label')));
    if (!kind) continue;
    const name = String(r.get('name'));
    const aliases = (r.get('aliases') as unknown[]).map(String);
    out.push({ id: String(r.get('id')), kind, name, aliases: aliases.includes(name) ? aliases : [name, ...aliases] });
  }
  return out;
}
