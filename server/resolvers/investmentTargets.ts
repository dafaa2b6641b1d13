import { z } from 'zod';
import { investmentTargetsQuery } from '../cypher/investmentTargets.js';
import { toEntity, type NodeProps } from '../db/records.js';
import { NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';

const Args = z.object({ bureauId: nonBlank.nullish() });

interface TargetRow {
  enterprise: NodeProps;
  bureaus: NodeProps[];
  pledges: NodeProps[];
  destinations: NodeProps[];
  relations: string[];
}

export const investmentTargets: QueryResolvers['investmentTargets'] = async (_parent, args, { executor }) => {
  const { bureauId } = parseArgs(Args, args);
  const [record] = await executor.read(investmentTargetsQuery(bureauId ?? null));
  if (bureauId && !record?.get('bureauFound')) throw new NotFoundError('bureau', bureauId);
  const rows = (record?.get('targets') ?? []) as TargetRow[];
  return rows
    .map((row) => ({
      enterprise: toEntity(row.enterprise),
      bureaus: row.bureaus.map(toEntity),
      pledges: row.pledges.map(toEntity),
      destinations: row.destinations.map(toEntity),
      relations: [...row.relations].sort(),
    }))
    .sort((a, b) => (a.enterprise as { name: string }).name.localeCompare((b.enterprise as { name: string }).name, 'zh'));
};
