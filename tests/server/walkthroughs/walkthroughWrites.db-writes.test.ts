import { describe, expect, it } from 'vitest';
import { checkSeeds } from '../../../server/load/loadSeeds.js';
import { parseSeedFile } from '../../../server/load/parseSeedFile.js';
import { WalkthroughFileSchema } from '../../../server/load/seedSchema.js';
import { editorPost } from '../../helpers/editorPost.js';
import { editorSuite } from '../../helpers/editorSuite.js';

// Saves, replaces, deletes and imports user walkthroughs through the API, on the run's shared
// Neo4j: every walkthrough a test makes is deleted after it, so the readers find the seeds only.

const TOKEN = 'test-editor-token-0123456789';
const BEARER = `Bearer ${TOKEN}`;
const SEED_ID = 'walkthrough:pledges-at-a-glance';

const FIELDS = `id title titleZh origin updatedAt steps {
  title titleZh narration narrationZh notes notesZh focus highlight selection layout positions { id x y } viewport { zoom x y } }`;
const SAVE = `mutation Save($input: WalkthroughInput!) { saveWalkthrough(input: $input) { ${FIELDS} } }`;
const READ = `query Read($id: ID!) { walkthrough(id: $id) { ${FIELDS} } }`;
const DELETE = 'mutation Delete($id: ID!) { deleteWalkthrough(id: $id) }';
const IMPORT = `mutation Import($yaml: String!) { importWalkthrough(yaml: $yaml) { ${FIELDS} } }`;

const suite = editorSuite(TOKEN);
const userIds = async () =>
  (await suite.executor.read({ cypher: "MATCH (w:Walkthrough {origin: 'USER'}) RETURN w.id AS id ORDER BY id", params: {} })).map((r) => r.get('id') as string);

/** A step of real entities, with every optional field set. */
const fullStep = {
  title: 'Fuxing Road',
  titleZh: '复兴之路',
  narration: 'Three bureaus pledge to it.',
  narrationZh: '三个部门的承诺提到它。',
  notes: 'Point at the three bureaus.',
  notesZh: '指出三个部门。',
  focus: ['project:fuxing-road-culture-technology-project', 'bureau:construction', 'bureau:culture-and-tourism'],
  highlight: ['project:fuxing-road-culture-technology-project'],
  selection: ['bureau:construction'],
  layout: 'preset',
  positions: [
    { id: 'project:fuxing-road-culture-technology-project', x: 0, y: 160.5 },
    { id: 'bureau:construction', x: -180, y: 0 },
    { id: 'bureau:culture-and-tourism', x: 180, y: -0.25 },
  ],
  viewport: { zoom: 1.25, x: 12.5, y: -40 },
};
const input = (title = 'My tour of the pledges') => ({
  title,
  titleZh: '我的导览',
  steps: [fullStep, { title: 'Bureaus', narration: 'Two bureaus.', focus: ['bureau:construction', 'bureau:culture-and-tourism'] }],
});

const save = (value: unknown) => editorPost(suite.api.url, BEARER, SAVE, { input: value });

