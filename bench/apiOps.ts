import { entityQuery } from '../server/cypher/entity.js';
import { neighborhoodQuery } from '../server/cypher/neighborhood.js';
import { pathsQuery } from '../server/cypher/paths.js';
import { pledgesQuery } from '../server/cypher/pledges.js';
import { searchQuery } from '../server/cypher/search.js';
import type { Executor } from '../server/db/executor.js';
import type { SeedGraph } from '../server/load/SeedGraph.js';
import { normalizeForSearch } from '../server/search/normalizeForSearch.js';
import { readSharedByBureaus } from '../server/sharing/readSharedByBureaus.js';
import { storedProps } from '../server/resolvers/storedProps.js';
import { readInvestmentTargets, TARGET_PROPS } from '../server/targets/investmentTargets.js';
import type { Operation } from './readMix.js';

/** One API operation: a random input, the GraphQL request for it, and the same Cypher through the driver. */
export interface ApiOp<T = unknown> {
  name: string;
  input: (random: () => number) => T;
  graphql: (input: T) => Operation;
  /** What the resolver sends, through the executor: the GraphQL overhead is measured against it. */
  cypher: (executor: Executor, input: T) => Promise<unknown>;
}

/** An operation that @neo4j/graphql can express too, on the same inputs. */
export interface ComparedOp<T = unknown> {
  name: string;
  input: (random: () => number) => T;
  ours: (input: T) => Operation;
  theirs: (input: T) => Operation;
}

const op = <T>(spec: ApiOp<T>) => spec as ApiOp;
const compared = <T>(spec: ComparedOp<T>) => spec as ComparedOp;
const KINDS = ['PROJECT', 'PLACE', 'ENTERPRISE', 'INSTITUTION'];

const SEARCH = 'query($text: String!) { search(text: $text) { score entity { id kind name nameEn } } }';
const NEIGHBORHOOD = `query($id: ID!, $depth: Int!) { neighborhood(ids: [$id], depth: $depth) { truncated nodes { id kind name nameEn } edges { id type source target } } }`;
// One page each, of the API's default size (the schema's limits): a hub bureau courts 6,481
// companies and makes 10,704 pledges at M; the explorer asks pages of 2,000 targets.
const TARGETS_PAGE = 500;
const PLEDGES_PAGE = 2000;
const TARGETS = `query($b: ID, $limit: Int) { investmentTargets(bureauId: $b, limit: $limit) { enterprise { id name } destinations { id name } bureaus { id } } }`;
const PLEDGES = `query($b: ID) { pledges(bureauId: $b, limit: ${PLEDGES_PAGE}) { id name nameEn } }`;

/**
 * The operations timed, with inputs drawn from the loaded graph: what people type (a 2–3
 * character piece of a Chinese name, an English word, a pinyin syllable pair), any entity, any
 * two entities, any bureau. The last two are the views' queries: a bureau's pledges (the
 * pledge list) and one entity (the details panel).
 */
export function apiOps(graph: SeedGraph): { ops: ApiOp[]; compared: ComparedOp[] } {
  const ids = graph.nodes.map((n) => n.id);
  const bureaus = graph.nodes.filter((n) => n.label === 'Bureau').map((n) => n.id);
  const pledges = graph.nodes.filter((n) => n.label === 'Pledge').map((n) => n.id);
  const pick = <T>(items: T[], random: () => number) => items[Math.floor(random() * items.length)]!;
  const text = (random: () => number) => {
    const node = pick(graph.nodes, random);
    const roll = random();
    if (roll < 0.5) {
      const name = String(node.props.name);
      const at = Math.floor(random() * (name.length - 2));
      return name.slice(at, at + 2 + (roll < 0.25 ? 1 : 0));
    }
    if (roll < 0.8) return String(node.props.nameEn).split(' ')[0]!;
    return (node.props.aliases as string[])[1]!;
  };
  const neighborhood = (depth: number) =>
    op<string>({
      name: `neighborhood${depth}`,
      input: (random) => pick(ids, random),
      graphql: (id) => ({ name: `neighborhood${depth}`, query: NEIGHBORHOOD, variables: { id, depth } }),
      cypher: (executor, id) => executor.read(neighborhoodQuery({ ids: [id], depth, kinds: null, limit: 300 })),
    });
  const ops: ApiOp[] = [
    op<string>({
      name: 'search',
      input: text,
      graphql: (t) => ({ name: 'search', query: SEARCH, variables: { text: t } }),
      cypher: (executor, t) => executor.read(searchQuery({ text: t, kinds: null, limit: 20 })),
    }),
    neighborhood(1),
    neighborhood(2),
    op<[string, string]>({
      name: 'paths',
      input: (random) => [pick(ids, random), pick(ids, random)],
      graphql: ([from, to]) => ({
        name: 'paths',
        query: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6) { nodes { id name } edges { id type source target } } }',
        variables: { from, to },
      }),
      cypher: (executor, [from, to]) => executor.read(pathsQuery(from, to, 6)),
    }),
    op<{ kinds: string[] | null; minBureaus: number }>({
      name: 'sharedByBureaus',
      // The shared view asks for one kind or all, and slides the bureau count.
      input: (random) => ({ kinds: random() < 0.3 ? null : [pick(KINDS, random)], minBureaus: 2 + Math.floor(random() * Math.max(1, bureaus.length - 1)) }),
      graphql: (variables) => ({
        name: 'sharedByBureaus',
        query:
          'query($kinds: [EntityKind!], $minBureaus: Int) { sharedByBureaus(kinds: $kinds, minBureaus: $minBureaus) { entity { id name } bureaus { id } } }',
        variables,
      }),
      // What the resolver sends for this selection: the default limit, no pledges, ids and names.
      cypher: (executor, { kinds, minBureaus }) =>
        readSharedByBureaus(executor, { kinds, minBureaus, limit: 500, withPledges: false, props: storedProps(['id', 'name']) }),
    }),
    op<string>({
      name: 'investmentTargets',
      input: (random) => pick(bureaus, random),
      graphql: (b) => ({ name: 'investmentTargets', query: TARGETS, variables: { b, limit: TARGETS_PAGE } }),
      // The request selects no stage and no quote, and ids and names: the resolver reads so, and so does this.
      cypher: (executor, b) => readInvestmentTargets(executor, b, { withQuotes: false, props: storedProps(['id', 'name'], TARGET_PROPS), limit: TARGETS_PAGE }),
    }),
    op<string>({
      name: 'pledges',
      input: (random) => pick(bureaus, random),
      graphql: (b) => ({ name: 'pledges', query: PLEDGES, variables: { b } }),
      cypher: (executor, b) => executor.read(pledgesQuery(b, { props: storedProps(['id', 'name', 'nameEn']), limit: PLEDGES_PAGE })),
    }),
    op<string>({
      name: 'entity',
      input: (random) => pick(ids, random),
      graphql: (id) => ({ name: 'entity', query: 'query($id: ID!) { entity(id: $id) { id kind name nameEn summary aliases } }', variables: { id } }),
      cypher: (executor, id) => executor.read(entityQuery(id)),
    }),
  ];
  return { ops, compared: comparedOps(text, pledges, bureaus, onePageBureaus(graph), pick) };
}

