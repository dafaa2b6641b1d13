import { describe, expect, it } from 'vitest';
import { KIND_LOOK } from '../../../client/src/graph/kinds.js';
import { nodeLabel } from '../../../client/src/graph/labels.js';
import { nodeElement } from '../../../client/src/graph/toElements.js';
import { entity } from './fixtures.js';

describe('node labels', () => {
  it('labels nodes in the chosen language, falling back to Chinese, and shortens long names', () => {
    const fuxing = entity('project:f', 'PROJECT', '复兴之路文化科技项目', 'Fuxing Road Culture and Technology Project');
    expect(nodeElement(fuxing, 'zh').data.label).toBe('复兴之路文化科技项目');
    expect(nodeElement(fuxing, 'en').data.label).toBe('Fuxing Road Culture and Technology Project');
    const long = entity('pledge:p', 'PLEDGE', '长', 'Plan new port-city integration functions such as coal transport and bonded warehouses');
    expect(nodeLabel(long, 'en')).toBe('Plan new port-city integration functions…');
    expect(nodeLabel(entity('pledge:z', 'PLEDGE', '谋划煤炭运输、物流服务保税仓库等港城融合新功能', null), 'zh')).toBe('谋划煤炭运输、物流服务保税仓库…');
    expect(nodeLabel(entity('place:x', 'PLACE', '石桥', null), 'en')).toBe('石桥');
    // The district every bureau belongs to is left out on the canvas, in both languages; a name that is only the district keeps it.
    const bureau = entity('bureau:b', 'BUREAU', '太白湖新区建设局', 'Construction Bureau of Taibai Lake New District');
    expect([nodeLabel(bureau, 'zh'), nodeLabel(bureau, 'en')]).toEqual(['建设局', 'Construction Bureau']);
    expect(nodeLabel(entity('place:d', 'PLACE', '太白湖新区', 'Taibai Lake New District'), 'zh')).toBe('太白湖新区');
    expect(nodeElement(fuxing, 'en').data).toMatchObject({ kind: 'PROJECT', shape: KIND_LOOK.PROJECT.shape, color: KIND_LOOK.PROJECT.color });
  });
});
