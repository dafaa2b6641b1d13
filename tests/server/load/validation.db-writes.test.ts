import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../../server/db/executor.js';
import { checkSeeds, loadSeeds } from '../../../server/load/loadSeeds.js';
import { SeedValidationError } from '../../../server/load/SeedError.js';
import { lineOf, seedFixture } from '../../helpers/seedFixture.js';
import { testExecutor } from '../../helpers/testExecutor.js';

// A valid bureau + pledge pair that each case below breaks in one way. `# <-` marks the line
// the error must point at.
const bureau = (extra = '') => `
  - id: "bureau:test"
    name: "太白湖新区建设局"
    nameEn: "Construction Bureau"
    aliases: []
    summary: "A bureau."
    evidence: ["太白湖新区建设局将全力以赴"]${extra}`;
const pledge = (fields: string) => `
  - id: "pledge:test"
    name: "4条断头路打通"
    nameEn: "Open 4 dead-end roads"
    aliases: []
    summary: "Open roads."
    text: "4条断头路打通"
${fields}
    evidence: ["4条断头路打通"]`;
const made = `
  - { type: "MADE", from: "bureau:test", to: "pledge:test", evidence: ["4条断头路打通"] }`;

const cases: { name: string; yaml: string; message: RegExp }[] = [
  {
    name: 'unknown field',
    yaml: `entities:${bureau(`\n    colour: "red" # <-`)}${pledge('')}\nrelationships:${made}`,
    message: /entities\[0\]: unknown field "colour"/,
  },
  {
    name: 'missing required field',
    yaml: `entities:${bureau()}
  - id: "place:nowhere" # <-
    name: "泗河口港"
    aliases: []
    summary: "A port."
    evidence: ["泗河口港集装箱码头"]${pledge('')}\nrelationships:${made}`,
    message: /entities\[1\]: missing required field "nameEn"/,
  },
  {
    name: 'duplicate id',
    yaml: `entities:${bureau()}${pledge('')}${bureau().replace('"bureau:test"', '"bureau:test" # <-')}\nrelationships:${made}`,
    message: /entities\[2\]\.id: duplicate id "bureau:test" \(first defined at seeds\/graph\/test\.yaml:2\)/,
  },
  {
    name: 'reference to an unknown id',
    yaml: `entities:${bureau()}${pledge('')}\nrelationships:${made}
  - { type: "CONCERNS", from: "pledge:test", to: "place:atlantis", evidence: ["4条断头路打通"] } # <-`,
    message: /relationships\[1\]\.to: unknown id "place:atlantis"/,
  },
  {
    name: 'unknown relationship type',
    yaml: `entities:${bureau()}${pledge('')}\nrelationships:${made}
  - { type: "LIKES", from: "bureau:test", to: "pledge:test", evidence: ["4条断头路打通"] } # <-`,
    message: /relationships\[1\]\.type: must be one of MADE, CONCERNS, TARGETS/,
  },
  {
    name: 'quote not found',
    yaml: `entities:${bureau()}${pledge('')}\nrelationships:
  - type: "MADE"
    from: "bureau:test"
    to: "pledge:test"
    evidence:
      - "建设局将修建月球基地" # <-`,
    message: /relationships\[0\]\.evidence\[0\]: quote not found in the document: "建设局将修建月球基地"/,
  },
  {
    name: 'quote ambiguous',
    yaml: `entities:${bureau()}${pledge('')}\nrelationships:
  - type: "MADE"
    from: "bureau:test"
    to: "pledge:test"
    evidence:
      - "招商力度" # <-`,
    message: /relationships\[0\]\.evidence\[0\]: quote is ambiguous: "招商力度" occurs \d+ times; add occurrence/,
  },
  {
    name: 'malformed number',
    yaml: `entities:${bureau()}${pledge('    target: "4条" # <-')}\nrelationships:${made}`,
    message: /entities\[1\]\.target: must be a number \(e\.g\. 10, not "10%"\) \(got "4条"\)/,
  },
];

