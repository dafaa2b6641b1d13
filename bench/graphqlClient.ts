import http from 'node:http';
import { postGraphql } from './postGraphql.js';

/**
 * A GraphQL client with one kept-alive socket (see postGraphql for why not fetch): the
 * benchmark runs client and server in one process on two cores. Rejects on HTTP errors and on
 * GraphQL errors.
 */
export function graphqlClient(url: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    const { status, text } = await postGraphql(url, agent, query, variables);
    // Parsed apart from the check: an HTML error page must reject, not throw elsewhere.
    let parsed: { data?: unknown; errors?: unknown[] } | null;
    try {
      parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    } catch {
      parsed = null;
    }
    if (status !== 200 || !parsed || parsed.errors) throw new Error(`HTTP ${status}: ${text.slice(0, 500)}`);
    return parsed.data;
  };
}
