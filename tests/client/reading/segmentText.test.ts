import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../client/src/reading/segmentText.js';

const textAndCitations = fc.string({ minLength: 1, maxLength: 60 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('a', 'b', 'c'))
        .map(([x, y, ref]) => ({ start: Math.min(x, y), end: Math.max(x, y), ref })),
      { maxLength: 6 },
    ),
  ),
);

describe('cutting the article at cited spans', () => {
  it('loses no text and marks each stretch with exactly the citations that cover it', () => {
    fc.assert(
      fc.property(textAndCitations, ([text, citations]) => {
        const segments = segmentText(text, citations);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) {
          const covering = new Set(citations.filter((c) => c.start < c.end && c.start <= s.start && c.end >= s.end).map((c) => c.ref));
          expect(new Set(s.refs)).toEqual(covering);
        }
      }),
    );
  });

  it('also cuts at the extra points it is given (block edges), without changing who cites what', () => {
    const segments = segmentText('abcdef', [{ start: 1, end: 5, ref: 'a' }], [3, 0, 9]);
    expect(segments.map((s) => [s.text, s.refs])).toEqual([
      ['a', []],
      ['bc', ['a']],
      ['de', ['a']],
      ['f', []],
    ]);
  });

  it("puts the narrowest citation first (a pledge inside its bureau's sentence wins the click)", () => {
    const [, inner] = segmentText('abcdef', [
      { start: 0, end: 6, ref: 'bureau' },
      { start: 2, end: 4, ref: 'pledge' },
    ]);
    expect(inner).toMatchObject({ text: 'cd', refs: ['pledge', 'bureau'] });
  });
});
