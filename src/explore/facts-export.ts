// Every fact of one entity, streamed from the database for its CSV. This is the one read of
// the explorer that does not go through GraphQL: a GraphQL answer is one value held in
// memory whole, and a hub's CSV is thousands of rows. It is one parameterised statement,
// run by the request's executor (the API's one way to Neo4j: READ session, server-side
// timeout, metadata naming it), whose records are turned into CSV rows as they arrive.
import type { Executor } from '../db/executor.js';
import { toJsonValue } from '../graphql/resolvers/json-object.js';
import { typenameOf } from '../graphql/resolvers/entity.js';
import { withoutProvenance } from '../graphql/translate/spec.js';
import type { EntityRef, Fact } from './facts.js';

/**
 * In the entity page's order (type, outgoing first, the other end's name and id), each
 * relationship with its other end and its quotes (with the cited documents' titles). Only
 * the order is computed over all of them; rows leave as the driver pulls them.
 */
export const ENTITY_FACTS_CYPHER = `MATCH (n:Entity {id: $id})-[r]-(o:Entity)
WITH n, r, o, startNode(r) = n AS outgoing
ORDER BY type(r), outgoing DESC, o.name, o.id, elementId(r)
RETURN type(r) AS type, outgoing, o.id AS otherId, o.name AS otherName, toUpper(${typenameOf('o')}) AS otherKind,
  properties(r) AS properties,
  [i IN range(0, size(coalesce(r.sources, [])) - 1) | {
    documentId: r.sources[i],
    quote: r.evidence[i],
    documentTitle: head(COLLECT { MATCH (d:Document {id: r.sources[i]}) RETURN coalesce(d.title, d.id) })
  }] AS evidence`;

interface FactRecord {
  type: string;
  outgoing: boolean;
  otherId: string;
  otherName: string;
  otherKind: string;
  properties: Record<string, unknown>;
  evidence: Array<{ documentId: string; quote: string; documentTitle: string | null }>;
}

/** The facts of `self`, one at a time, as the database sends them. */
export async function* entityFactsStream(executor: Executor, self: EntityRef): AsyncGenerator<Fact> {
  const rows = executor.stream(ENTITY_FACTS_CYPHER, { id: self.id }, { operation: 'ExplorerEntityFactsCsv' });
  for await (const row of rows) {
    const r = row as unknown as FactRecord;
    const other = { id: r.otherId, name: r.otherName, kind: r.otherKind };
    yield {
      type: r.type,
      from: r.outgoing ? self : other,
      to: r.outgoing ? other : self,
      properties: toJsonValue(withoutProvenance(r.properties)) as Record<string, unknown>,
      evidence: r.evidence.map((e) => ({
        documentId: e.documentId,
        documentTitle: e.documentTitle ?? e.documentId,
        quote: e.quote,
      })),
    };
  }
}
