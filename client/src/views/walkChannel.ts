import { readWalkSignal, WALK_CHANNEL, type WalkSignal } from '../state/walkSignal.js';

/**
 * The room's window and the speaker view talk over one BroadcastChannel (same origin, same
 * browser). A browser without it presents as before, only without the second window following.
 */
export function createWalkChannel(onSignal: (signal: WalkSignal) => void) {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(WALK_CHANNEL) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const signal = readWalkSignal(event.data);
    if (signal) onSignal(signal);
  });
  return {
    announce: (signal: WalkSignal) => channel?.postMessage(signal),
    close: () => channel?.close(),
  };
}
