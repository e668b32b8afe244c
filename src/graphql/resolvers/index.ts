import { Query } from './query.js';

export const resolvers = { Query };
