import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines with a level, a time and a message: greppable, and readable by any log shipper. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
