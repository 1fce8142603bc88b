import { createLogger as createYogaLogger, type LogLevel } from 'graphql-yoga';

/** Yoga's logger shape; one instance serves Yoga and the REST client so levels agree. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export type LoggerLevel = LogLevel | 'silent';

export const createLogger = (level: LoggerLevel): Logger => createYogaLogger(level);
