/** The embedded Neo4j cannot run here; the message tells the user what to install or set. */
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}
