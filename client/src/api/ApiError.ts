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
