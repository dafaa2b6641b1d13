import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorPost } from '../../helpers/editorPost.js';
import { startTestApi, type TestApi } from '../../helpers/testApi.js';

// draftDocument drafts one of our own test reports against the graph Neo4j holds now: the ids
// of the seeded entities it names, a pledge with its number and deadline; bad input is refused
// naming the argument, and a reader without the editor token is refused outright.

const TOKEN = 'draft-test-token';
const REPORT = new URL('../../fixtures/reports/pledges-2024.txt', import.meta.url);
const GBK = new URL('../../fixtures/reports/pledges-2024.gbk.txt', import.meta.url);
const DRAFT = `query($input: DraftInput!) { draftDocument(input: $input) {
  document { id sha256 chars text encoding }
  mentions { entityId start end text }
  candidates { kind name start end rule }
  pledges { bureauId text start end metric target unit comparator due concerns confidence rule }
  progress { entityId pledgeId status date value unit share start end text rule }
  entities { id kind name nameEn } } }`;

let api: TestApi;
const draft = (input: unknown, token: string | null = TOKEN) =>
  editorPost(api.url, token ? `Bearer ${token}` : undefined, DRAFT, { input }).then(({ status, body }) => ({ status, ...body }));
const code = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions;

beforeAll(async () => {
  api = await startTestApi({ editorToken: TOKEN });
});
afterAll(async () => {
  await api?.close();
});

describe('draftDocument', () => {
  it('drafts a pasted report against the stored graph: mentions by id, a pledge with its number and deadline', async () => {
    const text = readFileSync(REPORT, 'utf8');
    const { data, errors } = await draft({ text, date: '2024-01-10' });
    expect(errors).toBeUndefined();
    const result = data.draftDocument;
    expect(result.document.text).toBe(text);
    expect(result.document.chars).toBe(text.length);
    // Every mention's offsets index the returned text, and the bureaus of the seeds are found by name.
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const mentioned = new Set(result.mentions.map((m: { entityId: string }) => m.entityId));
    expect(mentioned).toContain('bureau:construction');
    expect(mentioned).toContain('bureau:economic-development');
    // 十二家 → 12, under the economic development bureau's heading.
    const firms = result.pledges.find((p: { text: string }) => p.text.includes('十二家'));
    expect(firms).toMatchObject({ bureauId: 'bureau:economic-development', target: 12, unit: '家' });
    // 9月底前 in a 2024 report → the end of September 2024.
    const park = result.pledges.find((p: { text: string }) => p.text.includes('9月底前'));
    expect(park).toMatchObject({ bureauId: 'bureau:construction', due: '2024-09-30' });
    // The entities it refers to come with their names, for the review to show.
    expect(result.entities).toContainEqual(expect.objectContaining({ id: 'bureau:construction', kind: 'BUREAU' }));
    expect(result.candidates.map((c: { name: string }) => c.name)).toContain('南池湿地公园项目');
  });

  it('decodes a dropped GBK file as the server reads it, with the same draft as the UTF-8 text', async () => {
    const utf8 = await draft({ text: readFileSync(REPORT, 'utf8'), date: '2024-01-10' });
    const gbk = await draft({ file: { name: 'pledges-2024.txt', base64: readFileSync(GBK).toString('base64') }, date: '2024-01-10' });
    expect(gbk.errors).toBeUndefined();
    expect(gbk.data.draftDocument.document.encoding).toBe('gb18030');
    expect(gbk.data.draftDocument.document.sha256).toBe(utf8.data.draftDocument.document.sha256);
    expect(gbk.data.draftDocument.pledges).toEqual(utf8.data.draftDocument.pledges);
  });

  it('strips the tags of an .html file, and its offsets index the text it returns', async () => {
    const html = '<html><head><title>x</title></head><body><h2>太白湖新区建设局</h2><p>新区建设局将在9月底前新增公共停车位三千个。</p></body></html>';
    const { data, errors } = await draft({ file: { name: 'report.html', base64: Buffer.from(html).toString('base64') }, date: '2024-01-10' });
    expect(errors).toBeUndefined();
    const { text } = data.draftDocument.document;
    expect(text).not.toContain('<');
    const pledge = data.draftDocument.pledges[0];
    expect(text.slice(pledge.start, pledge.end)).toBe(pledge.text);
    expect(pledge).toMatchObject({ target: 3000, bureauId: 'bureau:construction' });
  });

  it.each([
    ['empty text', { text: '  \n ' }, 'input.text'],
    ['text over 1 MB', { text: '字'.repeat(400_000) }, 'input.text'],
    ['binary text', { text: 'abc\u0000def' }, 'input.text'],
    ['a binary file', { file: { name: 'a.txt', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]).toString('base64') } }, 'input.file.base64'],
    [
      'undecodable bytes',
      { file: { name: 'a.txt', base64: Buffer.from([0xff, 0xfe, 0xfd, 0x81, 0x30, 0xfe]).subarray(2).toString('base64') } },
      'input.file.base64',
    ],
    ['a file that is not base64', { file: { name: 'a.txt', base64: '***' } }, 'input.file.base64'],
    ['a file that is not a report', { file: { name: 'a.pdf', base64: Buffer.from('文字').toString('base64') } }, 'input.file.name'],
    ['a date that is not a date', { text: '文字', date: '2024-02-30' }, 'input.date'],
    ['both text and file', { text: '文字', file: { name: 'a.txt', base64: Buffer.from('文字').toString('base64') } }, 'input'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_what, input, argument) => {
    const body = await draft(input);
    expect(body.data ?? null).toBeNull();
    expect(code(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('is refused without the editor token (UNAUTHENTICATED), and with a wrong one', async () => {
    for (const token of [null, 'not-the-token']) {
      const body = await draft({ text: '太白湖新区建设局将新增停车位100个。' }, token);
      expect(body.data?.draftDocument ?? null).toBeNull();
      expect(code(body)?.code).toBe('UNAUTHENTICATED');
    }
  });
});
