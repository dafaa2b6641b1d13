import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveQuote } from '../../../server/load/resolveQuote.js';

const text = '加大京投总部广场、城投星城广场招商力度；加大未来科技城招商力度';

describe('resolveQuote', () => {
  it('finds a unique quote and gives offsets that slice back to it', () => {
    const found = resolveQuote(text, '城投星城广场');
    expect(found).toEqual({ ok: true, start: 9, end: 15 });
  });

  it('refuses an absent quote', () => {
    expect(resolveQuote(text, '泗河口港')).toEqual({ ok: false, message: 'quote not found in the document: "泗河口港"' });
  });

  it('refuses an ambiguous quote unless the occurrence is named', () => {
    expect(resolveQuote(text, '招商力度')).toEqual({ ok: false, message: 'quote is ambiguous: "招商力度" occurs 2 times; add occurrence: 1..2' });
    expect(resolveQuote(text, '招商力度', 2)).toEqual({ ok: true, start: 27, end: 31 });
    expect(resolveQuote(text, '招商力度', 3)).toMatchObject({ ok: false, message: expect.stringContaining('occurs 2 times') });
  });

  it('property: any substring, with its occurrence number, resolves to a span equal to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (doc, a, b) => {
        const start = a % doc.length;
        const end = start + 1 + (b % (doc.length - start));
        const quote = doc.slice(start, end);
        let occurrence = 0;
        for (let at = doc.indexOf(quote); at !== -1 && at <= start; at = doc.indexOf(quote, at + 1)) occurrence++;
        const found = resolveQuote(doc, quote, occurrence);
        expect(found.ok).toBe(true);
        if (found.ok) expect(doc.slice(found.start, found.end)).toBe(quote);
      }),
    );
  });
});
