import type { Step, Walkthrough, WalkthroughOrigin } from '../generated/graphql.js';

/** A Walkthrough node's properties as Neo4j returns them; steps are JSON (no nested maps in properties). */
export interface StoredWalkthrough {
  id: string;
  title: string;
  titleZh?: string;
  steps: string;
  origin?: WalkthroughOrigin;
  updatedAt?: string;
}

/** Stored node → GraphQL object: lists default to empty, an unmarked walkthrough is a seed (older stores). */
export function toWalkthrough({ id, title, titleZh, steps, origin, updatedAt }: StoredWalkthrough): Walkthrough {
  return {
    id,
    title,
    titleZh: titleZh ?? null,
    origin: origin ?? 'SEED',
    updatedAt: updatedAt ?? null,
    steps: (JSON.parse(steps) as Partial<Step>[]).map((step) => ({ highlight: [], selection: [], positions: [], ...step }) as Step),
  };
}