describe('seed validation', () => {
  let executor: Executor;
  let before: unknown;

  beforeAll(async () => {
    executor = testExecutor();
    await loadSeeds(executor);
    before = await snapshot(executor);
  });
  afterAll(() => executor.close());

  it('accepts the real seeds', () => {
    expect(() => checkSeeds()).not.toThrow();
  });

  it('accepts the valid fixture that every case below breaks once', () => {
    const dir = seedFixture({ 'test.yaml': `entities:${bureau()}${pledge('    target: 4')}\nrelationships:${made}` });
    expect(checkSeeds(dir).nodes.map((n) => n.id)).toContain('pledge:test');
  });

  it.each(cases)('$name: reports file:line and writes nothing', async ({ yaml, message }) => {
    const dir = seedFixture({ 'test.yaml': yaml });
    const error = captureError(() => checkSeeds(dir));
    expect(error).toBeInstanceOf(SeedValidationError);
    const line = lineOf(yaml, '# <-');
    const lines = (error as Error).message.split('\n');
    const hit = lines.find((l) => message.test(l));
    expect(hit, `no line matching ${message} in:\n${(error as Error).message}`).toBeDefined();
    expect(hit).toMatch(new RegExp(`^seeds/graph/test\\.yaml:${line}: `));

    await expect(loadSeeds(executor, dir)).rejects.toBeInstanceOf(SeedValidationError);
    expect(await snapshot(executor)).toEqual(before);
  });

  it('refuses a pledge without a MADE relationship', () => {
    const dir = seedFixture({ 'test.yaml': `entities:${bureau()}${pledge('')}` });
    expect(() => checkSeeds(dir)).toThrow(/test\.yaml:\d+: pledge "pledge:test" needs exactly one MADE relationship from its bureau, has 0/);
  });

  it('refuses a relationship between kinds its type does not join', () => {
    const dir = seedFixture({
      'test.yaml': `entities:${bureau()}${pledge('')}\nrelationships:${made}\n  - { type: "TARGETS", from: "pledge:test", to: "bureau:test", evidence: ["4条断头路打通"] }`,
    });
    expect(() => checkSeeds(dir)).toThrow(/TARGETS joins Pledge → Enterprise\|Institution, not Pledge → Bureau/);
  });

  it('accepts an event and what it concerns, and no relationship an event cannot start', () => {
    const event = `
  - id: "event:test"
    name: "高质量发展动员暨干部作风建设总结大会"
    nameEn: "Mobilisation meeting"
    aliases: []
    summary: "A meeting."
    evidence: ["1月29日下午，太白湖新区召开高质量发展动员暨干部作风建设总结大会"]`;
    const project = `
  - id: "project:test"
    name: "三年蝶变行动"
    nameEn: "Three-year action"
    aliases: []
    summary: "A programme."
    evidence: ["三年蝶变行动"]`;
    const edge = (type: string) => `\n  - { type: "${type}", from: "event:test", to: "project:test", evidence: ["奋力开创三年蝶变行动新局面"] }`;
    const withEdge = (type: string) => seedFixture({ 'test.yaml': `entities:${bureau()}${pledge('')}${event}${project}\nrelationships:${made}${edge(type)}` });
    expect(checkSeeds(withEdge('CONCERNS')).edges.map((e) => e.id)).toContain('event:test|CONCERNS|project:test');
    expect(() => checkSeeds(withEdge('DESTINED_FOR'))).toThrow(/DESTINED_FOR joins Pledge → Place\|Project, not Event → Project/);
  });
});

function captureError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Everything stored, as sorted text: equal snapshots mean nothing was written. */
async function snapshot(executor: Executor) {
  const records = await executor.read({
    cypher: `MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m:Entity)
             WITH n, collect(type(r) + '>' + m.id + properties(r).sources) AS rels
             RETURN n.id AS id, properties(n) AS props, rels ORDER BY id`,
    params: {},
  });
  return records.map((r) => ({ id: r.get('id'), props: r.get('props'), rels: [...(r.get('rels') as string[])].sort() }));
}
