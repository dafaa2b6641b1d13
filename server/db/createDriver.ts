import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** How long a query waits for a connection before the request fails as unavailable. */
  connectionTimeoutMs?: number;
}

/** One driver per process. bolt:// or neo4j+s:// (Aura, clusters) alike: the scheme picks routing. */
export function createDriver({ uri, user, password, connectionTimeoutMs = 5000 }: DriverOptions): Driver {
  // A server without authentication (NEO4J_URI with auth off) is reached with no password.
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(uri, auth, {
    // Counts and offsets here stay far below 2^53: plain numbers spare every caller a conversion.
    disableLosslessIntegers: true,
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: connectionTimeoutMs,
    maxTransactionRetryTime: connectionTimeoutMs,
    userAgent: 'pledge-graph-explorer',
  });
}
