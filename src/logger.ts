import { currentRequestId } from './observability/request-context.js';

/** The logger Yoga, the REST client and start-up share. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export type LoggerLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** `json`: one JSON object a line (for log shippers); `text`: for a person at a terminal. */
export type LogFormat = 'json' | 'text';

const RANK: Readonly<Record<LoggerLevel, number>> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

type Level = Exclude<LoggerLevel, 'silent'>;

/** Where lines go; stdout for everything (one stream keeps their order). */
export type LogSink = (line: string) => void;

const stdout: LogSink = (line) => process.stdout.write(`${line}\n`);

/**
 * Log lines carry the request's id (`requestId`, the id the client got in `x-request-id` and in
 * any masked error). Callers never pass tokens, passwords or bodies; errors are logged with
 * their name, message and stack only.
 */
export function createLogger(
  level: LoggerLevel,
  format: LogFormat = 'text',
  sink: LogSink = stdout,
): Logger {
  const at =
    (lineLevel: Level) =>
    (message: unknown, ...details: unknown[]) => {
      if (RANK[lineLevel] < RANK[level]) return;
      const requestId = currentRequestId();
      const text = [message, ...details.filter((d) => !(d instanceof Error))]
        .map((part) => (typeof part === 'string' ? part : describe(part)))
        .join(' ');
      const error = [message, ...details].find((d): d is Error => d instanceof Error);
      if (format === 'json') {
        sink(
          JSON.stringify({
            time: new Date().toISOString(),
            level: lineLevel,
            msg: text,
            ...(requestId ? { requestId } : {}),
            ...(error
              ? { error: { name: error.name, message: error.message, stack: error.stack } }
              : {}),
          }),
        );
      } else {
        const id = requestId ? ` [${requestId}]` : '';
        sink(`${lineLevel.toUpperCase()}${id} ${text}${error?.stack ? `\n${error.stack}` : ''}`);
      }
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
