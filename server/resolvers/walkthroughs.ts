import { walkthroughsQuery } from '../cypher/walkthroughs.js';
import type { QueryResolvers, Step, WalkthroughOrigin } from '../generated/graphql.js';

export const walkthroughs: QueryResolvers['walkthroughs'] = async (_parent, _args, { executor }) => {
  const records = await executor.read(walkthroughsQuery());
  return records.map((record) => {
    const { steps, origin, ...fields } = record.get('walkthrough') as { id: string; title: string; steps: string; origin?: WalkthroughOrigin };
    const parsed = (JSON.parse(steps) as Partial<Step>[]).map((step) => ({ highlight: [], selection: [], positions: [], ...step }) as Step);
    return { ...fields, origin: origin ?? 'SEED', steps: parsed };
  });
};
