import type { GraphQLBody } from './graphqlPost.js';

/** POSTs one operation with the given Authorization header (none when undefined); keeps status and headers. */
export async function editorPost<T = any>(url: string, authorization: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody<T> };
}
