import { createRequire } from 'node:module';
import type { RequestContext } from '../context.js';

const { name, version } = createRequire(import.meta.url)('../../../package.json') as { name: string; version: string };

export const Query = {
  async serviceInfo(_parent: unknown, _args: unknown, ctx: RequestContext) {
    const { records } = await ctx.driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { database: ctx.config.neo4j.database, routing: 'READ' },
    );
    const record = records[0];
    return {
      name,
      version,
      neo4jVersion: String(record?.get('version') ?? 'unknown'),
      neo4jEdition: String(record?.get('edition') ?? 'unknown'),
    };
  },
};
