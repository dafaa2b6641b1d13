import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NeighborhoodDocument, SearchDocument } from '../../../client/src/generated/operations.js';
import { CANDIDATES } from '../../../server/cypher/search.js';
import { DEFAULT_MAX_QUERY_COST } from '../../../server/cost/fieldCosts.js';
import { operationCost } from '../../../server/cost/operationCost.js';
import { loadTypeDefs } from '../../../server/schema.js';

const schema = buildSchema(loadTypeDefs());
const ids = (n: number) => Array.from({ length: n }, (_, i) => `pledge:p${i}`);

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, document, operation, variables);
}

describe('operationCost', () => {
  it('counts a neighbourhood by its ids, depth and limit, with the defaults applied', () => {
    expect(cost(`{ neighborhood(ids: ["a"]) { truncated } }`).total).toBe(1 + 1 * 300);
    expect(cost(`query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2, limit: 1000) { truncated } }`, { ids: ids(200) }).total).toBe(200 + 2 * 1000);
    // Repeated ids are one seed; a kinds filter lets the walk cross four times as many nodes.
    expect(cost(`{ neighborhood(ids: ["a", "a"], limit: 10, kinds: [BUREAU]) { truncated } }`).total).toBe(1 + 4 * 10);
  });

  it('counts paths by maxHops, search and entities by their limit, and a fixed price for the rest', () => {
    expect(cost(`{ paths(from: "a", to: "b", maxHops: 2) { truncated } }`).total).toBe(20);
    expect(cost(`{ paths(from: "a", to: "b") { truncated } }`).total).toBe(320);
    expect(cost(`{ search(text: "x") { score } }`).total).toBe(2 * CANDIDATES + 20);
    expect(cost(`{ entities(limit: 7) { id } }`).total).toBe(7);
    expect(cost(`{ stats { kinds { key } } walkthroughs { id } __typename }`).total).toBe(20 + 20 + 1);
  });

  it('adds up aliases and the root fields of fragments, each time they are spread', () => {
    const wide = `neighborhood(ids: $ids, depth: 3, limit: 2000) { truncated }`;
    const aliased = cost(`query($ids: [ID!]!) { a: ${wide} b: ${wide} }`, { ids: ids(200) });
    expect(aliased.total).toBe(2 * (200 + 3 * 2000));
    expect(aliased.fields.map((f) => f.responseKey)).toEqual(['a', 'b']);
    const spread = cost(`query { ...F ... on Query { ...F } } fragment F on Query { entities(limit: 100) { id } }`);
    expect(spread.total).toBe(200);
  });

  it('costs an out-of-range argument as its largest allowed value, leaving the range message to the resolver', () => {
    expect(cost(`{ entities(limit: 99999) { id } }`).total).toBe(2000);
    expect(cost(`{ paths(from: "a", to: "b", maxHops: 50) { truncated } }`).total).toBe(5 * 2 ** 8);
  });

  it('accepts any one field at its widest but the walks, so that the ranges in the schema mean what they say', () => {
    for (const field of [
      `paths(from: "a", to: "b", maxHops: 8) { nodes { id } }`,
      `entities(limit: 2000) { id }`,
      `search(text: "x", limit: 100) { score }`,
      `sharedByBureaus(minBureaus: 1) { entity { id } }`,
      `investmentTargets { enterprise { id } }`,
      `citations(documentId: "d") { entityId }`,
    ]) {
      expect(cost(`{ ${field} }`).total, field).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
    }
  });

  it("lets the explorer's widest requests through", () => {
    // loadIds asks for up to 200 ids at depth 1 with the client's default limit of 2000.
    expect(cost(NeighborhoodDocument.toString(), { ids: ids(200), depth: 1, limit: 2000 }).total).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
    expect(cost(SearchDocument.toString(), { text: '复兴', limit: 100 }).total).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST);
  });

  it('refuses what the prober sent: 15 aliases of a wide depth-3 neighbourhood', () => {
    const field = (i: number) => `n${i}: neighborhood(ids: $ids, depth: 3, limit: 2000) { truncated }`;
    const query = `query($ids: [ID!]!) { ${Array.from({ length: 15 }, (_, i) => field(i)).join(' ')} }`;
    expect(cost(query, { ids: ids(200) }).total).toBeGreaterThan(10 * DEFAULT_MAX_QUERY_COST);
  });
});
