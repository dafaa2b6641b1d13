import http from 'node:http';

/**
 * A GraphQL client over plain node:http with one kept-alive socket. The benchmark runs client
 * and server in one process on two cores: fetch (undici, web streams) spent about 1 ms of CPU
 * per request on the client side, which would be counted as the server's overhead. A browser
 * pays that cost on its own machine. Rejects on HTTP errors and on GraphQL errors.
 */
export function graphqlClient(url: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port, pathname } = new URL(url);
  return (query: string, variables: Record<string, unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const request = http.request(
        {
          host: hostname,
          port,
          path: pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            // Thrown here, a parse error would escape the promise: an HTML error page must reject.
            let parsed: { data?: unknown; errors?: unknown[] } | null;
            try {
              parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
            } catch {
              parsed = null;
            }
            if (response.statusCode !== 200 || !parsed || parsed.errors) reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 500)}`));
            else resolve(parsed.data);
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}
