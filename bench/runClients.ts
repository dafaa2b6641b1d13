import http from 'node:http';
import { postGraphql } from './postGraphql.js';
import type { Operation } from './readMix.js';

/** One answered request: how long it took and how it ended. */
export interface Outcome {
  name: string;
  ms: number;
  status: number;
  /** extensions.code of the first error; '' for a clean answer. */
  code: string;
}

export interface ClientsOptions {
  url: string;
  /** Clients sending one request after another, each on its own kept-alive socket. */
  clients: number;
  next: (client: number) => Operation;
  /** Bounds: every client stops at the first of the two. */
  durationMs: number;
  maxRequestsPerClient: number;
  /** Stops early when it resolves (e.g. when the clients being measured are done). */
  until?: Promise<unknown>;
}

/** Runs `clients` request loops against a GraphQL endpoint over loopback; never throws for an answer. */
export async function runClients({ url, clients, next, durationMs, maxRequestsPerClient, until }: ClientsOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + durationMs;
  let stopped = false;
  void until?.then(() => (stopped = true));
  const loop = async (client: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < maxRequestsPerClient && !stopped && performance.now() < deadline; i++) {
        const operation = next(client);
        const started = performance.now();
        const { status, code } = await post(url, agent, operation);
        outcomes.push({ name: operation.name, ms: performance.now() - started, status, code });
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  return outcomes;
}

function post(url: string, agent: http.Agent, { query, variables }: Operation): Promise<{ status: number; code: string }> {
  return postGraphql(url, agent, query, variables).then(
    ({ status, text }) => ({ status, code: firstCode(text) }),
    (error: NodeJS.ErrnoException & { status?: number }) => ({ status: error.status ?? 0, code: error.code ?? 'NETWORK_ERROR' }),
  );
}

function firstCode(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.length ? (body.errors[0]?.extensions?.code ?? 'NO_CODE') : '';
  } catch {
    return 'NOT_JSON';
  }
}
