import { sharedByBureausQuery, type SharedByBureausInput } from '../cypher/sharedByBureaus.js';
import type { Executor } from '../db/executor.js';
import type { NodeProps } from '../db/records.js';

/** One shared entity as stored: its bureaus (by id) and, when asked for, their pledges. */
export interface StoredShared {
  entity: NodeProps;
  bureaus: NodeProps[];
  pledges: NodeProps[];
}

interface Entry {
  at: number;
  entity: NodeProps;
  bureauIds: string[];
  pledges: NodeProps[];
}

/** sharedByBureaus as the resolver and the CSV export use it: one query, bureaus joined by id, in rank order. */
export async function readSharedByBureaus(executor: Executor, input: SharedByBureausInput): Promise<StoredShared[]> {
  const [record] = await executor.read(sharedByBureausQuery(input));
  if (!record) return [];
  const bureaus = new Map((record.get('bureaus') as NodeProps[]).map((b) => [b.id, b]));
  return (record.get('entries') as Entry[])
    .sort((a, b) => Number(a.at) - Number(b.at))
    .map(({ entity, bureauIds, pledges }) => ({
      entity,
      // bureauIds is sorted (cypher/bureauReach.ts); a bureau deleted since the last count is left out.
      bureaus: bureauIds.flatMap((id) => bureaus.get(id) ?? []),
      pledges,
    }));
}
