import { z } from 'zod';
import { entitiesQuery } from '../cypher/entities.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, kindsArg, parseArgs } from './parseArgs.js';

const Args = z.object({ kinds: kindsArg, limit: intInRange(1, 2000) });

export const entities: QueryResolvers['entities'] = async (_parent, args, { executor }) => {
  const { kinds, limit } = parseArgs(Args, args);
  const [record] = await executor.read(entitiesQuery(kinds, limit));
  return ((record?.get('nodes') ?? []) as NodeProps[]).map((node) => toEntity(node));
};
