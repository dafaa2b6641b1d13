import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterSettling } from '../../../client/src/views/afterSettling.js';

// Frames by hand: each frame runs the callbacks queued before it, after `ms` of the clock.
let queued: (() => void)[] = [];
const frame = (ms = 16) => {
  vi.advanceTimersByTime(ms);
  const now = queued;
  queued = [];
  now.forEach((callback) => callback());
};

describe('after a zoom settles', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    queued = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => queued.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('calls once, two frames and the wait after the last pull, however many pulls came before', () => {
    const then = vi.fn();
    const pull = afterSettling(then, 150, () => false);
    for (let i = 0; i < 5; i++) {
      pull();
      frame();
    }
    expect(then).not.toHaveBeenCalled();
    for (let i = 0; i < 12; i++) frame();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never calls while every frame pulls, even frames slower than the wait', () => {
    const then = vi.fn();
    const pull = afterSettling(then, 150, () => false);
    for (let i = 0; i < 20; i++) {
      frame(1000);
      pull();
    }
    expect(then).not.toHaveBeenCalled();
    frame(1000);
    frame(1000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once the canvas is gone', () => {
    const then = vi.fn();
    let gone = false;
    const pull = afterSettling(then, 0, () => gone);
    pull();
    gone = true;
    for (let i = 0; i < 5; i++) frame();
    expect(then).not.toHaveBeenCalled();
  });
});
