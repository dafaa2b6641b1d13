import http from 'node:http';

/**
 * One GraphQL POST over plain node:http on the given agent (kept-alive sockets: fetch, on
 * undici, cost about 1 ms of client CPU per request, booked as the server's on a shared
 * machine). Resolves with the status and the raw body, whatever they are; rejects only when the
 * request or the answer breaks off (the error's code says which: BROKEN_RESPONSE for the answer).
 */
export function postGraphql(url: string, agent: http.Agent, query: string, variables: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const { hostname, port, pathname } = new URL(url);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
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
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', () => reject(Object.assign(new Error('the answer broke off'), { code: 'BROKEN_RESPONSE', status: response.statusCode ?? 0 })));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
