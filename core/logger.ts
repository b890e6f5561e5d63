/** Structured logging (pino). Every module takes a `Logger` from its factory's deps. */
import pino from 'pino';

export type Logger = pino.Logger;

/** Creates the root logger. In tests (`NODE_ENV=test`) only warnings and errors are printed. */
export function createLogger(level = 'info'): Logger {
  const effective = process.env.NODE_ENV === 'test' && level === 'info' ? 'warn' : level;
  return pino({ level: effective, base: { app: 'party-xiaozhi' } });
}
