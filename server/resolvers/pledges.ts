import { z } from 'zod';
import { pledgesQuery } from '../cypher/pledges.js';
import { toEntity, type NodeProps } from '../db/records.js';
import { NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ bureauId: nonBlank.nullish() });

export const pledges: QueryResolvers['pledges'] = async (_parent, args, { executor }) => {
  const { bureauId } = parseArgs(Args, args);
  const [record] = await executor.read(pledgesQuery(bureauId ?? null));
  if (bureauId && !record?.get('bureauFound')) throw new NotFoundError('bureau', bureauId);
  return ((record?.get('pledges') ?? []) as NodeProps[]).map(toEntity);
};
