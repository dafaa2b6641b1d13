import { describe, expect, it } from 'vitest';
import { entityIdBase } from '../../../server/documents/entityIdBase.js';
import { isIsoDate } from '../../../server/documents/isoDate.js';

describe('entityIdBase', () => {
  it('names a new entity after its English name, else the pinyin of its Chinese one', () => {
    expect(entityIdBase('ENTERPRISE', '中通快递', 'ZTO Express')).toBe('enterprise:zto-express');
    expect(entityIdBase('PLACE', '泗河口港')).toBe('place:si-he-kou-gang');
    expect(entityIdBase('PLEDGE', '新增停车位4000个')).toBe('pledge:xin-zeng-ting-che-wei-4000-ge');
  });

  it('falls back to a random slug when neither gives one', () => {
    expect(entityIdBase('PROJECT', '——')).toMatch(/^project:user-[0-9a-f]{12}$/);
  });
});

describe('isIsoDate', () => {
  it('takes calendar days written YYYY-MM-DD only', () => {
    expect(['2023-01-29', '2024-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2023-02-29', '2023-13-01', '2023-1-29', '29.01.2023', 'yesterday', ''].map(isIsoDate)).toEqual([false, false, false, false, false, false]);
  });
});
