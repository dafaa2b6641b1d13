import { bureauReachQuery } from '../cypher/bureauReach.js';
import type { CypherQuery } from '../db/CypherQuery.js';
import { LABELS, RELATIONSHIP_TYPES } from './model.js';
import type { SeedGraph } from './SeedGraph.js';

const BATCH = 500;

/** The walkthroughs the loader owns: marked SEED, or unmarked (stored before walkthroughs had an origin). */
const SEEDED = "(w.origin IS NULL OR w.origin = 'SEED')";

/** Entities and relationships the loader owns: all but those a user stored (ingestDocument marks them USER). */
const seeded = (x: string) => `coalesce(${x}.origin, 'SEED') <> 'USER'`;

/**
 * What reviewed documents added to any entity or relationship, seeded or not: the loader replaces
 * everything else of a seeded one, and keeps these (server/documents/).
 */
const USER_PROPERTIES = ['userSources', 'userDocumentIds', 'statusHistory'];
const keepUserProperties = (x: string) => `${x} += { ${USER_PROPERTIES.map((key) => `${key}: old.${key}`).join(', ')} }`;

/** Constraints and indexes; each runs on its own (Neo4j keeps schema and data changes apart). */
export function schemaQueries(): CypherQuery[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    // Substring search over the normalised names (CONTAINS is served by a text index).
    'CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (n:Entity) ON (n.searchKey)',
    'CREATE CONSTRAINT walkthrough_id IF NOT EXISTS FOR (w:Walkthrough) REQUIRE w.id IS UNIQUE',
    // The same text is the same document: ingestDocument MERGEs on it, and a second copy fails.
    'CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE',
    // Chinese: the CJK analyzer indexes overlapping character pairs, so any fragment a person
    // types (泗河口, 复兴之路) matches without a word list.
    "CREATE FULLTEXT INDEX entity_text_zh IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasesText, n.summaryZh] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
    // English: whole words, lower-cased, stop words kept (so "of" in a name still matches).
    "CREATE FULLTEXT INDEX entity_text_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.aliasesText, n.summary] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
    // English names alone, so that a name's words can rank above a summary's (search ranking).
    "CREATE FULLTEXT INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.aliasesText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
    // Pinyin of the Chinese names, matched from a syllable's start (search/pinyinForms.ts).
    'CREATE TEXT INDEX entity_pinyin_key IF NOT EXISTS FOR (n:Entity) ON (n.pinyinKey)',
    // sharedByBureaus starts from the entities most bureaus reach (cypher/bureauReach.ts).
    'CREATE INDEX entity_bureau_count IF NOT EXISTS FOR (n:Entity) ON (n.bureauCount)',
  ].map((cypher) => ({ cypher, params: {} }));
}

/**
 * The whole graph as one transaction's statements: entities gone from the seeds are deleted,
 * the rest MERGEd on id with their properties replaced; likewise for relationships. Labels and
 * relationship types come from the closed sets in model.ts, never from input, so splicing
 * them into the text is safe (Cypher cannot take them as parameters).
 */
export function graphWriteQueries(graph: SeedGraph): CypherQuery[] {
  const queries: CypherQuery[] = [
    { cypher: `MATCH (n:Entity) WHERE NOT n.id IN $ids AND ${seeded('n')} DETACH DELETE n`, params: { ids: graph.nodes.map((n) => n.id) } },
  ];
  for (const label of LABELS) {
    const rows = graph.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, props: n.props }));
    for (const batch of chunks(rows)) {
      queries.push({
        cypher: `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) WITH n, row, properties(n) AS old SET n = row.props, n:${label} SET ${keepUserProperties('n')}`,
        params: { rows: batch },
      });
    }
  }
  queries.push({
    cypher: `MATCH (:Entity)-[r]->(:Entity) WHERE (r.id IS NULL OR NOT r.id IN $ids) AND ${seeded('r')} DELETE r`,
    params: { ids: graph.edges.map((e) => e.id) },
  });
  for (const type of RELATIONSHIP_TYPES) {
    const rows = graph.edges.filter((e) => e.type === type).map((e) => ({ from: e.from, to: e.to, props: e.props }));
    for (const batch of chunks(rows)) {
      queries.push({
        cypher: `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) MERGE (a)-[r:${type}]->(b) WITH r, row, properties(r) AS old SET r = row.props SET ${keepUserProperties('r')}`,
        params: { rows: batch },
      });
    }
  }
  // Derived from the relationships just written (and those users added): rebuilt for all.
  queries.push(bureauReachQuery(null));
  const walkthroughIds = graph.walkthroughs.map((w) => w.id);
  queries.push(
    // Only seeded walkthroughs (origin SEED, or none in a store older than origins) are the
    // loader's: what users saved survives every load.
    { cypher: `MATCH (w:Walkthrough) WHERE ${SEEDED} AND NOT w.id IN $ids DETACH DELETE w`, params: { ids: walkthroughIds } },
    // A seed file that takes a user walkthrough's id (an exported one committed to the seeds,
    // say) wins the id; the user's walkthrough is kept under a new one, never overwritten.
    {
      cypher:
        "UNWIND $ids AS id MATCH (w:Walkthrough {id: id}) WHERE w.origin = 'USER' " +
        "SET w.id = id + '-user-' + left(replace(randomUUID(), '-', ''), 8), w.renamedFrom = id",
      params: { ids: walkthroughIds },
    },
    {
      cypher: 'UNWIND $rows AS row MERGE (w:Walkthrough {id: row.id}) SET w = row.props',
      params: { rows: graph.walkthroughs.map((w) => ({ id: w.id, props: { id: w.id, ...w.props } })) },
    },
  );
  return queries;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Written in the same transaction as the graph: which seeds the stored graph came from. */
export function recordSeedHash(hash: string): CypherQuery {
  return { cypher: "MERGE (s:SeedState {id: 'seeds'}) SET s.hash = $hash, s.loadedAt = datetime()", params: { hash } };
}

/** Everything needed to tell whether the stored graph is the seed graph (storedGraphDiff). */
export function storedGraphQuery(): CypherQuery {
  return {
    cypher: `
OPTIONAL MATCH (s:SeedState {id: 'seeds'})
CALL { MATCH (n:Entity) WHERE ${seeded('n')} RETURN collect(n.id + '|' + [label IN labels(n) WHERE label <> 'Entity'][0]) AS nodes }
CALL { MATCH (:Entity)-[r]->(:Entity) WHERE ${seeded('r')} RETURN collect(r.id) AS edges }
CALL { MATCH (w:Walkthrough) WHERE ${SEEDED} RETURN collect(w.id) AS walkthroughs }
RETURN s.hash AS hash, nodes, edges, walkthroughs`.trim(),
    params: {},
  };
}
