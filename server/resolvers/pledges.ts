import { z } from 'zod';
import { pledgesQuery } from '../cypher/pledges.js';
import { toEntity, type NodeProps } from '../db/records.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { intInRange, nonBlank, parseArgs } from './parseArgs.js';
import { pledgedOn } from '../documents/statusHistory.js';
import type { Pledge } from '../generated/graphql.js';
import { asOfArg } from './scopeArgs.js';
import { selectedFields } from './selectedFields.js';
import { storedProps } from './storedProps.js';

const Args = z.object({ bureauId: nonBlank.nullish(), asOf: asOfArg, limit: intInRange(1, 5000), after: nonBlank.nullish() });

export const pledges: QueryResolvers['pledges'] = async (_parent, args, { executor }, info) => {
  const { bureauId, asOf, limit, after } = parseArgs(Args, args);
  // A hub bureau has thousands of pledges: read only the properties the request selects, and
  // the history when asOf leaves out pledges made later. A pledge's made date is derived from
  // its history here, not in Cypher, so as of a date the page is cut after leaving those out.
  const props = storedProps([...selectedFields(info).onEntities, ...(asOf ? ['statusHistory'] : [])]);
  const [record] = await executor.read(pledgesQuery(bureauId ?? null, { props, limit: asOf ? null : limit, after }));
  if (bureauId && !record?.get('bureauFound')) throw new NotFoundError('bureau', bureauId);
  if (after && !record?.get('afterFound'))
    throw new BadUserInputError('after', `names no pledge: "${after}" (give the id of the last pledge of the previous page)`);
  const pledges = ((record?.get('pledges') ?? []) as NodeProps[]).map((node) => toEntity(node, { asOf }) as Pledge);
  return asOf ? pledges.filter((pledge) => (pledgedOn(pledge.statusHistory) ?? '') <= asOf).slice(0, limit) : pledges;
};
