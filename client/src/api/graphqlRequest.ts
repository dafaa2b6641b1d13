/** A GraphQL error as the server sends it: extensions.code says what kind of failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** The error's other extensions, e.g. `ids` of a NOT_FOUND. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** POST one operation to /graphql; network failures and GraphQL errors become ApiError. */
export async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached.', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] } | null;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', first.extensions);
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}.`, 'HTTP');
  return body.data;
}
