import { documentQuery, entityQuery } from '../cypher/entity.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';
import { z } from 'zod';

const Args = z.object({ id: nonBlank });

/** null for an unknown id, as the nullable return type says: "no such entity" is an answer. */
export const entity: QueryResolvers['entity'] = async (_parent, args, { executor }) => {
  const { id } = parseArgs(Args, args);
  const [record] = await executor.read(entityQuery(id));
  return record ? toEntity(record.get('node') as NodeProps) : null;
};

export const document: QueryResolvers['document'] = async (_parent, args, { executor }) => {
  const { id } = parseArgs(Args, args);
  const [record] = await executor.read(documentQuery(id));
  return record ? toEntity(record.get('node') as NodeProps) : null;
};
