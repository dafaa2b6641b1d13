import { describe, expect, it } from 'vitest';
import { messages } from '../../../client/src/i18n/messages.js';
import { foreignTag, textLang } from '../../../client/src/i18n/textLang.js';
import { EntitySchema, RelationshipSchema, StatusChangeSchema } from '../../../server/load/seedSchema.js';

// What the details panel shows besides the data's own names: no code or English label may
// leak into the Chinese page.
describe('the words of the details panel', () => {
  const statuses = StatusChangeSchema.shape.status.options;
  const confidences = [...new Set([...EntitySchema.shape.confidence.unwrap().options, ...RelationshipSchema.shape.confidence.unwrap().options])];

  it('names every status and confidence level the seeds may hold, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = messages(lang);
      for (const status of statuses) expect(m.statusNames[status], `${lang} ${status}`).toBeTruthy();
      for (const level of confidences) expect(m.confidenceNames[level], `${lang} ${level}`).toBeTruthy();
    }
    const zh = messages('zh');
    expect(Object.values(zh.statusNames).join('') + Object.values(zh.confidenceNames).join('')).not.toMatch(/[A-Za-z]/);
  });

  it('does not repeat a field name as the heading of its section', () => {
    for (const lang of ['zh', 'en'] as const) {
      const m = messages(lang);
      expect(Object.values(m.numberFields)).not.toContain(m.numbers);
    }
  });

  it('tags English-only curated text in the Chinese page, and Chinese-only text in the English one', () => {
    const note = 'The engine clause governs the whole logistics chain of this paragraph.';
    expect(foreignTag(note, 'zh')).toContain('英文');
    expect(foreignTag(note, 'en')).toBe('');
    expect(foreignTag('以中国物流、中通物流入驻石桥为引擎', 'en')).toContain('Chinese');
    expect(foreignTag('以中国物流、中通物流入驻石桥为引擎', 'zh')).toBe('');
    expect(foreignTag('%', 'zh')).toBe('');
  });

  it('tells the language of curated text by its letters', () => {
    expect(textLang('growth of technology-contract turnover')).toBe('en');
    expect(textLang("2# and 3# are the plots' numbers, not a quantity the bureau commits to")).toBe('en');
    expect(textLang('持续开展 governs the three items of this sentence (gas inspection, coal-to-gas, self-built housing checks).')).toBe('en');
    expect(textLang('技术合同成交额增长10%以上，为科技成果转化注入新动能。')).toBe('zh');
    expect(textLang('%')).toBeNull();
    expect(textLang('≥ 10')).toBeNull();
  });
});
