import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api.close());

const COMMON = 'id kind name nameEn aliases summary summaryZh sources { documentId start end quote }';
const PLEDGE = `${COMMON} text metric target unit comparator year status bureauId attributionNote confidence`;
const ENTITY = `__typename ${COMMON} ... on Pledge { ${PLEDGE} } ... on Document { title date reporters }`;
const STEP = 'title titleZh narration narrationZh notes notesZh focus highlight selection layout positions { id x y } viewport { zoom x y }';
const SUBGRAPH = `truncated nodes { ${ENTITY} } edges { id type source target sources { quote } note confidence }`;

// Every root field selected as deeply as the schema allows: each must cost exactly one query.
const OPERATIONS: Record<string, string> = {
  search: `{ search(text: "复兴之路") { score entity { ${ENTITY} } } }`,
  entity: `{ entity(id: "project:fuxing-road-culture-technology-project") { ${ENTITY} } }`,
  neighborhood: `{ neighborhood(ids: ["project:fuxing-road-culture-technology-project"], depth: 3) { ${SUBGRAPH} } }`,
  paths: `{ paths(from: "enterprise:zto-express", to: "place:sihekou-port") { ${SUBGRAPH} } }`,
  sharedByBureaus: `{ sharedByBureaus { entity { ${ENTITY} } bureaus { ${ENTITY} } pledges { ${PLEDGE} } } }`,
  investmentTargets: `{ investmentTargets { enterprise { ${ENTITY} } bureaus { ${ENTITY} } pledges { ${PLEDGE} } destinations { ${ENTITY} } relations stage stageVerb
    byBureau { bureau { ${ENTITY} } pledges { ${PLEDGE} } relations stage stageVerb stageQuote destinations { ${ENTITY} } sources { documentId start end quote } } } }`,
  pledges: `{ pledges { ${PLEDGE} } }`,
  document: `{ document(id: "document:taibai-2023-pledges") { ${COMMON} title date reporters text subtitle place } }`,
  entities: `{ entities(kinds: [BUREAU, PLEDGE]) { ${ENTITY} } }`,
  citations: `{ citations(documentId: "document:taibai-2023-pledges") { span { documentId start end quote } entityId edgeId } }`,
  walkthroughs: `{ walkthroughs { id title titleZh origin updatedAt steps { ${STEP} } } }`,
  walkthrough: `{ walkthrough(id: "walkthrough:pledges-at-a-glance") { id title titleZh origin updatedAt steps { ${STEP} } } }`,
  stats: `{ stats { kinds { key count } relationships { key count } } }`,
};

describe('one Cypher query per root field', () => {
  it.each(Object.entries(OPERATIONS))('%s runs exactly one query, whatever the selection', async (_field, query) => {
    api.queries.length = 0;
    const body = await api.gql(query);
    expect(body.errors).toBeUndefined();
    expect(api.queries).toHaveLength(1);
  });

  it('an operation with several root fields runs one query per field', async () => {
    api.queries.length = 0;
    const body = await api.gql(`{ stats { kinds { key } } pledges { id } walkthroughs { id } }`);
    expect(body.errors).toBeUndefined();
    expect(api.queries).toHaveLength(3);
  });

  it('passes user input as parameters, never in the Cypher text', async () => {
    api.queries.length = 0;
    const marker = 'zz-marker-复兴';
    const body = await api.gql(
      `query($t: String!, $id: ID!) { search(text: $t) { score } entity(id: $id) { id } pledges(bureauId: "bureau:construction") { id } }`,
      { t: marker, id: marker },
    );
    expect(body.errors).toBeUndefined();
    expect(api.queries).toHaveLength(3);
    for (const query of api.queries) expect(query.cypher).not.toContain('marker');
  });
});
