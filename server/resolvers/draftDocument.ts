import { draftGraphQuery } from '../cypher/draftGraph.js';
import { draftText, DraftInputSchema } from '../drafts/draftText.js';
import { knownGraphOfRows, type DraftGraphRow } from '../drafts/knownGraphOfRows.js';
import { UnauthenticatedError } from '../errors.js';
import type { DraftEntity, QueryResolvers } from '../generated/graphql.js';
import { draft } from '../ingest/draft.js';
import { parseArgument } from './parseArgs.js';

export const draftDocument: QueryResolvers['draftDocument'] = async (_parent, args, { executor, editor }) => {
  // A read, but the editor's tool: the extraction costs CPU per request, so readers may not run it.
  if (!editor) throw new UnauthenticatedError();
  const input = parseArgument(DraftInputSchema, 'input', args.input);
  const { text, encoding } = draftText(input);
  const rows = (await executor.read(draftGraphQuery())).map((record) => record.toObject() as DraftGraphRow);
  const { known, named } = knownGraphOfRows(rows);
  const result = draft(text, known, { date: input.date });
  const referred = new Set<string>([
    ...result.mentions.map((m) => m.entityId),
    ...result.pledges.flatMap((p) => [...(p.bureauId ? [p.bureauId] : []), ...p.concerns]),
    ...result.progress.flatMap((p) => [p.entityId, p.pledgeId].filter((id): id is string => id !== null)),
  ]);
  return {
    document: { id: result.document.id, sha256: result.document.sha256, chars: result.document.chars, text, encoding },
    mentions: result.mentions,
    candidates: result.candidates,
    pledges: result.pledges,
    progress: result.progress,
    entities: [...referred].flatMap((id): DraftEntity[] => (named.has(id) ? [named.get(id)!] : [])),
  };
};
