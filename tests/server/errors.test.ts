import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, createErrorFormatter, ErrorCode } from '../../server/errors.js';
import { createLogger } from '../../server/logger.js';

const logger = createLogger('silent');

describe('error formatting', () => {
  it('passes our own errors through with their code', () => {
    const error = new BadUserInputError('limit', 'must be between 1 and 100, got 500');
    const formatted = createErrorFormatter(logger, false)(error.toJSON(), error);
    expect(formatted.message).toBe('Argument "limit" must be between 1 and 100, got 500');
    expect(formatted.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, argument: 'limit' });
  });

  it('masks unexpected errors in production: generic message, no stack trace', () => {
    const error = new GraphQLError('Cannot read properties of undefined (reading "x")', { extensions: { stacktrace: ['at foo (bar.ts:1:1)'] } });
    const formatted = createErrorFormatter(logger, false)(error.toJSON(), error);
    expect(formatted).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  });

  it('keeps details of unexpected errors in development', () => {
    const error = new GraphQLError('boom', { extensions: { stacktrace: ['at foo (bar.ts:1:1)'] } });
    const formatted = createErrorFormatter(logger, true)(error.toJSON(), error);
    expect(formatted.message).toBe('boom');
    expect(formatted.extensions).toMatchObject({ code: ErrorCode.INTERNAL_SERVER_ERROR, stacktrace: ['at foo (bar.ts:1:1)'] });
  });
});
