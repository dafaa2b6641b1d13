import { z } from 'zod';
import { pledgesQuery } from '../cypher/pledges.js';
import { toEntity, type NodeProps } from '../db/records.js';
import { NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { nonBlank, parseArgs } from './parseArgs.js';
import { pledgedOn } from '../documents/statusHistory.js';
import type { Pledge } from '../generated/graphql.js';
import { asOfArg } from './scopeArgs.js';
import { selectedEntityFields } from './selectedFields.js';
import { HISTORY_PROPS, storedProps } from './storedProps.js';

const Args = z.object({ bureauId: nonBlank.nullish(), asOf: asOfArg });

export const pledges: QueryResolvers['pledges'] = async (_parent, args, { executor }, info) => {
  const { bureauId, asOf } = parseArgs(Args, args);
  // A hub bureau has thousands of pledges: read only the properties the request selects, and
  // the history when asOf leaves out pledges made later.
  const props = storedProps(selectedEntityFields(info), asOf ? HISTORY_PROPS : []);
  const [record] = await executor.read(pledgesQuery(bureauId ?? null, { props }));
  if (bureauId && !record?.get('bureauFound')) throw new NotFoundError('bureau', bureauId);
  const pledges = ((record?.get('pledges') ?? []) as NodeProps[]).map((node) => toEntity(node, { asOf }) as Pledge);
  // As of a date, a pledge made later was not yet made.
  return asOf ? pledges.filter((pledge) => (pledgedOn(pledge.statusHistory) ?? '') <= asOf) : pledges;
};
