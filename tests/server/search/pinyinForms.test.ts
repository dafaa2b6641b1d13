import { describe, expect, it } from 'vitest';
import { pinyinForms } from '../../../server/search/pinyinForms.js';

describe('pinyinForms', () => {
  it('gives each Chinese name its toneless pinyin, spaced, and its initials', () => {
    const forms = pinyinForms(['泗河口港', 'Sihekou Port', '泗河口']);
    expect(forms.pinyin).toBe('si he kou gang ; si he kou');
    expect(forms.pinyinInitials).toBe('shkg shk');
    expect(forms.pinyinKey).toBe('|sihekougang|hekougang|kougang|gang|sihekou|hekou|kou|shkg|shk|');
  });

  it('adds a form without function characters, so "fuxing lu" finds 复兴之路', () => {
    const forms = pinyinForms(['复兴之路']);
    expect(forms.pinyin).toBe('fu xing zhi lu ; fu xing lu');
    expect(forms.pinyinKey).toContain('|fuxinglu|');
    expect(forms.pinyinKey).toContain('|fuxingzhilu|');
    expect(forms.pinyinInitials).toBe('fxzl fxl');
  });

  it('writes ü as v and as u, since people type both', () => {
    const { pinyin, pinyinKey } = pinyinForms(['文旅局']);
    expect(pinyin).toBe('wen lv ju ; wen lu ju');
    expect(pinyinKey).toContain('|wenlvju|');
    expect(pinyinKey).toContain('|luju|');
  });

  it('matches only from the start of a syllable: every key entry begins one', () => {
    const { pinyinKey } = pinyinForms(['科大讯飞']);
    expect(pinyinKey).toContain('|xunfei|');
    expect(pinyinKey).not.toContain('|unfei');
  });

  it('keeps letters and digits inside a name, and skips names without Chinese', () => {
    expect(pinyinForms(['华侨城运河1283']).pinyin).toBe('hua qiao cheng yun he 1283');
    expect(pinyinForms(['M15社区']).pinyinInitials).toBe('m15sq');
    expect(pinyinForms(['Sihekou Port'])).toEqual({ pinyin: '', pinyinInitials: '', pinyinKey: '' });
  });

  it('is deterministic: the same names give the same strings', () => {
    const names = ['太白湖新区文化和旅游局', '文旅局', 'Culture and Tourism Bureau'];
    expect(pinyinForms(names)).toEqual(pinyinForms([...names]));
  });
});
