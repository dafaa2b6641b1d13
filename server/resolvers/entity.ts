import { z } from 'zod';
import { documentQuery, entityQuery } from '../cypher/entity.js';
import type { CypherQuery } from '../db/CypherQuery.js';
import type { Executor } from '../db/executor.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ id: nonBlank });

/** null for an unknown id, as the nullable return type says: "no such entity" is an answer. */
async function oneNode(executor: Executor, query: CypherQuery) {
  const [record] = await executor.read(query);
  return record ? toEntity(record.get('node') as NodeProps) : null;
}

export const entity: QueryResolvers['entity'] = (_parent, args, { executor }) => oneNode(executor, entityQuery(parseArgs(Args, args).id));

export const document: QueryResolvers['document'] = (_parent, args, { executor }) => oneNode(executor, documentQuery(parseArgs(Args, args).id));
