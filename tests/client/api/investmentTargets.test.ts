import { describe, expect, it } from 'vitest';
import type { GraphqlRequest } from '../../../client/src/api/graphqlRequest.js';
import { fetchInvestmentTargets, TARGETS_PAGE } from '../../../client/src/api/investmentTargets.js';

type Vars = { bureauId: string | null; limit: number; after: string | null };

/** A server holding `count` targets, answering pages as the API does (by id here: ids sort as names). */
function serverOf(count: number, calls: Vars[], stuck = false): GraphqlRequest {
  const all = Array.from({ length: count }, (_, i) => ({ enterprise: { id: `enterprise:${String(i).padStart(6, '0')}` } }));
  return ((_operation: unknown, variables: Vars) => {
    calls.push(variables);
    const start = stuck || variables.after === null ? 0 : all.findIndex((t) => t.enterprise.id === variables.after) + 1;
    return Promise.resolve({ investmentTargets: all.slice(start, start + variables.limit) });
  }) as unknown as GraphqlRequest;
}

describe('fetchInvestmentTargets', () => {
  it('asks page after page, each after the last enterprise, until a short page', async () => {
    const calls: Vars[] = [];
    const targets = await fetchInvestmentTargets(serverOf(2 * TARGETS_PAGE + 7, calls), 'bureau:x');
    expect(targets).toHaveLength(2 * TARGETS_PAGE + 7);
    expect(new Set(targets.map((t) => t.enterprise.id)).size).toBe(targets.length);
    expect(calls.map((c) => [c.bureauId, c.limit, c.after])).toEqual([
      ['bureau:x', TARGETS_PAGE, null],
      ['bureau:x', TARGETS_PAGE, targets[TARGETS_PAGE - 1]!.enterprise.id],
      ['bureau:x', TARGETS_PAGE, targets[2 * TARGETS_PAGE - 1]!.enterprise.id],
    ]);
  });

  it('asks once more after an exactly full last page, and stops on an empty one', async () => {
    const calls: Vars[] = [];
    expect(await fetchInvestmentTargets(serverOf(TARGETS_PAGE, calls))).toHaveLength(TARGETS_PAGE);
    expect(calls).toHaveLength(2);
  });

  it('stops when the cursor does not move (a server answering the same page again)', async () => {
    const calls: Vars[] = [];
    await fetchInvestmentTargets(serverOf(3 * TARGETS_PAGE, calls, true));
    expect(calls).toHaveLength(2);
  });
});
