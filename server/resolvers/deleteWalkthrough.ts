import { z } from 'zod';
import { deleteWalkthroughQuery, walkthroughOriginQuery } from '../cypher/walkthroughs.js';
import { ForbiddenError } from '../errors.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ id: nonBlank });

/** true when a user's walkthrough was deleted, false when there was none; a seeded one is FORBIDDEN. */
export const deleteWalkthrough: MutationResolvers['deleteWalkthrough'] = (_parent, args, { executor }) => {
  const { id } = parseArgs(Args, args);
  return executor.write(async (run) => {
    const [record] = await run(walkthroughOriginQuery(id));
    if (!record) return false;
    if (record.get('origin') !== 'USER') throw new ForbiddenError(`"${id}" is a seeded walkthrough: seeded walkthroughs are read-only templates`, { id });
    const [deleted] = await run(deleteWalkthroughQuery(id));
    return (deleted?.get('deleted') as number) > 0;
  });
};
