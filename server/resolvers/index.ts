import type { Resolvers } from '../generated/graphql.js';
import { citations } from './citations.js';
import { entities } from './entities.js';
import { document, entity } from './entity.js';
import { investmentTargets } from './investmentTargets.js';
import { neighborhood } from './neighborhood.js';
import { paths } from './paths.js';
import { pledges } from './pledges.js';
import { search } from './search.js';
import { sharedByBureaus } from './sharedByBureaus.js';
import { stats } from './stats.js';
import { deleteWalkthrough } from './deleteWalkthrough.js';
import { importWalkthrough } from './importWalkthrough.js';
import { saveWalkthrough } from './saveWalkthrough.js';
import { walkthrough, walkthroughs } from './walkthroughs.js';
import { documents } from './documents.js';
import { ingestDocument } from './ingestDocument.js';
import { draftDocument } from './draftDocument.js';

// Each root field runs exactly one Cypher query that returns the whole nested answer; there
// are no field resolvers below the root, so no selection can cause further round trips.
export const resolvers: Resolvers = {
  Query: {
    search,
    entity,
    entities,
    neighborhood,
    paths,
    sharedByBureaus,
    investmentTargets,
    pledges,
    document,
    documents,
    citations,
    walkthroughs,
    walkthrough,
    stats,
    draftDocument,
  },
  // Each runs one write transaction; requireEditor (server/auth) has let only editors through.
  Mutation: { saveWalkthrough, deleteWalkthrough, importWalkthrough, ingestDocument },
};
