import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nonBlank, parseArgs } from '../../../server/resolvers/parseArgs.js';

const Args = z.object({ id: nonBlank, text: nonBlank.nullish() });
const refusal = (args: unknown) => {
  try {
    parseArgs(Args, args);
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions: unknown }).extensions };
  }
  return null;
};

describe('parseArgs: ids and text', () => {
  it('refuses half of a surrogate pair, naming the argument: Neo4j would be asked about U+FFFD instead', () => {
    // Found by tests/server/resolvers/idProperties.db.test.ts: neighborhood named "\ufffd" as missing, an id never sent.
    for (const id of ['\ud800', 'place:shiqiao\udc00', '\udfff泗河口']) {
      expect(refusal({ id })).toEqual({
        message: 'Argument "id" must be well-formed Unicode (half of a surrogate pair found)',
        extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
      });
    }
    expect(refusal({ id: 'place:shiqiao', text: '😀\ud83d' })?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'text' });
  });

  it('takes whole astral characters, emoji and full-width text as they are', () => {
    expect(parseArgs(Args, { id: '𠀀😀👨‍👩‍👧🇨🇳', text: '泗河口（港）！' })).toEqual({ id: '𠀀😀👨‍👩‍👧🇨🇳', text: '泗河口（港）！' });
  });

  it('refuses blank text, full-width spaces included', () => {
    expect(refusal({ id: ' \u3000\t' })?.message).toBe('Argument "id" must not be blank');
  });
});
