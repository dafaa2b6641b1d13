import { walkthroughsQuery } from '../cypher/walkthroughs.js';
import type { QueryResolvers, Step } from '../generated/graphql.js';

export const walkthroughs: QueryResolvers['walkthroughs'] = async (_parent, _args, { executor }) => {
  const records = await executor.read(walkthroughsQuery());
  return records.map((record) => {
    const { steps, ...fields } = record.get('walkthrough') as { id: string; title: string; steps: string };
    return { ...fields, steps: JSON.parse(steps) as Step[] };
  });
};
