import type { GraphiQLProps } from 'graphiql';

/**
 * GraphiQL's fetcher: one POST of JSON to this origin's endpoint, as the explorer sends them
 * (a JSON body is never a "simple" request, so Apollo's CSRF prevention lets it through).
 * The toolkit's fetcher would also bring in subscriptions over WebSocket, which the API has none of.
 */
export function postGraphql(endpoint: string): GraphiQLProps['fetcher'] {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...options?.headers },
      body: JSON.stringify(params),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };
}
