import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { HEAVY_QUERY_COST } from './fieldCosts.js';
import { QueryTooCostlyError } from './QueryTooCostlyError.js';
import { operationCost } from './operationCost.js';

/**
 * Refuses an operation whose root fields would together make the database touch more than
 * `maxCost` rows (see FIELD_COSTS), before any of it runs: one request may not take the
 * database from everyone else. Counted after validation, from the real argument values, which
 * a shape-only limit (graphql-armor's) cannot see: 15 aliases of one wide neighbourhood look
 * like 15 small fields to it. An accepted request near the ceiling is marked heavy, and its
 * reads take the heavy lane (requestExecutor).
 */
export function costLimit(maxCost: number): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return Promise.resolve(); // Apollo has already refused the request
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost.total > maxCost) throw new QueryTooCostlyError(cost, maxCost);
          if (cost.total >= HEAVY_QUERY_COST) contextValue.executor.markHeavy();
          return Promise.resolve();
        },
      }),
  };
}
