import http from 'node:http';
import type { Executor } from '../server/db/executor.js';
import type { ApiOp, ComparedOp } from './apiOps.js';
import { graphqlClient } from './graphqlClient.js';
import { percentiles, type Timing } from './percentiles.js';
import { postGraphql } from './postGraphql.js';
import type { Operation } from './readMix.js';
import { prng } from './syntheticGraph.js';

export interface OpFigures {
  name: string;
  c1: Timing;
  c8: Timing;
  /** The same Cypher through the driver, one at a time. */
  driver: Timing;
  /** Answers that were not a clean 200 in the 8-client run (refusals, errors). */
  c8Errors: number;
}

export interface ApiBudget {
  inputs: number;
  /** Each single measurement stops early after this long (bounded runs). */
  budgetMs: number;
  /** Untimed warm-up requests per way. */
  warmup: number;
}

/** Times one operation: driver vs GraphQL alternately at 1 client, then GraphQL at 8 clients. */
export async function measureOp(op: ApiOp, url: string, executor: Executor, budget: ApiBudget, seed: number): Promise<OpFigures> {
  const random = prng(seed);
  const inputs = Array.from({ length: budget.inputs }, () => op.input(random));
  const gql = graphqlClient(url);
  const [driver, c1] = await alternate(
    inputs,
    (input) => op.cypher(executor, input),
    (input) => {
      const { query, variables } = op.graphql(input);
      return gql(query, variables);
    },
    budget,
  );
  const { timing: c8, errors } = await concurrent(url, inputs.map(op.graphql), 8, budget.budgetMs);
  return { name: op.name, c1, c8, driver, c8Errors: errors };
}

/** Ours vs @neo4j/graphql on the same inputs, alternately, one client, both over HTTP. */
export async function compareOp(
  op: ComparedOp,
  ours: string,
  theirs: string,
  budget: ApiBudget,
  seed: number,
): Promise<{ name: string; ours: Timing; theirs: Timing }> {
  const random = prng(seed);
  const inputs = Array.from({ length: budget.inputs }, () => op.input(random));
  const [a, b] = [graphqlClient(ours), graphqlClient(theirs)];
  const send = (client: typeof a, operation: Operation) => client(operation.query, operation.variables);
  const [oursTiming, theirsTiming] = await alternate(
    inputs,
    (input) => send(a, op.ours(input)),
    (input) => send(b, op.theirs(input)),
    budget,
  );
  return { name: op.name, ours: oursTiming, theirs: theirsTiming };
}

/**
 * Two ways over the same inputs, in alternating order per input (neither meets a database the
 * other has warmed), after an untimed warm-up of both.
 */
async function alternate<T>(
  inputs: T[],
  first: (input: T) => Promise<unknown>,
  second: (input: T) => Promise<unknown>,
  { budgetMs, warmup }: ApiBudget,
): Promise<[Timing, Timing]> {
  // A failure (a timeout on a busy machine) is counted, not timed, and does not stop the run.
  const failures: [number, number] = [0, 0];
  const attempt = (which: 0 | 1, input: T) =>
    (which === 0 ? first : second)(input).then(
      () => true,
      () => (failures[which]++, false),
    );
  for (const input of inputs.slice(0, warmup)) {
    await attempt(0, input);
    await attempt(1, input);
  }
  const durations: [number[], number[]] = [[], []];
  const deadline = performance.now() + budgetMs;
  for (const [i, input] of inputs.entries()) {
    for (const which of i % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)) {
      const started = performance.now();
      if (await attempt(which, input)) durations[which].push(performance.now() - started);
    }
    if (performance.now() > deadline) break;
  }
  if (failures[0] || failures[1]) process.stderr.write(`  (${failures[0]} and ${failures[1]} requests failed and were not timed)\n`);
  return [percentiles(durations[0]), percentiles(durations[1])];
}

/** `clients` loops, each on its own kept-alive socket, sharing one queue of requests. */
export async function concurrent(url: string, operations: Operation[], clients: number, budgetMs: number): Promise<{ timing: Timing; errors: number }> {
  const durations: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + budgetMs;
  const loop = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (next < operations.length && performance.now() < deadline) {
        const { query, variables } = operations[next++]!;
        const started = performance.now();
        const { status, text } = await postGraphql(url, agent, query, variables);
        durations.push(performance.now() - started);
        if (status !== 200 || text.includes('"errors"')) errors++;
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return { timing: percentiles(durations), errors };
}
