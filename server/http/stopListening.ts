import type { Server } from 'node:http';

/** How long requests already running may take to finish once a stop begins. */
const STOP_GRACE_MS = 5000;

/**
 * Stops accepting connections and resolves when every socket is gone: idle keep-alive sockets
 * are closed at once (they would hold `close()` open for as long as the client keeps them),
 * requests in flight get `graceMs` to finish, then whatever is left is cut.
 */
export function stopListening(server: Server, graceMs = STOP_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
