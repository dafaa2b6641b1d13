import { z } from 'zod';
import { pledgesQuery } from '../cypher/pledges.js';
import { toEntity, type NodeProps } from '../db/records.js';
import { NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';
import { pledgedOn } from '../documents/statusHistory.js';
import type { Pledge } from '../generated/graphql.js';
import { asOfArg } from './scopeArgs.js';
import { selectedFields } from './selectedFields.js';

const Args = z.object({ bureauId: nonBlank.nullish(), asOf: asOfArg });

/** What needs the pledges' quotes: their own fields, and a status (derived from the quotes' dates and the history). */
const NEEDS_SOURCES = ['sources', 'status', 'statusHistory'];

export const pledges: QueryResolvers['pledges'] = async (_parent, args, { executor }, info) => {
  const { bureauId, asOf } = parseArgs(Args, args);
  // Quotes are parsed for every pledge (a hub bureau has thousands): read only when needed.
  const fields = selectedFields(info);
  const withSources = Boolean(asOf) || NEEDS_SOURCES.some((field) => fields.has(field));
  const [record] = await executor.read(pledgesQuery(bureauId ?? null, { withSources }));
  if (bureauId && !record?.get('bureauFound')) throw new NotFoundError('bureau', bureauId);
  const pledges = ((record?.get('pledges') ?? []) as NodeProps[]).map((node) => toEntity(node, { asOf }) as Pledge);
  // As of a date, a pledge made later was not yet made.
  return asOf ? pledges.filter((pledge) => (pledgedOn(pledge.statusHistory) ?? '') <= asOf) : pledges;
};
