import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseQuery, englishQuery } from '../../../server/search/luceneQueries.js';
import { normalizeForSearch, searchKeyOf } from '../../../server/search/normalizeForSearch.js';

describe('normalizeForSearch', () => {
  it('ignores case, width, spaces and punctuation', () => {
    expect(normalizeForSearch('Fuxing Road')).toBe('fuxingroad');
    expect(normalizeForSearch('ＦＵＸＩＮＧ　road')).toBe('fuxingroad');
    expect(normalizeForSearch('“一对一”对接机制')).toBe('一对一对接机制');
    expect(normalizeForSearch('1+5+N')).toBe('15n');
  });

  it('joins names so that a key never matches across two of them', () => {
    const key = searchKeyOf(['泗河口港', 'Sihekou Port']);
    expect(key).toBe('|泗河口港|sihekouport|');
    expect(key.includes(normalizeForSearch('港 Sihekou'))).toBe(false);
  });
});

describe('Lucene query strings', () => {
  it('turns English words into prefixes and drops everything else', () => {
    expect(englishQuery('Fuxing roa')).toBe('fuxing* OR roa*');
    expect(englishQuery('"Sihekou) AND *~ \\:')).toBe('sihekou* OR and*');
    expect(englishQuery('泗河口')).toBeNull();
    expect(englishQuery('<img src=x onerror=alert(1)>')).toBe('img* OR src* OR x OR onerror* OR alert* OR 1');
  });

  it('quotes Chinese as one phrase', () => {
    expect(chineseQuery('泗河口')).toBe('"泗河口"');
    expect(chineseQuery('复兴之路"OR"1')).toBe('"复兴之路 OR 1"');
    expect(chineseQuery('Sihekou')).toBeNull();
  });

  it('property: no input yields Lucene syntax outside a word or a closed phrase', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const en = englishQuery(text);
        // A word of two or more letters is a prefix; a single letter stands as it is.
        if (en !== null) expect(en).toMatch(/^(?:[a-z0-9]{2,}\*|[a-z0-9])(?: OR (?:[a-z0-9]{2,}\*|[a-z0-9]))*$/);
        const zh = chineseQuery(text);
        if (zh !== null) expect(zh).toMatch(/^"[^"\\]*"$/);
      }),
    );
  });
});