describe('saveWalkthrough', () => {
  it('creates a user walkthrough named after its title, and reads it back as saved', async () => {
    const saved = await save(input());
    expect(saved.body.errors).toBeUndefined();
    const walkthrough = saved.body.data!.saveWalkthrough;
    expect(walkthrough).toMatchObject({ id: 'walkthrough:my-tour-of-the-pledges', origin: 'USER', title: 'My tour of the pledges', titleZh: '我的导览' });
    expect(Date.parse(walkthrough.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(walkthrough.steps[0]).toEqual(fullStep);
    // Absent lists read back empty, absent values as null.
    expect(walkthrough.steps[1]).toMatchObject({ highlight: [], selection: [], positions: [], viewport: null, layout: null, notes: null });
    const read = await suite.api.gql(READ, { id: walkthrough.id });
    expect(read.data.walkthrough).toEqual(walkthrough);
  });

  it('gives a second walkthrough of the same title the next free id, and a title without latin letters a random one', async () => {
    const ids = [];
    for (const title of ['Tour', 'Tour', 'Tour!', '导览']) ids.push((await save(input(title))).body.data!.saveWalkthrough.id);
    expect(ids.slice(0, 3)).toEqual(['walkthrough:tour', 'walkthrough:tour-2', 'walkthrough:tour-3']);
    expect(ids[3]).toMatch(/^walkthrough:user-[0-9a-f]{12}$/);
  });

  it('gives saves made at once distinct ids, overwriting none', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => save({ ...input('Together'), titleZh: `同时${i}` })));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const ids = answers.map((a) => a.body.data!.saveWalkthrough.id as string).sort();
    expect(ids).toEqual(['walkthrough:together', 'walkthrough:together-2', 'walkthrough:together-3', 'walkthrough:together-4']);
    const stored = await suite.executor.read({ cypher: "MATCH (w:Walkthrough {origin: 'USER'}) RETURN w.titleZh AS zh ORDER BY zh", params: {} });
    expect(stored.map((r) => r.get('zh'))).toEqual(['同时0', '同时1', '同时2', '同时3']);
  });

  it('lists seeded walkthroughs first, then users’ ones newest first', async () => {
    await save(input('Older'));
    await save(input('Newer'));
    const { data } = await suite.api.gql('{ walkthroughs { id origin } }');
    expect(data.walkthroughs).toEqual([
      { id: SEED_ID, origin: 'SEED' },
      { id: 'walkthrough:newer', origin: 'USER' },
      { id: 'walkthrough:older', origin: 'USER' },
    ]);
  });

  it('replaces a user walkthrough given its id', async () => {
    const { id } = (await save(input())).body.data!.saveWalkthrough;
    const replaced = await save({ id, title: 'Renamed', steps: [{ title: 'One', narration: 'Only one step.', focus: ['bureau:construction'] }] });
    expect(replaced.body.data!.saveWalkthrough).toMatchObject({ id, title: 'Renamed', titleZh: null, steps: [{ title: 'One' }] });
    expect(await userIds()).toEqual([id]);
  });

  it('refuses to change a seeded walkthrough (FORBIDDEN) and to replace one that does not exist (NOT_FOUND)', async () => {
    const seedBefore = (await suite.api.gql(READ, { id: SEED_ID })).data.walkthrough;
    const forbidden = await save({ ...input(), id: SEED_ID });
    expect(forbidden.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(forbidden.body.errors![0]!.message).toContain('save a copy without id');
    expect((await suite.api.gql(READ, { id: SEED_ID })).data.walkthrough).toEqual(seedBefore);
    const missing = await save({ ...input(), id: 'walkthrough:no-such-one' });
    expect(missing.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'walkthrough:no-such-one' });
    expect(await userIds()).toEqual([]);
  });

  it('names a focus id that is no entity, and writes nothing', async () => {
    const bad = input();
    bad.steps[1] = { ...bad.steps[1]!, focus: ['bureau:construction', 'place:nowhere'] };
    const answer = await save(bad);
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.steps[1].focus[1]', ids: ['place:nowhere'] });
    expect(answer.body.errors![0]!.message).toContain('"place:nowhere"');
    expect(await userIds()).toEqual([]);
  });

  it('names the argument path of an invalid input', async () => {
    const cases: [unknown, string][] = [
      [{ ...input(), title: ' ' }, 'input.title'],
      [{ ...input(), steps: [] }, 'input.steps'],
      [{ ...input(), steps: [{ ...fullStep, highlight: ['bureau:investment-promotion'] }] }, 'input.steps[0].highlight[0]'],
      [{ ...input(), steps: [fullStep, { ...fullStep, viewport: { zoom: 0, x: 0, y: 0 } }] }, 'input.steps[1].viewport.zoom'],
      [{ ...input(), steps: [{ ...fullStep, layout: 'grid' }] }, 'input.steps[0].layout'],
    ];
    for (const [value, argument] of cases) {
      const answer = await save(value);
      expect(answer.body.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(await userIds()).toEqual([]);
  });
});

describe('deleteWalkthrough', () => {
  it('deletes a user walkthrough, answers false for none, and refuses a seeded one', async () => {
    const { id } = (await save(input())).body.data!.saveWalkthrough;
    expect((await editorPost(suite.api.url, BEARER, DELETE, { id })).body.data).toEqual({ deleteWalkthrough: true });
    expect((await editorPost(suite.api.url, BEARER, DELETE, { id })).body.data).toEqual({ deleteWalkthrough: false });
    const seed = await editorPost(suite.api.url, BEARER, DELETE, { id: SEED_ID });
    expect(seed.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await suite.api.gql(READ, { id: SEED_ID })).data.walkthrough.id).toBe(SEED_ID);
  });
});

