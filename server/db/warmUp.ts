import { citationsQuery } from '../cypher/citations.js';
import { entitiesQuery } from '../cypher/entities.js';
import { investmentTargetsQuery } from '../cypher/investmentTargets.js';
import { documentQuery } from '../cypher/entity.js';
import { neighborhoodQuery } from '../cypher/neighborhood.js';
import { searchQuery } from '../cypher/search.js';
import { sharedByBureausQuery } from '../cypher/sharedByBureaus.js';
import { walkthroughsQuery } from '../cypher/walkthroughs.js';
import type { Executor } from './executor.js';

/**
 * Runs once each query shape the first screen, a first search and the other views' first
 * screens (matrix, targets, walkthroughs) use, before the server
 * listens: Neo4j plans a query the first time it sees its text, which made the very first
 * page load after a start take ~3 s instead of ~0.6 s. Plans are cached by text, so the
 * arguments here do not matter; failures only cost the warm-up.
 */
export async function warmUp(executor: Executor): Promise<void> {
  // Also plans the first screen's own entities query: the text is the same, only kinds differ.
  const [entities] = await executor.read(entitiesQuery(['BUREAU', 'DOCUMENT'], 100));
  const ids = (entities?.get('nodes') ?? []) as { id: string; kind: string }[];
  const bureaus = ids.filter((n) => n.kind === 'BUREAU').map((n) => n.id);
  const document = ids.find((n) => n.kind === 'DOCUMENT')?.id;
  const queries = [
    sharedByBureausQuery({ kinds: null, minBureaus: 2, limit: 500, withPledges: true }),
    sharedByBureausQuery({ kinds: null, minBureaus: 2, limit: 500, withPledges: false }),
    investmentTargetsQuery(null),
    walkthroughsQuery(),
    searchQuery({ text: '复兴', kinds: null, limit: 8 }),
    searchQuery({ text: 'port', kinds: null, limit: 8 }),
    searchQuery({ text: '复兴 port', kinds: null, limit: 8 }),
  ];
  if (bureaus.length) queries.push(neighborhoodQuery({ ids: bureaus, depth: 1, kinds: null, limit: 300 }));
  if (document) queries.push(documentQuery(document), citationsQuery(document));
  for (const query of queries) await executor.read(query);
}
