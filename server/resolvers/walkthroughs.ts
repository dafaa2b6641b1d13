import { z } from 'zod';
import { walkthroughQuery, walkthroughsQuery } from '../cypher/walkthroughs.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { toWalkthrough, type StoredWalkthrough } from '../walkthroughs/toWalkthrough.js';
import { nonBlank, parseArgs } from './parseArgs.js';

export const walkthroughs: QueryResolvers['walkthroughs'] = async (_parent, _args, { executor }) =>
  (await executor.read(walkthroughsQuery())).map((record) => toWalkthrough(record.get('walkthrough') as StoredWalkthrough));

const Args = z.object({ id: nonBlank });

/** null for an unknown id, as the nullable type says. */
export const walkthrough: QueryResolvers['walkthrough'] = async (_parent, args, { executor }) => {
  const [record] = await executor.read(walkthroughQuery(parseArgs(Args, args).id));
  return record ? toWalkthrough(record.get('walkthrough') as StoredWalkthrough) : null;
};
