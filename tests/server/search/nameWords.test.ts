import { describe, expect, it } from 'vitest';
import { kindsNamedBy } from '../../../server/search/kindsNamedBy.js';
import { nameWords } from '../../../server/search/nameWords.js';

describe('nameWords', () => {
  it('lists the words of the names once, and the head word of each', () => {
    expect(nameWords(['泗河口港', 'Sihekou Port', 'Sihekou Harbour'])).toEqual({
      nameWords: ['sihekou', 'port', 'harbour'],
      nameHeads: ['port', 'harbour'],
    });
  });

  it('takes the head before "of"', () => {
    expect(nameWords(['Culture and Tourism Bureau of Taibai Lake New District']).nameHeads).toEqual(['bureau']);
    expect(nameWords(['China University of Mining and Technology']).nameHeads).toEqual(['university']);
  });

  it('splits on anything but letters and digits, as the query does', () => {
    expect(nameWords(['Mitsui & Co., Ltd.', 'M15社区']).nameWords).toEqual(['mitsui', 'co', 'ltd', 'm15']);
  });
});

describe('kindsNamedBy', () => {
  it('maps words that name a kind to the kind, once', () => {
    expect(kindsNamedBy(['digital', 'park', 'port'])).toEqual(['PLACE']);
    expect(kindsNamedBy(['company', 'bureau'])).toEqual(['ENTERPRISE', 'BUREAU']);
    expect(kindsNamedBy(['tourism', 'constructor', 'hasownproperty'])).toEqual([]);
  });
});
