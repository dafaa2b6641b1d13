import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../../client/src/api/records.js';
import { mergeEntities, emptyCache } from '../../../client/src/graph/graphCache.js';
import { timelineCitations } from '../../../client/src/reading/timelineCitations.js';

type Change = NonNullable<EntityRecord['statusHistory']>[number];
const span = (documentId: string, start: number, end: number) => ({ documentId, start, end, quote: 'x'.repeat(end - start), documentDate: null });
const change = (derived: boolean, ...sources: ReturnType<typeof span>[]): Change => ({
  status: derived ? 'pledged' : 'in_the_works',
  date: '2023-06-30',
  derived,
  value: null,
  unit: null,
  share: null,
  note: null,
  sources,
});
const entity = (id: string, statusHistory?: Change[]): EntityRecord => ({
  id,
  kind: statusHistory ? 'PLEDGE' : 'PROJECT',
  name: id,
  nameEn: null,
  aliases: [],
  summary: null,
  summaryZh: null,
  sources: [span('document:article', 0, 4)],
  ...(statusHistory ? { statusHistory } : {}),
});

describe('the words of status changes in the reading view', () => {
  it("cites a report's words that state a change as the pledge's; not its derived first entry, nor another document's words", () => {
    const cache = mergeEntities(emptyCache(), [
      entity('pledge:a', [change(true, span('document:article', 0, 4)), change(false, span('document:midyear', 10, 20), span('document:annual', 1, 3))]),
      entity('pledge:b', [change(false, span('document:midyear', 30, 34))]),
      entity('project:c'),
    ]);
    expect(timelineCitations(cache, 'document:midyear')).toEqual([
      { start: 10, end: 20, ref: 'pledge:a' },
      { start: 30, end: 34, ref: 'pledge:b' },
    ]);
    expect(timelineCitations(cache, 'document:article')).toEqual([]);
  });
});
