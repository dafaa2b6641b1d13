import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiError } from './ApiError.js';

/** An operation generated from client/src/api/*.graphql: its text, typed with its result and variables. */
export type Operation<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/** Sends one operation and returns its data; the explorer gets one bound to an endpoint. */
export type GraphqlRequest = <Result, Variables>(operation: Operation<Result, Variables>, variables?: Variables) => Promise<Result>;

/** POSTs operations to `endpoint`; network failures and GraphQL errors become ApiError. */
export function graphqlRequest(endpoint: string): GraphqlRequest {
  return async <Result, Variables>(operation: Operation<Result, Variables>, variables?: Variables): Promise<Result> => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: operation.toString(), variables: variables ?? {} }),
      });
    } catch {
      throw new ApiError('The server cannot be reached.', 'NETWORK');
    }
    const body = (await response.json().catch(() => null)) as {
      data?: Result;
      errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
    } | null;
    const first = body?.errors?.[0];
    if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', first.extensions);
    if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}.`, 'HTTP');
    return body.data;
  };
}
