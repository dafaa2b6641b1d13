import { describe, expect, it } from 'vitest';
import { KIND_LOOK, KIND_ORDER } from '../../../client/src/graph/kinds.js';
import { nodeLabel } from '../../../client/src/graph/labels.js';
import { nodeElement } from '../../../client/src/graph/toElements.js';
import { entity } from './fixtures.js';

describe('kinds look and labels', () => {
  it('orders every kind exactly once', () => {
    expect([...KIND_ORDER].sort()).toEqual(Object.keys(KIND_LOOK).sort());
  });

  it('gives every kind its own colour AND its own shape (no one relies on colour alone)', () => {
    const looks = KIND_ORDER.map((k) => KIND_LOOK[k]);
    expect(new Set(looks.map((l) => l.color)).size).toBe(KIND_ORDER.length);
    expect(new Set(looks.map((l) => l.shape)).size).toBe(KIND_ORDER.length);
  });

  it('labels nodes in the chosen language, falling back to Chinese, and shortens long names', () => {
    const fuxing = entity('project:f', 'PROJECT', '复兴之路文化科技项目', 'Fuxing Road Culture and Technology Project');
    expect(nodeElement(fuxing, 'zh').data.label).toBe('复兴之路文化科技项目');
    expect(nodeElement(fuxing, 'en').data.label).toBe('Fuxing Road Culture and Techn…');
    expect(nodeLabel(entity('place:x', 'PLACE', '石桥', null), 'en')).toBe('石桥');
    expect(nodeElement(fuxing, 'en').data).toMatchObject({ kind: 'PROJECT', shape: KIND_LOOK.PROJECT.shape, color: KIND_LOOK.PROJECT.color });
  });
});
