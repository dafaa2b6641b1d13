import type { MutationResolvers } from '../generated/graphql.js';
import { BadUserInputError } from '../errors.js';
import { saveWalkthrough as save } from '../walkthroughs/saveWalkthrough.js';
import { WalkthroughInputSchema } from '../walkthroughs/walkthroughSchema.js';
import { parseArgument } from './parseArgs.js';

export const saveWalkthrough: MutationResolvers['saveWalkthrough'] = (_parent, args, { executor }) => {
  const { id, ...walkthrough } = parseArgument(WalkthroughInputSchema, 'input', args.input);
  return save(executor, walkthrough, id ? { replace: id } : { create: true }, (unknown) => {
    const [first] = unknown as [(typeof unknown)[number]];
    const ids = [...new Set(unknown.map((u) => u.id))];
    return new BadUserInputError(`input.steps[${first.step}].focus[${first.focus}]`, `names no entity: ${ids.map((i) => `"${i}"`).join(', ')}`, { ids });
  });
};
