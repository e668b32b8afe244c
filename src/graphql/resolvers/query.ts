// Root fields: each one becomes exactly one Cypher statement (see translate/root.ts), planned
// by its planner (src/graphql/planners/) with the projection of whatever the request selects.
import type { GraphQLFieldResolver } from 'graphql';
import type { RequestContext } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { PLANNERS } from '../planners/index.js';
import { resolveRoot } from '../translate/root.js';
import type { Args } from '../translate/spec.js';
import { SPECS } from './registry.js';

export { PLANNERS };

export const Query = Object.fromEntries(
  Object.entries(PLANNERS).map(([name, planner]) => {
    const resolve: GraphQLFieldResolver<unknown, RequestContext, Args> = (_parent, args, ctx, info) =>
      resolveRoot(SPECS, ctx, info, args, planner);
    return [name, resolve];
  }),
) as QueryResolvers;
