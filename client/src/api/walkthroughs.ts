import type { Step, Walkthrough } from '../generated/graphql.js';
import { graphqlRequest } from './graphqlRequest.js';

const WALKTHROUGHS = /* GraphQL */ `
  query Walkthroughs {
    walkthroughs { id title titleZh steps { title titleZh narration narrationZh focus } }
  }
`;

export type StepRecord = Pick<Step, 'title' | 'titleZh' | 'narration' | 'narrationZh' | 'focus'>;
export type WalkthroughRecord = Pick<Walkthrough, 'id' | 'title' | 'titleZh'> & { steps: StepRecord[] };

/** The guided walkthroughs for presenting, in the order the server lists them. */
export async function fetchWalkthroughs(): Promise<WalkthroughRecord[]> {
  return (await graphqlRequest<{ walkthroughs: WalkthroughRecord[] }>(WALKTHROUGHS)).walkthroughs;
}