describe('YAML export and import', () => {
  const exportOf = (name: string) => fetch(`${suite.api.url}/export/walkthroughs/${name}`);

  it('exports a walkthrough as a seed file that imports back to the same walkthrough', async () => {
    const saved = (await save(input())).body.data!.saveWalkthrough;
    const response = await exportOf('my-tour-of-the-pledges.yaml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/yaml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="my-tour-of-the-pledges.yaml"');
    const yaml = await response.text();
    // A valid seed file, as seeds/walkthroughs/ takes it.
    expect(parseSeedFile('walkthroughs/my-tour.yaml', yaml, WalkthroughFileSchema).problems).toEqual([]);
    // Its own id is taken: the import gets the next one, and is otherwise the same walkthrough.
    const imported = (await editorPost(suite.api.url, BEARER, IMPORT, { yaml })).body.data!.importWalkthrough;
    expect(imported.id).toBe('walkthrough:my-tour-of-the-pledges-2');
    expect({ ...imported, id: saved.id, updatedAt: saved.updatedAt }).toEqual(saved);
    // Deleted, its id is free again: an import keeps it.
    await editorPost(suite.api.url, BEARER, DELETE, { id: saved.id });
    expect((await editorPost(suite.api.url, BEARER, IMPORT, { yaml })).body.data!.importWalkthrough.id).toBe(saved.id);
  });

  it('exports the seeded walkthrough (with or without the prefix), which imports as a user copy', async () => {
    const yaml = await (await exportOf(`${SEED_ID}.yaml`)).text();
    expect(await (await exportOf('pledges-at-a-glance.yaml')).text()).toBe(yaml);
    const seed = checkSeeds().walkthroughs.find((w) => w.id === SEED_ID)!;
    expect(JSON.parse(seed.props.steps as string)).toEqual(parseSeedFile('x', yaml, WalkthroughFileSchema).data!.steps);
    const copy = (await editorPost(suite.api.url, BEARER, IMPORT, { yaml })).body.data!.importWalkthrough;
    expect(copy).toMatchObject({ id: 'walkthrough:taibai-lake-new-districts-2023-pledges-at-a-glance', origin: 'USER' });
  });

  it('answers 404 for an unknown walkthrough and 400 for a malformed name', async () => {
    const unknown = await exportOf('no-such-walk.yaml');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('No walkthrough with id "walkthrough:no-such-walk"');
    for (const name of ['Bad%20Name.yaml', 'walkthrough:x.csv', '..%2F..%2Fetc.yaml']) expect((await exportOf(name)).status, name).toBe(400);
  });

  it('refuses a broken file with line:col, and a file of unknown ids naming them', async () => {
    const broken = await editorPost(suite.api.url, BEARER, IMPORT, { yaml: 'id: walkthrough:x\ntitle: "T\nsteps:\n\t- x' });
    expect(broken.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'yaml',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(broken.body.errors![0]!.message).toMatch(/yaml:\d+:\d+: YAML: /);
    const invalid = await editorPost(suite.api.url, BEARER, IMPORT, {
      yaml: 'id: walkthrough:x\ntitle: T\nsteps:\n  - title: S\n    narration: N\n    focus: []\n',
    });
    expect(invalid.body.errors![0]!.message).toContain('yaml:6: steps[0].focus: needs at least one entity id to show');
    const unknownIds = await editorPost(suite.api.url, BEARER, IMPORT, {
      yaml: 'id: walkthrough:x\ntitle: T\nsteps:\n  - title: S\n    narration: N\n    focus:\n      - bureau:construction\n      - place:nowhere\n',
    });
    expect(unknownIds.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'yaml', ids: ['place:nowhere'], line: 8 });
    expect(await userIds()).toEqual([]);
  });
});
