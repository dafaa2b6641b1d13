import { z } from 'zod';
import { citationsQuery } from '../cypher/citations.js';
import { mergeSources } from '../documents/mergeSources.js';
import { storedChanges } from '../documents/statusHistory.js';
import { NotFoundError } from '../errors.js';
import type { Citation, QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ documentId: nonBlank });

interface Citing {
  entityId?: string;
  edgeId?: string;
  sources: string;
  userSources?: string[] | null;
  statusHistory?: string[] | null;
  seedStatusHistory?: string[] | null;
}

export const citations: QueryResolvers['citations'] = async (_parent, args, { executor }) => {
  const { documentId } = parseArgs(Args, args);
  const [record] = await executor.read(citationsQuery(documentId));
  if (!record?.get('found')) throw new NotFoundError('document', documentId);
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const { entityId, edgeId, sources, userSources, ...changes } of record.get('citing') as Citing[]) {
    // A progress report's words stand for the pledge whose status they change.
    for (const span of [...mergeSources(sources, userSources), ...storedChanges(changes).flatMap((change) => change.sources)]) {
      const key = `${entityId ?? edgeId}|${span.start}|${span.end}`;
      if (span.documentId !== documentId || seen.has(key)) continue;
      seen.add(key);
      out.push({ span, entityId: entityId ?? null, edgeId: edgeId ?? null });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
};
