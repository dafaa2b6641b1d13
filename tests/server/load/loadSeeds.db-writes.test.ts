import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../../server/db/executor.js';
import { graphWriteQueries } from '../../../server/load/loadQueries.js';
import { checkSeeds, loadSeeds, SEEDS_DIR } from '../../../server/load/loadSeeds.js';
import { seedFixture } from '../../helpers/seedFixture.js';
import { testExecutor } from '../../helpers/testExecutor.js';

let executor: Executor;
const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await executor.read({ cypher, params })).map((r) => r.toObject() as Record<string, any>);

/** Names of the bureaus whose pledges CONCERN the entity. */
const bureausConcerning = async (id: string) =>
  (await rows('MATCH (b:Bureau)-[:MADE]->(:Pledge)-[:CONCERNS]->(e:Entity {id: $id}) RETURN DISTINCT b.name AS name ORDER BY name', { id })).map((r) => r.name);

/** The pledge whose text is exactly `text`, with its bureau. */
const pledgeByText = async (text: string) => {
  const [row] = await rows('MATCH (b:Bureau)-[made:MADE]->(p:Pledge {text: $text}) RETURN b.name AS bureau, properties(p) AS p, properties(made) AS made', {
    text,
  });
  return row as { bureau: string; p: Record<string, any>; made: Record<string, any> };
};

const related = async (from: string, type: string, to: string) =>
  (await rows(`MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) AS n`, { from, type, to }))[0]!.n as number;

beforeAll(async () => {
  executor = testExecutor();
  await loadSeeds(executor);
});
afterAll(async () => {
  await loadSeeds(executor); // leave the real graph for the next test file
  await executor.close();
});

