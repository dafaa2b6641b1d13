import { describe, expect, it } from 'vitest';
import { IngestInputSchema, LIMITS } from '../../../server/documents/ingestSchema.js';
import { parseArgument } from '../../../server/resolvers/parseArgs.js';

const TEXT = '住建局：年内新增停车位4000个以上。济宁某某科技有限公司签约落户。';
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote });
const draft = (over: Record<string, unknown> = {}) => ({
  document: { title: '某区年中进展', date: '2023-07-15', text: TEXT },
  mentions: [{ entityId: 'bureau:construction', spans: [at('住建局')] }],
  entities: [{ ref: 'c1', kind: 'ENTERPRISE', name: '济宁某某科技有限公司', spans: [at('济宁某某科技有限公司')] }],
  pledges: [
    {
      ref: 'p1',
      bureau: 'bureau:construction',
      text: '新增停车位4000个以上',
      target: 4000,
      unit: '个',
      comparator: '≥',
      spans: [at('年内新增停车位4000个以上')],
      targets: ['c1'],
    },
  ],
  statusChanges: [{ pledge: 'pledge:parking', status: 'in_the_works', spans: [at('签约落户')] }],
  ...over,
});

/** The argument path and message of the first problem, as the resolver reports it. */
function refusal(input: unknown): { argument: string; message: string } {
  try {
    parseArgument(IngestInputSchema, 'input', input);
  } catch (error) {
    const e = error as { message: string; extensions: { argument: string; code: string } };
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return { argument: e.extensions.argument, message: e.message };
  }
  throw new Error('accepted');
}

describe('ingestDocument input', () => {
  it('accepts a reviewed draft', () => {
    const parsed = parseArgument(IngestInputSchema, 'input', draft());
    expect(parsed.pledges[0]!.targets).toEqual(['c1']);
    expect(parsed.relationships).toEqual([]);
  });

  it.each([
    ['empty text', { document: { title: 'T', date: '2023-07-15', text: '  \n' } }, 'input.document.text', /must not be empty/],
    ['text over 1 MB', { document: { title: 'T', date: '2023-07-15', text: '字'.repeat(LIMITS.textBytes / 3 + 1) } }, 'input.document.text', /over 1 MB/],
    ['a binary file', { document: { title: 'T', date: '2023-07-15', text: 'PK\u0003\u0004\u0000' } }, 'input.document.text', /binary/],
    ['undecodable bytes', { document: { title: 'T', date: '2023-07-15', text: '住建局\uFFFD\uFFFD' } }, 'input.document.text', /could not be decoded/],
    [
      'a date that is not a date',
      { document: { title: 'T', date: '2023-02-30', text: TEXT } },
      'input.document.date',
      /must be a real date written YYYY-MM-DD/,
    ],
  ])('refuses %s, naming the argument', (_what, over, argument, message) => {
    const { mentions: _m, entities: _e, pledges: _p, statusChanges: _s, ...rest } = draft(over);
    const found = refusal(rest);
    expect(found.argument).toBe(argument);
    expect(found.message).toMatch(message);
  });

  it('refuses a span whose quote is not the text there, and a span past the end', () => {
    expect(refusal(draft({ mentions: [{ entityId: 'bureau:construction', spans: [{ start: 0, end: 3, quote: '发改局' }] }] }))).toMatchObject({
      argument: 'input.mentions[0].spans[0].quote',
      message: expect.stringContaining('("住建局")'),
    });
    expect(refusal(draft({ mentions: [{ entityId: 'bureau:construction', spans: [{ start: 5, end: 999 }] }] })).argument).toBe('input.mentions[0].spans[0]');
  });

  it('refuses a pledge whose words are not in its spans', () => {
    expect(refusal(draft({ pledges: [{ ref: 'p1', bureau: 'bureau:construction', text: '建成学校', spans: [at('住建局')] }] })).argument).toBe(
      'input.pledges[0].text',
    );
  });

  it('refuses references to no ref, to the wrong kind, and repeated refs', () => {
    expect(refusal(draft({ statusChanges: [{ pledge: 'p9', status: 'kept', spans: [at('签约落户')] }] })).argument).toBe('input.statusChanges[0].pledge');
    expect(refusal(draft({ statusChanges: [{ pledge: 'c1', status: 'kept', spans: [at('签约落户')] }] })).message).toMatch(
      /must name a pledge, not a Enterprise/,
    );
    expect(refusal(draft({ relationships: [{ type: 'MADE', from: 'c1', to: 'p1', spans: [at('住建局')] }] })).message).toMatch(
      /MADE joins Bureau → Pledge, not Enterprise → Pledge/,
    );
    const twice = draft();
    (twice.entities as unknown[]).push({ ref: 'p1', kind: 'PLACE', name: '某园区', spans: [at('住建局')] });
    expect(refusal(twice).message).toMatch(/repeats the ref "p1"/);
  });

  it('refuses a status outside the six-level scale and a change without its words', () => {
    expect(refusal(draft({ statusChanges: [{ pledge: 'p1', status: 'done', spans: [at('签约落户')] }] })).argument).toBe('input.statusChanges[0].status');
    expect(refusal(draft({ statusChanges: [{ pledge: 'p1', status: 'kept', spans: [] }] })).message).toMatch(/at least one span/);
  });
});
