import pino from "pino";

export type Logger = pino.Logger;

/**
 * Structured logs (one JSON object per line) on stdout. User input is only ever logged as a field value,
 * never spliced into the message, so a name with a line break cannot forge a log line.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "fahrplan" } });
}
