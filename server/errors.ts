import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.js';

/** Every error a client can see carries one of these as extensions.code. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  /** A write without a valid editor token (Authorization: Bearer <token>). */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** A write the token may not make, e.g. changing a seeded (read-only) walkthrough. */
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A bad argument: says which one (a path into it for an input object: `input.steps[2].focus[0]`) and what is allowed. */
export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string, extensions: Record<string, unknown> = {}) {
    super(`Argument "${argument}" ${message}`, { extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}

/** A write without the editor token: HTTP 401, as for any request that lacks its credentials. */
export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super('Writes need the editor token: send Authorization: Bearer <token>; npm start prints an editor link', {
      // Apollo reads `http` for the status and headers and does not send it.
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
    });
  }
}

/** A write the editor may not make (e.g. changing a seeded walkthrough); says what to do instead. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.FORBIDDEN } });
  }
}

/** Names every missing id, in the message and as `extensions.ids`, so a client can drop them and retry. */
export class NotFoundError extends GraphQLError {
  constructor(what: string, ids: string | string[]) {
    const list = typeof ids === 'string' ? [ids] : ids;
    const named = list.map((id) => `"${id}"`).join(', ');
    super(`No ${what} with ${list.length === 1 ? 'id' : 'ids'} ${named}`, { extensions: { code: ErrorCode.NOT_FOUND, id: list[0], ids: list } });
  }
}

/** When a client should try again after Neo4j was down or too slow, in seconds. */
export const RETRY_AFTER_S = 5;

/** When a SERVICE_UNAVAILABLE error says to come back, in seconds (its own wait, else the default). */
export function retryAfterOf(error: { extensions?: Record<string, unknown> }): number {
  return Number(error.extensions?.retryAfter) || RETRY_AFTER_S;
}

/** Neo4j is down, unreachable, too slow or too busy; the client may retry (after `retryAfter` s). */
export class ServiceUnavailableError extends GraphQLError {
  constructor(reason: string, retryAfterS = RETRY_AFTER_S) {
    super(`The graph database is unavailable: ${reason}`, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfter: retryAfterS } });
  }
}

const known = new Set<string>(Object.values(ErrorCode));
// Apollo's own codes for malformed requests: they describe the client's request, safe to pass on.
const apolloRequestCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo formatError: errors we raised on purpose pass through; anything else is a bug or an
 * unexpected failure, so it is logged in full and the client gets a generic message.
 */
export function createErrorFormatter(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
    if (known.has(code) && code !== (ErrorCode.INTERNAL_SERVER_ERROR as string)) return formatted;
    if (apolloRequestCodes.has(code)) return formatted;
    logger.error({ err: error, path: formatted.path }, 'unexpected error while answering a GraphQL request');
    if (exposeDetails) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
