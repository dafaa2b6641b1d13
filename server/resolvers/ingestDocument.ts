import { ingestDocument as ingest } from '../documents/ingestDocument.js';
import { IngestInputSchema } from '../documents/ingestSchema.js';
import { toEntity, type NodeProps } from '../db/records.js';
import type { MutationResolvers } from '../generated/graphql.js';
import { parseArgument } from './parseArgs.js';

export const ingestDocument: MutationResolvers['ingestDocument'] = async (_parent, args, { executor }) => {
  const input = parseArgument(IngestInputSchema, 'input', args.input);
  const { document, ...outcome } = await ingest(executor, input);
  return { ...outcome, document: toEntity(document as NodeProps) };
};
