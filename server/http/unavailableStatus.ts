import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, retryAfterOf } from '../errors.js';

/**
 * An answer that failed because the database is down or busy is a 503 with Retry-After, as
 * HTTP clients, proxies and load balancers expect, rather than a 200 whose errors only a
 * GraphQL client reads. The body still carries the errors with their extensions.code.
 */
export function unavailableStatus<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response, errors }) {
          const unavailable = errors?.filter((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) ?? [];
          if (!unavailable.length) return Promise.resolve();
          const retryAfter = Math.max(...unavailable.map(retryAfterOf));
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfter));
          return Promise.resolve();
        },
      }),
  };
}
