import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../schema/vocabulary/relationships.js';
import { kindCount } from '../../../client/src/i18n/kindCounts.js';
import { chineseList, englishList } from '../../../client/src/i18n/lists.js';
import { messages } from '../../../client/src/i18n/messages.js';
import { relationLabel, relationPredicate, relationVerb } from '../../../client/src/i18n/relationWords.js';

describe('relationship words', () => {
  it('give every type a label in both languages and a Chinese predicate each way, with a place for the node', () => {
    for (const type of RELATIONSHIP_TYPES) {
      expect(relationLabel(type, 'zh')).not.toBe(type.toLowerCase().replaceAll('_', ' '));
      expect(relationVerb(type, true)).toBeTruthy();
      for (const forward of [true, false]) expect(relationPredicate(type, forward).split('{}')).toHaveLength(2);
    }
  });

  it('name DESTINED_FOR and ASSIGNED_BY idiomatically', () => {
    expect(relationLabel('DESTINED_FOR', 'zh')).toBe('引入至');
    expect(relationLabel('ASSIGNED_BY', 'zh')).toBe('上级下达');
    expect(relationPredicate('ASSIGNED_BY', true).replace('{}', '市政府')).toBe('由市政府下达');
  });
});

describe('counted kinds', () => {
  it('read as phrases: plural in English, a measure word in Chinese', () => {
    expect(kindCount('INSTITUTION', 1, 'en')).toBe('1 institution');
    expect(kindCount('INSTITUTION', 3, 'en')).toBe('3 institutions');
    expect(kindCount('INSTITUTION', 1, 'zh')).toBe('1 个机构');
    expect(kindCount('ENTERPRISE', 3, 'zh')).toBe('3 家企业');
    expect(messages('en').addAll(kindCount('PLEDGE', 2, 'en'))).toBe('Add 2 pledges');
    expect(messages('zh').addAll(kindCount('PLEDGE', 2, 'zh'))).toBe('添加 2 项承诺');
  });
});

describe('lists', () => {
  it('join with "and" / 和 (or 并 for verbs)', () => {
    expect(englishList(['a'])).toBe('a');
    expect(englishList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(chineseList(['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(chineseList(['属于', '位于'], '并')).toBe('属于并位于');
  });
});

describe('the path caption', () => {
  it('reads one path alone, and numbers the paths when there are several', () => {
    expect(messages('en').pathCaption([{ paths: [1], sentence: 'A settles in B.' }])).toBe('A settles in B.');
    expect(messages('en').pathCaption([{ paths: [1, 2], sentence: 'A is part of and is located in B.' }])).toBe(
      '2 shortest paths through the same nodes, joined by different relationships: A is part of and is located in B.',
    );
    expect(
      messages('en').pathCaption([
        { paths: [1, 2], sentence: 'A is part of and is located in B.' },
        { paths: [3], sentence: 'A courts B.' },
      ]),
    ).toBe('3 shortest paths. Paths 1 and 2 (same nodes, different relationships): A is part of and is located in B. Path 3: A courts B.');
    expect(
      messages('zh').pathCaption([
        { paths: [1], sentence: '甲入驻乙。' },
        { paths: [2], sentence: '甲由丙招引。' },
      ]),
    ).toBe('共 2 条最短路径。路径 1：甲入驻乙。路径 2：甲由丙招引。');
  });
});
