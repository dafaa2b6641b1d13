import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { ApiError } from './ApiError.js';

/** An operation generated from client/src/api/*.graphql: its text, typed with its result and variables. */
export type Operation<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/** Sends one operation and returns its data; the explorer gets one bound to an endpoint. */
export type GraphqlRequest = <Result, Variables>(operation: Operation<Result, Variables>, variables?: Variables) => Promise<Result>;

/**
 * POSTs operations to `endpoint`; network failures and GraphQL errors become ApiError. With
 * `token` (the editor's, read at each request: it may arrive or be dropped meanwhile), requests
 * carry it as a bearer header, which the server requires of every write.
 */
export function graphqlRequest(endpoint: string, token: () => string | null = () => null): GraphqlRequest {
  return async <Result, Variables>(operation: Operation<Result, Variables>, variables?: Variables): Promise<Result> => {
    let response: Response;
    const bearer = token();
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
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
