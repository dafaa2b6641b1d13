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
 * The heaviest operations the cost limit accepts (each just under MAX_QUERY_COST = 2500, see
 * server/cost/fieldCosts.ts): an abusive client picks whichever is slowest and loops it.
 */
export function heavyAcceptedRequests(ids: GraphIds): Operation[] {
  const [a, b, c] = [ids.all[0], ids.all.at(-1), ids.all[Math.floor(ids.all.length / 2)]];
  return [
    {
      name: 'widest neighbourhood (200 ids)',
      query: `query($ids: [ID!]!) { ${wideNeighborhood} stats { kinds { key count } } }`,
      variables: { ids: ids.all.slice(0, 200) },
    },
    {
      name: 'paths: one of 8 hops, three of 6',
      query: `query($a: ID!, $b: ID!, $c: ID!) { p1: paths(from: $a, to: $b, maxHops: 8) { nodes { id } } p2: paths(from: $b, to: $c) { nodes { id } } p3: paths(from: $a, to: $c) { nodes { id } } p4: paths(from: $c, to: $a) { nodes { id } } }`,
      variables: { a, b, c },
    },
    {
      name: '2 × shared by bureaus',
      query: `{ s1: sharedByBureaus(minBureaus: 1) { entity { id } bureaus { id } } s2: sharedByBureaus(minBureaus: 2) { entity { id } } }`,
      variables: {},
    },
    {
      name: 'all targets + all pledges + stats',
      query: `{ investmentTargets { enterprise { id } destinations { id } } pledges { id name } stats { kinds { key count } } }`,
      variables: {},
    },
    { name: 'entities 2000 + search', query: `{ entities(limit: 2000) { id name summary aliases } search(text: "局") { score } }`, variables: {} },
  ];
}

/** What the prober sent: 15 aliases of a depth-3 neighbourhood of 200 ids — refused before it runs. */
export function overCostRequest(ids: GraphIds): Operation {
  const fields = Array.from({ length: 15 }, (_, i) => `n${i}: neighborhood(ids: $ids, depth: 3, limit: 2000) { nodes { id name } }`);
  return { name: '15 × depth-3 neighbourhood', query: `query($ids: [ID!]!) { ${fields.join(' ')} }`, variables: { ids: ids.all.slice(0, 200) } };
}
