import { documentsQuery } from '../cypher/documents.js';
import type { DocumentEntry, QueryResolvers } from '../generated/graphql.js';

export const documents: QueryResolvers['documents'] = async (_parent, _args, { executor }) => {
  const [record] = await executor.read(documentsQuery());
  return (record?.get('documents') ?? []) as DocumentEntry[];
};
