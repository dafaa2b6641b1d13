/** One GraphQL request: what the load clients send. */
export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Ids of the graph the load runs on, fetched once before it starts. */
export interface GraphIds {
  all: string[];
  bureaus: string[];
}

const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

/**
 * What the explorer's users send, in about the proportions they send it: typing in the search
 * box, opening and expanding a node, a bureau's pledges, a path now and then.
 */
export function normalRequest(ids: GraphIds, random: () => number): Operation {
  const roll = random();
  if (roll < 0.35) {
    const text = pick(['复兴', '项目', '招商', 'port', 'park', '泗河口', 'ZTO', '文旅', '企业', 'road'], random);
    return { name: 'search', query: `query($t: String!) { search(text: $t, limit: 12) { score entity { id name } } }`, variables: { t: text } };
  }
  if (roll < 0.7) {
    return {
      name: 'neighborhood',
      query: `query($ids: [ID!]!) { neighborhood(ids: $ids) { truncated nodes { id name } edges { id source target } } }`,
      variables: { ids: [pick(ids.all, random)] },
    };
  }
  if (roll < 0.85) {
    return { name: 'entity', query: `query($id: ID!) { entity(id: $id) { id name summary } }`, variables: { id: pick(ids.all, random) } };
  }
  if (roll < 0.95) {
    return { name: 'pledges', query: `query($b: ID) { pledges(bureauId: $b) { id name } }`, variables: { b: pick(ids.bureaus, random) } };
  }
  return {
    name: 'paths',
    query: `query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4) { nodes { id } } }`,
    variables: { a: pick(ids.all, random), b: pick(ids.all, random) },
  };
}

const wideNeighborhood = `neighborhood(ids: $ids, depth: 1, limit: 2000) { truncated nodes { id name summary } edges { id type source target sources { quote } } }`;

/**
 * The heaviest operations the cost limit accepts (each just under MAX_QUERY_COST = 3000): an
 * abusive client picks whichever is slowest and sends it in a loop.
 */
export function heavyAcceptedRequests(ids: GraphIds): Operation[] {
  const seeds = ids.all.slice(0, 200);
  return [
    {
      name: 'wide neighbourhood + search 100',
      query: `query($ids: [ID!]!) { ${wideNeighborhood} search(text: "项目", limit: 100) { score } }`,
      variables: { ids: seeds },
    },
    {
      name: '4 × paths (6 hops)',
      query: `query($a: ID!, $b: ID!, $c: ID!) { p1: paths(from: $a, to: $b) { nodes { id } } p2: paths(from: $b, to: $c) { nodes { id } } p3: paths(from: $a, to: $c) { nodes { id } } p4: paths(from: $c, to: $a) { nodes { id } } }`,
      variables: { a: ids.all[0], b: ids.all.at(-1), c: ids.all[Math.floor(ids.all.length / 2)] },
    },
    {
      name: '5 × whole-graph aggregations',
      query: `{ sharedByBureaus(minBureaus: 1) { entity { id } } investmentTargets { enterprise { id } } pledges { id } citations(documentId: "${ids.all.find((id) => id.startsWith('document:')) ?? 'document:none'}") { entityId } a: sharedByBureaus(minBureaus: 2) { entity { id } } }`,
      variables: {},
    },
    {
      name: 'entities 2000 + search 100',
      query: `{ entities(limit: 2000) { id name summary aliases } search(text: "局", limit: 100) { score } }`,
      variables: {},
    },
  ];
}

/** What the prober sent: 15 aliases of a depth-3 neighbourhood of 200 ids — refused before it runs. */
export function overCostRequest(ids: GraphIds): Operation {
  const fields = Array.from({ length: 15 }, (_, i) => `n${i}: neighborhood(ids: $ids, depth: 3, limit: 2000) { nodes { id name } }`);
  return { name: '15 × depth-3 neighbourhood', query: `query($ids: [ID!]!) { ${fields.join(' ')} }`, variables: { ids: ids.all.slice(0, 200) } };
}
