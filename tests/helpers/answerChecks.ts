import { expect } from 'vitest';
import type { GraphQLBody } from './graphqlPost.js';
import type { TestApi } from './testApi.js';

export interface RawAnswer<T = any> {
  status: number;
  /** The body as sent, before parsing: what a stack trace would show up in. */
  text: string;
  body: GraphQLBody<T>;
}

/** POSTs one operation and keeps the answer as it came. A hang fails after 10 s, naming the input, instead of the test's timeout. */
export async function postRaw<T = any>(url: string, query: string, variables: Record<string, unknown>): Promise<RawAnswer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // JSON.stringify writes a lone surrogate as the escape \udxxx: valid JSON, sent as is.
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let body: GraphQLBody<T>;
  try {
    body = JSON.parse(text) as GraphQLBody<T>;
  } catch {
    throw new Error(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, text, body };
}

const STACK_FRAME = /\bat [^"]*\.[cm]?[jt]s:\d+:\d+/;

/**
 * What any input must get: no server error, and only errors a client can act on — BAD_USER_INPUT
 * naming one of the field's `args`, or NOT_FOUND — never INTERNAL_SERVER_ERROR, never internals.
 */
export function expectWellFormed(answer: RawAnswer, args: string[]) {
  const shown = answer.text.slice(0, 500);
  expect(answer.status, shown).toBeLessThan(500);
  for (const error of answer.body.errors ?? []) {
    expect(['BAD_USER_INPUT', 'NOT_FOUND'], shown).toContain(error.extensions?.code);
    if (error.extensions?.code === 'BAD_USER_INPUT') expect(args, shown).toContain(error.extensions.argument);
    expect(error.extensions?.stacktrace, shown).toBeUndefined();
  }
  expect(answer.text).not.toMatch(STACK_FRAME);
}

/** The answer is the one refusal of `argument`, with no data. */
export function expectRefused(answer: RawAnswer, argument: string) {
  expect(answer.body.errors, answer.text.slice(0, 500)).toHaveLength(1);
  expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(answer.body.errors![0]!.message.startsWith(`Argument "${argument}" `)).toBe(true);
}

/** The answer says that `id` names nothing (for a list of ids: exactly `ids`, in any order). */
export function expectNotFound(answer: RawAnswer, id: string, ids: string[] = [id]) {
  expect(answer.body.errors, answer.text.slice(0, 500)).toHaveLength(1);
  const extensions = answer.body.errors![0]!.extensions as { code: string; id: string; ids: string[] };
  expect(extensions).toMatchObject({ code: 'NOT_FOUND', id });
  expect([...extensions.ids].sort()).toEqual([...ids].sort());
}

/** The answer has data and no errors; returns the data. */
export function expectAnswered<T>(answer: RawAnswer<T>): T {
  expect(answer.body.errors, answer.text.slice(0, 500)).toBeUndefined();
  return answer.body.data!;
}

export interface GraphFacts {
  /** Every entity's kind and name, by id. */
  entities: Map<string, { kind: string; name: string }>;
  /** Nodes per kind and relationships per type, as the `stats` query answers them. */
  stats: unknown;
}

/** What the graph holds now: the real ids for the arbitraries, and the counts a read-only run must leave as they are. */
export async function graphFacts(api: TestApi): Promise<GraphFacts> {
  const ask = () =>
    api.gql<{ entities: { id: string; kind: string; name: string }[]; stats: { kinds: { count: number }[] } }>(
      '{ entities(limit: 2000) { id kind name } stats { kinds { key count } relationships { key count } } }',
    );
  let body = await ask();
  // The first queries of a freshly started Neo4j compile their plans; on a busy machine that
  // can outlast the transaction timeout once. Later ones are cached.
  for (let retries = 2; retries > 0 && body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'; retries--) body = await ask();
  expect(body.errors).toBeUndefined();
  const { entities, stats } = body.data!;
  expect(entities).toHaveLength(stats.kinds.reduce((sum, kind) => sum + kind.count, 0)); // every id, none cut off
  return { entities: new Map(entities.map(({ id, kind, name }) => [id, { kind, name }])), stats };
}
