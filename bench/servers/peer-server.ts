// The peer: @neo4j/graphql 7 on Apollo Server 5 (its standalone node:http server), over
// the same database, with type definitions equivalent to this project's model.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export const PEER_TYPE_DEFS = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), 'peer-type-defs.graphql'),
  'utf8',
);

export async function startPeerServer(
  driver: Driver,
  database: string,
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const server = new ApolloServer({ schema: await neoSchema.getSchema() });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database } }),
  });
  return { url, stop: () => server.stop() };
}