const NAMED = '... on Entity { id name }';

/** What both can answer alike: the substring-search branch, a pledge's neighbours, a bureau's pledges and targets. */
function comparedOps(
  text: (random: () => number) => string,
  pledges: string[],
  bureaus: string[],
  /** Bureaus whose targets fit in one of our pages: theirs cannot page companies, so both answer whole. */
  targetsBureaus: string[],
  pick: <T>(items: T[], random: () => number) => T,
): ComparedOp[] {
  return [
    compared<string>({
      name: 'search',
      input: text,
      ours: (t) => ({ name: 'search', query: SEARCH, variables: { text: t } }),
      // Our first search branch (the text index on searchKey); ours then ranks three more.
      theirs: (t) => ({
        name: 'search',
        query: 'query($key: String!) { entities(where: { searchKey: { contains: $key } }, limit: 20) { id kind name nameEn } }',
        variables: { key: normalizeForSearch(t) },
      }),
    }),
    compared<string>({
      name: 'neighborhood1',
      input: (random) => pick(pledges, random),
      ours: (id) => ({ name: 'neighborhood1', query: NEIGHBORHOOD, variables: { id, depth: 1 } }),
      theirs: (id) => ({
        name: 'neighborhood1',
        query: `query($id: ID!) { pledges(where: { id: { eq: $id } }) { id kind name nameEn madeBy { id name } concerns { ${NAMED} } targets { ${NAMED} } partners { ${NAMED} } destinedFor { ${NAMED} } assignedBy { id name } } }`,
        variables: { id },
      }),
    }),
    compared<string>({
      name: 'investmentTargets',
      input: (random) => pick(targetsBureaus, random),
      ours: (b) => ({ name: 'investmentTargets', query: TARGETS, variables: { b, limit: MAX_TARGETS_PAGE } }),
      theirs: (b) => ({
        name: 'investmentTargets',
        query: `query($b: ID!) { bureaus(where: { id: { eq: $b } }) { id made { id targets { ${NAMED} } partners { ${NAMED} } destinedFor { ${NAMED} } } } }`,
        variables: { b },
      }),
    }),
    compared<string>({
      name: 'pledges',
      input: (random) => pick(bureaus, random),
      ours: (b) => ({ name: 'pledges', query: PLEDGES, variables: { b } }),
      theirs: (b) => ({
        name: 'pledges',
        query: `query($b: ID!) { bureaus(where: { id: { eq: $b } }) { made(sort: [{ position: ASC }], limit: ${PLEDGES_PAGE}) { id name nameEn } } }`,
        variables: { b },
      }),
    }),
  ];
}

/** The largest page investmentTargets gives (its limit's range). */
const MAX_TARGETS_PAGE = 2000;

/** Bureaus courting at most MAX_TARGETS_PAGE companies and institutions, counted on the generated graph. */
function onePageBureaus(graph: SeedGraph): string[] {
  const courted = new Map<string, string[]>();
  for (const edge of graph.edges) if (edge.type === 'TARGETS' || edge.type === 'PARTNERS') courted.set(edge.from, [...(courted.get(edge.from) ?? []), edge.to]);
  const targets = new Map<string, Set<string>>();
  for (const edge of graph.edges)
    if (edge.type === 'MADE') for (const to of courted.get(edge.to) ?? []) targets.set(edge.from, (targets.get(edge.from) ?? new Set()).add(to));
  return graph.nodes.filter((n) => n.label === 'Bureau' && (targets.get(n.id)?.size ?? 0) <= MAX_TARGETS_PAGE).map((n) => n.id);
}
