import type { Resolvers } from '../generated/graphql.js';
import { stats } from './stats.js';

export const resolvers: Resolvers = {
  Query: { stats },
};