describe('the article graph in Neo4j', () => {
  it('stores every kind of the seeds, with as many nodes as the seed files define', async () => {
    const graph = checkSeeds();
    const expected: Record<string, number> = {};
    for (const node of graph.nodes) expected[node.label.toUpperCase()] = (expected[node.label.toUpperCase()] ?? 0) + 1;
    const stored = Object.fromEntries((await rows('MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n')).map((r) => [r.kind, r.n]));
    expect(stored).toEqual(expected);
    expect(stored).toMatchObject({ BUREAU: 5, DOCUMENT: 1 });
    expect(stored.PLEDGE).toBeGreaterThanOrEqual(60);
    const edges = (await rows('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'))[0]!.n;
    expect(edges).toBe(graph.edges.length);
  });

  it('keeps the document verbatim', async () => {
    const [doc] = await rows('MATCH (d:Document) RETURN d.text AS text, d.title AS title, d.date AS date, d.reporters AS reporters');
    expect(doc!.text).toBe(readFileSync(path.join(SEEDS_DIR, 'documents/000_65510d1fc276f250.txt'), 'utf8'));
    expect(doc).toMatchObject({ title: '区直部门、镇街作出这些承诺', date: '2023-01-29' });
    expect(doc!.reporters).toEqual(['记者 邓超', '记者 王浩然', '通讯员 骆青']);
  });

  it('cites exact words: every stored quote equals the document text at its offsets', async () => {
    const [{ text }] = (await rows('MATCH (d:Document) RETURN d.text AS text')) as [{ text: string }];
    const cited = await rows(`
      MATCH (n:Entity) RETURN n.id AS id, n.sources AS sources
      UNION ALL
      MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, r.sources AS sources`);
    expect(cited.length).toBeGreaterThan(300);
    for (const { id, sources } of cited) {
      const spans = JSON.parse(sources) as { start: number; end: number; quote: string }[];
      expect(spans.length, `${id} cites nothing`).toBeGreaterThan(0);
      for (const span of spans) expect(text.slice(span.start, span.end), id).toBe(span.quote);
    }
  });

  it('gives every entity a Chinese and an English name', async () => {
    const missing = await rows("MATCH (n:Entity) WHERE n.name IS NULL OR n.nameEn IS NULL OR trim(n.nameEn) = '' RETURN n.id AS id");
    expect(missing).toEqual([]);
  });

  // Facts of the article an analyst or investment officer asks about.
  it('复兴之路文化科技项目 is one node that three bureaus pledge to', async () => {
    expect(await bureausConcerning('project:fuxing-road-culture-technology-project')).toEqual([
      '太白湖新区建设局',
      '太白湖新区文化和旅游局',
      '太白湖新区经济发展局',
    ]);
    const [project] = await rows("MATCH (p:Project {id: 'project:fuxing-road-culture-technology-project'}) RETURN p.aliases AS aliases");
    expect(project!.aliases).toEqual(expect.arrayContaining(['济宁复兴之路文化科技项目', '复兴之路']));
  });

  it('the Jidong park under three names is one node, shared by two bureaus', async () => {
    const [park] = await rows("MATCH (p:Entity) WHERE p.name = '济东数字经济产业园' RETURN p.id AS id, p.aliases AS aliases");
    expect(park!.aliases).toEqual(expect.arrayContaining(['济东数字产业园', '济东产业园']));
    const sameName = await rows("MATCH (p:Entity) WHERE p.name IN ['济东数字产业园', '济东产业园'] RETURN p.id");
    expect(sameName).toEqual([]);
    expect(await bureausConcerning(park!.id)).toEqual(['太白湖新区投资促进中心', '太白湖新区经济发展局']);
  });

  it('the meeting is one event under the names of the report and the caption, about the three-year action', async () => {
    const [event] = await rows(
      "MATCH (e:Event:Entity) WHERE e.name = '高质量发展动员暨干部作风建设总结大会' RETURN e.id AS id, e.kind AS kind, e.aliases AS aliases",
    );
    expect(event).toMatchObject({ kind: 'EVENT' });
    expect(event!.aliases).toContain('太白湖新区2023年高质量发展动员暨干部作风建设动员大会');
    expect(await related(event!.id, 'CONCERNS', 'project:three-year-transformation-action')).toBe(1);
    // Context, not a subject: no bureau is linked to the meeting, so it is no shortcut between bureaus.
    expect((await rows('MATCH (:Bureau)--(e:Event) RETURN count(e) AS n'))[0]!.n).toBe(0);
  });

  it('技术合同成交额增长10%以上: Economic Development Bureau, ≥ 10 %, 2023', async () => {
    const { bureau, p } = await pledgeByText('技术合同成交额增长10%以上');
    expect(bureau).toBe('太白湖新区经济发展局');
    expect(p).toMatchObject({ target: 10, unit: '%', comparator: '≥', year: 2023 });
  });

  it('全社会研发投入增长10%以上 is attributed across the column break to the Economic Development Bureau', async () => {
    const { bureau, p } = await pledgeByText('全社会研发投入增长10%以上');
    expect(bureau).toBe('太白湖新区经济发展局');
    expect(p).toMatchObject({ target: 10, unit: '%', comparator: '≥' });
    expect(p.attributionNote).toMatch(/continu.*Economic Development Bureau/i);
    expect(p.confidence).toBe('high');
  });

  it('4000个以上 parking spaces: Construction Bureau, ≥ 4000, a task assigned by the city government', async () => {
    const { bureau, p } = await pledgeByText('4000个以上“泊济宁”停车位联网');
    expect(bureau).toBe('太白湖新区建设局');
    expect(p).toMatchObject({ target: 4000, comparator: '≥' });
    expect(await related(p.id, 'ASSIGNED_BY', 'institution:jining-municipal-government')).toBe(1);
  });

  it('4条断头路打通 is exactly 4 roads; 400人次 of training; 10 study visits', async () => {
    expect((await pledgeByText('4条断头路打通')).p).toMatchObject({ target: 4, comparator: '=' });
    expect((await pledgeByText('计划高标准组织物业管理培训400人次')).p).toMatchObject({ target: 400 });
    expect((await pledgeByText('外出参观学习10次')).p).toMatchObject({ target: 10 });
  });

  it('ZTO Express (中通物流) settles in Shiqiao', async () => {
    const [zto] = await rows("MATCH (e:Enterprise {id: 'enterprise:zto-express'}) RETURN e.name AS name, e.nameEn AS nameEn");
    expect(zto).toEqual({ name: '中通物流', nameEn: expect.stringContaining('ZTO') });
    expect(await related('enterprise:zto-express', 'SETTLES_IN', 'place:shiqiao')).toBe(1);
  });

  it('the Investment Promotion Centre courts iFLYTEK and Mitsui', async () => {
    const courted = await rows(
      "MATCH (:Bureau {id: 'bureau:investment-promotion'})-[:MADE]->(:Pledge)-[:TARGETS]->(e) RETURN collect(DISTINCT e.nameEn) AS names",
    );
    expect(courted[0]!.names).toEqual(expect.arrayContaining(['iFLYTEK', expect.stringMatching(/^Mitsui/)]));
  });

  it('杭州托服宝 is brought in to run 南城印象', async () => {
    const [row] = await rows(`
      MATCH (:Bureau {id: 'bureau:investment-promotion'})-[:MADE]->(p:Pledge)-[:TARGETS]->(e:Enterprise {id: 'enterprise:hangzhou-tuofubao'})
      MATCH (p)-[:DESTINED_FOR]->(d {id: 'place:nancheng-impression'})
      RETURN e.name AS name, d.name AS destination`);
    expect(row).toEqual({ name: '杭州托服宝电子商务有限公司', destination: '南城印象商业载体' });
    expect(await related('enterprise:hangzhou-tuofubao', 'OPERATES', 'place:nancheng-impression')).toBe(1);
  });

  it('鲁西南细胞制备中心 and 太初机械 are courted for the Jidong park', async () => {
    const destinations = await rows(`
      MATCH (p:Pledge)-[:TARGETS]->(t {id: 'institution:southwest-shandong-cell-preparation-centre'})
      MATCH (p)-[:DESTINED_FOR]->(d) RETURN collect(d.id) AS ids`);
    expect(destinations[0]!.ids).toContain('place:jidong-digital-economy-industrial-park');
  });

  it('山东理工职业学院 collaborates with 中国矿业大学 and 大连理工大学', async () => {
    expect(await related('institution:shandong-polytechnic-college', 'COLLABORATES_WITH', 'institution:china-university-of-mining-and-technology')).toBe(1);
    expect(await related('institution:shandong-polytechnic-college', 'COLLABORATES_WITH', 'institution:dalian-university-of-technology')).toBe(1);
  });

  it('大学科技园 and 新城大学科技园 are one node', async () => {
    const [park] = await rows("MATCH (p:Entity {id: 'place:xincheng-university-science-park'}) RETURN p.name AS name, p.aliases AS aliases");
    expect([park!.name, ...park!.aliases]).toEqual(expect.arrayContaining(['新城大学科技园', '大学科技园']));
  });

  it('太白湖景区 is pledged to by the Economic Development and Culture and Tourism bureaus', async () => {
    expect(await bureausConcerning('place:taibai-lake-scenic-area')).toEqual(['太白湖新区文化和旅游局', '太白湖新区经济发展局']);
  });

  it('the emergency bureau pledges a one-map command and a 1+5+N duty task force', async () => {
    const pledges = await rows("MATCH (:Bureau {id: 'bureau:emergency-management'})-[:MADE]->(p:Pledge) RETURN collect(p.text) AS texts");
    const texts = pledges[0]!.texts.join('\n');
    expect(texts).toContain('形成应急指挥“一张图”');
    expect(texts).toContain('采用“1+5+N”的模式组建应急值守工作专班');
  });

  it('泗河口港 has its container terminal as a part', async () => {
    expect(await related('place:sihekou-port-container-terminal', 'PART_OF', 'place:sihekou-port')).toBe(1);
  });
});

