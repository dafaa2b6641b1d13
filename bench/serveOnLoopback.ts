import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

/** The Neo4j run.ts started, as it passes it in the environment. */
export function benchNeo4j(): { uri: string; user: string; password: string } {
  const { BENCH_NEO4J_URI: uri = '', BENCH_NEO4J_USER: user = 'neo4j', BENCH_NEO4J_PASSWORD: password = '' } = process.env;
  return { uri, user, password };
}

/**
 * How a bench server runs under run.ts: on 127.0.0.1 (any free port), one JSON line on stdout
 * with its GraphQL URL, and, when run.ts closes stdin, `stop` and exit.
 */
export function serveOnLoopback(app: Express, stop: () => Promise<unknown>): void {
  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` })}\n`);
  });
  process.stdin.resume();
  process.stdin.on('end', () => {
    server.close();
    void stop().then(() => process.exit(0));
  });
}
