import { describe, expect, it } from 'vitest';
import { mergeSources } from '../../../server/documents/mergeSources.js';

const span = (documentId: string, start: number, documentDate?: string) => ({ documentId, start, end: start + 2, quote: 'xx', documentDate });

describe('mergeSources', () => {
  it('lists the seeds and the reviewed documents together, newest document first, curated order kept within one', () => {
    const seeded = JSON.stringify([span('document:a', 50, '2023-01-29'), span('document:a', 10, '2023-01-29')]);
    const added = [JSON.stringify(span('document:c', 3, '2023-12-20')), JSON.stringify(span('document:b', 7, '2023-07-15'))];
    expect(mergeSources(seeded, added).map((s) => `${s.documentId}@${s.start}`)).toEqual(['document:c@3', 'document:b@7', 'document:a@50', 'document:a@10']);
  });

  it('cites each span once when a seed file took over what a user stored', () => {
    const same = span('document:b', 7, '2023-07-15');
    expect(mergeSources(JSON.stringify([same]), [JSON.stringify(same)])).toEqual([same]);
  });

  it('reads absent properties as no spans', () => {
    expect(mergeSources(undefined, null)).toEqual([]);
  });
});