describe('loading', () => {
  it('is idempotent: loading twice stores the same graph', async () => {
    const dump = () => rows('MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->() RETURN n.id AS id, properties(n) AS props, collect(r.id) AS rels ORDER BY id');
    const first = await dump();
    await loadSeeds(executor);
    expect(await dump()).toEqual(first);
  });

  it('treats the seed files as the truth: an entity removed from them disappears', async () => {
    const graph = checkSeeds();
    // A seeds folder holding only the document and one bureau: everything else must go.
    const dir = seedFixture({
      'only.yaml': `entities:
  - id: "bureau:economic-development"
    name: "太白湖新区经济发展局"
    nameEn: "Economic Development Bureau"
    aliases: []
    summary: "A bureau."
    evidence: [{ quote: "太白湖新区经济发展局", occurrence: 1 }]
`,
    });
    await loadSeeds(executor, dir);
    const ids = (await rows('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).map((r) => r.id);
    expect(ids).toEqual(['bureau:economic-development', 'document:taibai-2023-pledges']);
    expect((await rows('MATCH ()-[r]->() RETURN count(r) AS n'))[0]!.n).toBe(0);
    await loadSeeds(executor);
    expect((await rows('MATCH (n:Entity) RETURN count(n) AS n'))[0]!.n).toBe(graph.nodes.length);
  });

  it('writes in one transaction: a failure mid-way leaves the previous graph intact', async () => {
    const count = async () => (await rows('MATCH (n:Entity) RETURN count(n) AS n'))[0]!.n;
    const before = await count();
    const queries = graphWriteQueries({ nodes: [], edges: [], walkthroughs: [] }); // would delete everything…
    queries.push({ cypher: 'UNWIND [1, 0] AS x RETURN 1 / x', params: {} }); // …then fails
    await expect(executor.writeAll(queries)).rejects.toThrow(/by zero/i);
    expect(await count()).toBe(before);
  });

  it('creates the uniqueness constraint and both full-text indexes', async () => {
    const indexes = (await rows('SHOW INDEXES YIELD name, type, state RETURN name, type, state')).filter((i) => i.name.startsWith('entity_'));
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: 'entity_id', type: 'RANGE', state: 'ONLINE' },
        { name: 'entity_text_zh', type: 'FULLTEXT', state: 'ONLINE' },
        { name: 'entity_text_en', type: 'FULLTEXT', state: 'ONLINE' },
      ]),
    );
    const [zh] = await rows("SHOW INDEXES YIELD name, options WHERE name = 'entity_text_zh' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer");
    expect(zh!.analyzer).toBe('cjk');
  });
});

