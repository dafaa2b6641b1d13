import { describe, expect, it } from 'vitest';
import { HISTORY_PROPS, storedProps } from '../../../server/resolvers/storedProps.js';

describe('storedProps', () => {
  it('reads id and kind always, and each selected field from its own property', () => {
    expect(storedProps(['name', 'nameEn', '__typename'])).toEqual(['id', 'kind', 'name', 'nameEn']);
  });

  it('reads quotes from both stores, and a status from everything its history is derived from', () => {
    expect(storedProps(['sources'])).toEqual(['id', 'kind', 'sources', 'userSources']);
    expect(storedProps(['status'])).toEqual(['id', 'kind', ...HISTORY_PROPS]);
  });

  it('adds what the resolver reads itself, once', () => {
    expect(storedProps(['name'], ['name', 'position'])).toEqual(['id', 'kind', 'name', 'position']);
  });
});
