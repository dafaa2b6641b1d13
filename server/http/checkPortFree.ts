import { createServer } from 'node:net';
import { ConfigError } from '../config.js';

/** A listen error as the user can act on it: which variable to set. */
export function portError(error: NodeJS.ErrnoException, port: number, host: string): ConfigError {
  const why =
    error.code === 'EADDRINUSE'
      ? `${host}:${port} is already in use (another npm start?): stop that, or set PORT to a free port, e.g. PORT=${port + 1} npm start`
      : `${host}:${port} cannot be used (${error.code ?? error.message}): set PORT (or HOST) to an address this machine can listen on`;
  return new ConfigError(`PORT=${port}: ${why}`);
}

/**
 * Fails at once when HOST:PORT cannot be bound, before Neo4j starts and the seeds load: a taken
 * port should cost the user a second, not half a minute and a stack trace. Port 0 is always free.
 */
export function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(portError(error, port, host)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
