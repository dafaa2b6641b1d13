import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { OperationCost } from './operationCost.js';

/** The argument that sets most of a field's cost: the one to lower. */
const COST_ARGUMENT: Record<string, string> = { search: 'limit', entities: 'limit', neighborhood: 'limit', paths: 'maxHops' };

/**
 * A client error (HTTP 400, BAD_USER_INPUT): the message names the heaviest field and the
 * argument to lower; extensions carry the figures so that a client can split its request.
 */
export class QueryTooCostlyError extends GraphQLError {
  constructor(cost: OperationCost, maxCost: number) {
    const heaviest = cost.fields.reduce((a, b) => (b.cost > a.cost ? b : a));
    const argument = COST_ARGUMENT[heaviest.field];
    const name = heaviest.responseKey === heaviest.field ? heaviest.field : `${heaviest.field} (as ${heaviest.responseKey})`;
    const hint = argument ? `lower its argument "${argument}", ` : '';
    super(
      `The query would read about ${cost.total} rows, over the limit of ${maxCost} per request: ` +
        `${cost.fields.length} root field(s), the heaviest ${name} at ${heaviest.cost}. To fit, ${hint}ask for fewer fields, or send several requests.`,
      {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          ...(argument ? { argument } : {}),
          cost: cost.total,
          maxCost,
          fields: cost.fields,
          // Apollo reads this for the HTTP status and does not send it.
          http: { status: 400 },
        },
      },
    );
  }
}
