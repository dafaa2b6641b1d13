import { describe, expect, it } from 'vitest';
import { citationsQuery } from '../../../server/cypher/citations.js';
import { entitiesQuery } from '../../../server/cypher/entities.js';
import { documentQuery, entityQuery } from '../../../server/cypher/entity.js';
import { investmentTargetsQuery } from '../../../server/cypher/investmentTargets.js';
import { neighborhoodQuery } from '../../../server/cypher/neighborhood.js';
import { pathsQuery } from '../../../server/cypher/paths.js';
import { pledgesQuery } from '../../../server/cypher/pledges.js';
import { searchQuery } from '../../../server/cypher/search.js';
import { sharedByBureausQuery } from '../../../server/cypher/sharedByBureaus.js';
import { walkthroughsQuery } from '../../../server/cypher/walkthroughs.js';

// Snapshots make every change to the generated Cypher visible in review.
describe('Cypher builders', () => {
  it('search: substring and both full-text indexes for mixed text', () => {
    expect(searchQuery({ text: '复兴之路 Fuxing', kinds: ['PROJECT'], limit: 10 })).toMatchSnapshot();
  });

  it('search: English only skips the Chinese index; punctuation only asks nothing', () => {
    const english = searchQuery({ text: 'Sihekou', kinds: null, limit: 20 });
    expect(english.cypher).not.toContain('entity_text_zh');
    expect(english).toMatchSnapshot();
    expect(searchQuery({ text: '"*~', kinds: null, limit: 20 }).cypher).toBe('RETURN [] AS hits');
  });

  it('neighborhood: one text for every depth, the depth a parameter', () => {
    const [one, three] = [1, 3].map((depth) => neighborhoodQuery({ ids: ['place:shiqiao'], depth, kinds: null, limit: 300 }));
    expect(one!.cypher).toBe(three!.cypher);
    expect(one!.cypher.match(/MATCH \(f\)--\(n:Entity\)/g)).toHaveLength(3);
    expect(Number(three!.params.depth)).toBe(3);
    expect(three).toMatchSnapshot();
  });

  it('paths, shared, targets, pledges, entity, document, walkthroughs', () => {
    expect(pathsQuery('enterprise:zto-express', 'place:sihekou-port', 6)).toMatchSnapshot();
    expect(sharedByBureausQuery(['PROJECT', 'PLACE'], 2)).toMatchSnapshot();
    expect(investmentTargetsQuery('bureau:investment-promotion')).toMatchSnapshot();
    expect(pledgesQuery(null)).toMatchSnapshot();
    expect(entityQuery('place:shiqiao')).toMatchSnapshot();
    expect(documentQuery('document:taibai-2023-pledges')).toMatchSnapshot();
    expect(walkthroughsQuery()).toMatchSnapshot();
    expect(entitiesQuery(['BUREAU'], 500)).toMatchSnapshot();
    expect(citationsQuery('document:taibai-2023-pledges')).toMatchSnapshot();
  });

  it('never writes argument values into the Cypher text', () => {
    expect(pathsQuery('a', 'b', 2).cypher).toBe(pathsQuery('a', 'b', 7).cypher);
    const hostile = "x'}) DETACH DELETE n //";
    for (const query of [
      searchQuery({ text: hostile, kinds: [hostile], limit: 5 }),
      neighborhoodQuery({ ids: [hostile], depth: 1, kinds: [hostile], limit: 5 }),
      pathsQuery(hostile, hostile, 3),
      sharedByBureausQuery([hostile], 2),
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
