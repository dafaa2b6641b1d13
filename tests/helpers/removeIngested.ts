import type { Executor } from '../../server/db/executor.js';

/**
 * Undoes every ingestDocument write, leaving the shared graph as the seeds made it: USER
 * entities and relationships deleted, what reviewed documents added to seeded ones removed.
 */
export async function removeIngested(executor: Executor): Promise<void> {
  await executor.writeAll(
    [
      "MATCH (n:Entity {origin: 'USER'}) DETACH DELETE n",
      "MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = 'USER' DELETE r",
      'MATCH (n:Entity) WHERE n.userSources IS NOT NULL OR n.userDocumentIds IS NOT NULL OR n.statusHistory IS NOT NULL REMOVE n.userSources, n.userDocumentIds, n.statusHistory',
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.userSources IS NOT NULL OR r.userDocumentIds IS NOT NULL REMOVE r.userSources, r.userDocumentIds',
    ].map((cypher) => ({ cypher, params: {} })),
  );
}
