import { describe, expect, it } from 'vitest';
import { bureauReachQuery } from '../../../server/cypher/bureauReach.js';
import { citationsQuery } from '../../../server/cypher/citations.js';
import { entitiesQuery } from '../../../server/cypher/entities.js';
import { entityQuery } from '../../../server/cypher/entity.js';
import { investmentTargetsQuery } from '../../../server/cypher/investmentTargets.js';
import { neighborhoodQuery } from '../../../server/cypher/neighborhood.js';
import { pathsQuery } from '../../../server/cypher/paths.js';
import { pledgesQuery } from '../../../server/cypher/pledges.js';
import { searchQuery } from '../../../server/cypher/search.js';
import { sharedByBureausQuery } from '../../../server/cypher/sharedByBureaus.js';

describe('every builder', () => {
  it('keeps argument values out of the Cypher text', () => {
    const hostile = "x'}) DETACH DELETE n //";
    for (const query of [
      searchQuery({ text: hostile, kinds: [hostile], limit: 5 }),
      neighborhoodQuery({ ids: [hostile], depth: 1, kinds: [hostile], limit: 5 }),
      pathsQuery(hostile, hostile, 3),
      sharedByBureausQuery({ kinds: [hostile], minBureaus: 2, limit: 5, withPledges: true }),
      bureauReachQuery([hostile]),
      investmentTargetsQuery(hostile),
      pledgesQuery(hostile),
      entityQuery(hostile),
      entitiesQuery([hostile], 5),
      citationsQuery(hostile),
    ]) {
      expect(query.cypher).not.toContain('DETACH');
    }
  });
});
