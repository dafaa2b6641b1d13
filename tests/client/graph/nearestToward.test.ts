import { describe, expect, it } from 'vitest';
import { nearestToward } from '../../../client/src/graph/nearestToward.js';

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const ring = [at('east', 100, 10), at('far-east', 300, 0), at('north', 0, -80), at('south-west', -60, 70), at('beside', 20, 90)];

describe('nearestToward: which neighbour an arrow key means', () => {
  it('takes the nearest node ahead, a straight step before a sideways one', () => {
    expect(nearestToward({ x: 0, y: 0 }, ring, 'right')?.id).toBe('east');
    expect(nearestToward({ x: 0, y: 0 }, ring, 'up')?.id).toBe('north');
    expect(nearestToward({ x: 0, y: 0 }, ring, 'down')?.id).toBe('beside');
    expect(nearestToward({ x: 0, y: 0 }, ring, 'left')?.id).toBe('south-west');
  });
  it('is null when nothing lies that way', () => {
    expect(nearestToward({ x: 0, y: 0 }, [at('east', 100, 0)], 'left')).toBeNull();
    expect(nearestToward({ x: 0, y: 0 }, [], 'up')).toBeNull();
  });
});