describe('loading at start-up', () => {
  it('skips the rewrite when the stored graph came from the same seeds, and not otherwise', async () => {
    await loadSeeds(executor);
    expect((await loadSeeds(executor, undefined, { force: false })).skipped).toBe(true);
    // Another seed set changes the fingerprint: the next unforced load of the real seeds writes.
    const dir = seedFixture({});
    expect((await loadSeeds(executor, dir, { force: false })).skipped).toBe(false);
    expect((await loadSeeds(executor, undefined, { force: false })).skipped).toBe(false);
    expect((await rows('MATCH (n:Entity) RETURN count(n) AS n'))[0]!.n).toBe(checkSeeds().nodes.length);
  });

  it('repairs a graph changed behind its back, though the seeds are the same, and says why', async () => {
    await loadSeeds(executor);
    const seeds = checkSeeds();
    // What a stranger with a Bolt connection once did: delete some entities, rewire an edge.
    await executor.writeAll([
      { cypher: "MATCH (n:Entity) WHERE n.kind = 'ENTERPRISE' WITH n LIMIT 3 DETACH DELETE n", params: {} },
      {
        cypher:
          "MATCH (n:Entity) WHERE n.kind = 'PLACE' WITH n LIMIT 1 CREATE (:Entity:Place {id: 'place:intruder', kind: 'PLACE', name: 'x'})-[:PART_OF {id: 'x'}]->(n)",
        params: {},
      },
    ]);
    const summary = await loadSeeds(executor, undefined, { force: false });
    expect(summary.skipped).toBe(false);
    expect(summary.reason).toMatch(
      new RegExp(`entities: 3 of ${seeds.nodes.length} missing, 1 not in the seeds; relationships: \\d+ of ${seeds.edges.length} missing, 1 not in the seeds`),
    );
    expect((await rows('MATCH (n:Entity) RETURN count(n) AS n'))[0]!.n).toBe(seeds.nodes.length);
    expect(await rows("MATCH (n {id: 'place:intruder'}) RETURN n")).toEqual([]);
    expect((await loadSeeds(executor, undefined, { force: false })).skipped).toBe(true);
  });
});
