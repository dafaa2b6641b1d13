import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Context } from '../context.js';
import { UnauthenticatedError } from '../errors.js';

/**
 * Every mutation needs the editor token, checked once here for all of them: an operation that
 * writes is refused before any of it runs (401 UNAUTHENTICATED), so no resolver can forget it.
 * Throws synchronously, so it is the first refusal when listed before the cost limit.
 */
export function requireEditor(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION && !contextValue.editor) throw new UnauthenticatedError();
          return Promise.resolve();
        },
      }),
  };
}
